/// What to do with a system or server: the "7 Rs" of cloud migration (Gartner's five Rs as extended by AWS).
///
/// Estate picks one for each system by ordered rules (``CloudDispositionRules``) and derives each server's
/// from the systems on it and, for a hypervisor host, from its virtual machines.
public enum CloudDisposition: String, Sendable, Hashable, CaseIterable {
    /// Switch it off: unused, duplicated by a service the council already has, or already planned to go.
    case retire
    /// Keep it where it is for now: already in the cloud, held on site by something cloud cannot do, or not yet
    /// judged.
    case retain
    /// Lift and shift: the same servers, as they are, onto cloud virtual machines.
    case rehost
    /// Move virtual machines unchanged to a VMware service in the cloud (such as Azure VMware Solution).
    case relocate
    /// Replace it with a software-as-a-service product (the supplier's own, or another).
    case repurchase
    /// Lift, tinker and shift: move it, upgrading its operating system or database on the way.
    case replatform
    /// Re-architect: rebuild it for the cloud (a web or low-code application, platform services).
    case refactor

    /// Whether the system goes to the cloud (and so takes part in the migration waves).
    public var movesToCloud: Bool {
        switch self {
        case .rehost, .relocate, .repurchase, .replatform, .refactor: true
        case .retire, .retain: false
        }
    }

    /// Whether a server with this disposition leaves the council's hardware (moved or switched off).
    public var freesHardware: Bool {
        switch self {
        case .retire, .rehost, .relocate, .replatform: true
        case .retain, .repurchase, .refactor: false
        }
    }

    /// What it means, in words a director would use.
    public var plainWords: String {
        switch self {
        case .retire: "switch it off"
        case .retain: "keep it as it is for now"
        case .rehost: "move it as it is onto cloud servers"
        case .relocate: "move its virtual machines unchanged to a VMware service in the cloud"
        case .repurchase: "replace it with a cloud (SaaS) service"
        case .replatform: "move it onto cloud servers, upgrading its platform on the way"
        case .refactor: "rebuild it for the cloud"
        }
    }
}

/// A T-shirt size for the work of a migration, from points (``CloudPolicy/effortSizeLimits``).
public enum CloudEffortSize: String, Sendable, Hashable, CaseIterable {
    case s = "S"
    case m = "M"
    case l = "L"
    case xl = "XL"
}

/// How a server's refresh is priced when a migration avoids it (``CloudPolicy/refreshUnitCost``).
public enum CloudRefreshClass: String, Sendable, Hashable, CaseIterable, Vocabulary {
    /// A host that runs virtual machines.
    case hypervisorHost = "hypervisor-host"
    /// A physical server with at least ``CloudPolicy/largeServerCores`` cores.
    case largeServer = "large-server"
    /// Any other physical server.
    case standardServer = "standard-server"

    public var synonyms: [String] {
        switch self {
        case .hypervisorHost: ["host", "hypervisor", "esxihost"]
        case .largeServer: ["large"]
        case .standardServer: ["standard", "server"]
        }
    }
}
