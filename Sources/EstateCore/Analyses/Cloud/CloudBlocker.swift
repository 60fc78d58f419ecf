/// One thing that stands between a system or server and the cloud, with the fact that raised it and the
/// weight the policy gives it.
///
/// ```swift
/// CloudBlocker(kind: .thickClient, weight: 3, detail: "thick client: ...", rule: "client")
/// // "thick-client +3: thick client: ..."
/// ```
public struct CloudBlocker: Sendable, Hashable, CustomStringConvertible {
    /// What kind of obstacle it is. Each kind has its own weight in ``CloudPolicy/weights``.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The operating system does not run on the target's virtual machines (``CloudPolicy/targetUnsupportedOS``).
        case osNotSupported = "os-not-supported"
        /// The operating system, database or product is past the end of support.
        case unsupportedPlatform = "unsupported-platform"
        /// The platform is kept going on paid extended support.
        case extendedSupport = "extended-support"
        /// Users run an installed (thick) client that talks to the servers directly.
        case thickClient = "thick-client"
        /// Users reach it through Citrix or another published desktop.
        case citrixClient = "citrix-client"
        /// The vendor's product carries local customisations.
        case customised
        /// Built in house: the council owns the code.
        case bespoke
        /// It depends on equipment on site: a licence dongle, a weighbridge, a reader.
        case hardware
        /// It is the council's telephony (call servers, trunks, handsets on site).
        case telephony
        /// It holds OFFICIAL-SENSITIVE data (personal or special-category).
        case officialSensitive = "official-sensitive"
        /// It holds SECRET data, which does not go into public cloud.
        case secret
        /// It exchanges data with many other systems.
        case integrations
        /// It exchanges data with a system that stays on premises.
        case latency
        /// Its licences are priced differently in a cloud (Oracle's vCPU rule, hardware-bound licences).
        case licensing

        /// Whether replacing the system with a SaaS product removes the obstacle: the supplier then runs the
        /// platform, the client, the product's code and its licences. Bespoke code, equipment on site, the data
        /// (its classification, its interfaces) and links to systems that stay on premises remain whatever the
        /// council buys.
        public var isSolvedBySaaS: Bool {
            switch self {
            case .osNotSupported, .unsupportedPlatform, .extendedSupport, .thickClient, .citrixClient, .customised,
                .telephony, .licensing:
                true
            case .bespoke, .hardware, .secret, .officialSensitive, .integrations, .latency: false
            }
        }

        /// Whether a move with this disposition still has to settle the obstacle: a retirement settles none, a
        /// SaaS replacement only what SaaS does not remove, any other move all of them.
        public func isSettled(by disposition: CloudDisposition) -> Bool {
            switch disposition {
            case .retire, .retain: false
            case .repurchase: !isSolvedBySaaS
            case .rehost, .relocate, .replatform, .refactor: true
            }
        }

        /// The obstacle in the words of the council's strategy documents.
        public var title: String {
            switch self {
            case .osNotSupported: "operating system not supported by the target"
            case .unsupportedPlatform: "platform out of support"
            case .extendedSupport: "platform on paid extended support"
            case .thickClient: "thick client"
            case .citrixClient: "published through Citrix"
            case .customised: "customised product"
            case .bespoke: "bespoke code"
            case .hardware: "hardware on site (dongle or attached device)"
            case .telephony: "telephony"
            case .officialSensitive: "OFFICIAL-SENSITIVE data"
            case .secret: "SECRET data"
            case .integrations: "many integrations"
            case .latency: "latency to systems that stay"
            case .licensing: "licensing"
            }
        }

        /// Why it counts, and why its default weight is what it is.
        public var rationale: String {
            switch self {
            case .osNotSupported:
                "cloud virtual machines run only the operating systems their provider supports (Azure: Windows Server 2008 R2 and later and the endorsed Linux distributions); anything else cannot be lifted as it is, so it blocks"
            case .unsupportedPlatform:
                "moving an unsupported platform moves its risk; the OS or database is upgraded as part of the move (replatform), a condition"
            case .extendedSupport:
                "paid extended support buys time, not a future: plan the upgrade into the move, a lighter condition"
            case .thickClient:
                "Hackney and Nottinghamshire prefer browser clients: an installed client talking to a cloud database over the WAN is slow, so it needs published desktops or the browser client"
            case .citrixClient:
                "the published desktops must move with the system or sit beside it, or every screen crosses the WAN"
            case .customised:
                "local changes must be re-applied and re-tested after the move and are lost in the supplier's SaaS; B&D aimed to reduce local customisations"
            case .bespoke:
                "the council owns the code: Nottinghamshire notes bespoke and customised legacy systems are hard to move to cloud"
            case .hardware:
                "a licence dongle or a device cabled to the server (weighbridge, reader) cannot follow it into a data centre the council does not own, so it blocks"
            case .telephony:
                "call control, trunks and handsets stay on site; only a cloud telephony service (SaaS) removes them, so it blocks a lift and shift"
            case .officialSensitive:
                "personal data may go to UK-region public cloud under the Government Security Classifications, after a data protection impact assessment: a small condition"
            case .secret:
                "SECRET material is not held in public cloud services, so it blocks"
            case .integrations:
                "every interface is re-pointed and re-tested, so many integrations make a move a condition and add effort"
            case .latency:
                "traffic to a system that stays on premises crosses the WAN, needing a hybrid link and latency tests"
            case .licensing:
                "some licences count cloud vCPUs differently (Oracle counts two vCPUs as one processor licence in an authorised cloud) or are tied to hardware; check the council's position first"
            }
        }
    }

    public var kind: Kind
    /// The weight from the policy at the time of the analysis.
    public var weight: Int
    /// The fact in words, with where it came from: `Microsoft Windows Server 2008 R2 Standard on EWKELEC01 (unsupported)`.
    public var detail: String
    /// The name of the rule that raised it.
    public var rule: String

    public init(kind: Kind, weight: Int, detail: String, rule: String) {
        self.kind = kind
        self.weight = weight
        self.detail = detail
        self.rule = rule
    }

    /// `thick-client +3: thick client (systems register)`.
    public var description: String { "\(kind.rawValue) +\(weight): \(detail)" }
}
