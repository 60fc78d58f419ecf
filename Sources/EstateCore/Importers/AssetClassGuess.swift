/// Works out an asset's class from what tools say about a machine, since scans and consoles have no
/// "Type" column: a chassis type, a model name, an operating system, a console's category or role.
enum AssetClassGuess {
    /// The class a free-text category or role names: `Laptops`, `Mobile Phones`, `Core Switch`, `Hypervisor`.
    /// `nil` when the text names none (`Patch Panel`, `Accessories`).
    static func fromCategory(_ text: String?) -> AssetClass? {
        guard let text = HostIdentity.clean(text) else { return nil }
        if let exact = AssetClass(parsing: text), exact != .other { return exact }
        let folded = HeaderKey.fold(text)
        for suffix in ["es", "s"] where folded.hasSuffix(suffix) {
            if let singular = AssetClass(parsing: String(folded.dropLast(suffix.count))), singular != .other {
                return singular
            }
        }
        return keyword(in: folded)
    }

    /// The class a machine's own description suggests, most telling clue first: being virtual, the model
    /// name, the chassis type, then the operating system. `.other` when nothing tells.
    static func fromHost(chassis: String? = nil, model: String? = nil, osName: String? = nil, isVirtual: Bool? = nil)
        -> AssetClass
    {
        if isVirtual == true { return .virtualMachine }
        if let model = HostIdentity.clean(model), let found = fromModel(model) { return found }
        if let chassis = HostIdentity.clean(chassis), let found = fromChassis(chassis) { return found }
        if let osName = HostIdentity.clean(osName), let found = fromOperatingSystem(osName) { return found }
        return .other
    }

    /// Families whose names say what the device is.
    static let modelFamilies: [(String, AssetClass)] = [
        ("macbook", .laptop), ("thinkpad", .laptop), ("latitude", .laptop), ("elitebook", .laptop),
        ("probook", .laptop), ("zbook", .workstation), ("toughbook", .laptop), ("surfacelaptop", .laptop),
        ("surfacebook", .laptop), ("xps", .laptop), ("vostro", .laptop), ("ideapad", .laptop),
        ("chromebook", .laptop), ("dynabook", .laptop), ("surfacepro", .tablet), ("surfacego", .tablet),
        ("ipad", .tablet), ("galaxytab", .tablet), ("iphone", .smartphone), ("pixel", .smartphone),
        ("galaxy", .smartphone), ("optiplex", .desktop), ("prodesk", .desktop), ("elitedesk", .desktop),
        ("thinkcentre", .desktop), ("imac", .desktop), ("macmini", .desktop), ("precisiontower", .workstation),
        ("z4g", .workstation), ("thinkstation", .workstation), ("poweredge", .server), ("proliant", .server),
        ("thinksystem", .server), ("primergy", .server), ("ucsc", .server), ("ucsb", .server),
        ("virtualmachine", .virtualMachine), ("vmwarevirtualplatform", .virtualMachine),
        ("vmware7", .virtualMachine), ("kvm", .virtualMachine), ("hvmdomu", .virtualMachine),
        ("virtualbox", .virtualMachine),
    ]

    static func fromModel(_ model: String) -> AssetClass? {
        let folded = HeaderKey.fold(model)
        for (family, assetClass) in modelFamilies where folded.contains(family) { return assetClass }
        return nil
    }

    /// The SMBIOS chassis types, by name (dmidecode, GLPI) or by number (`/sys/class/dmi/id/chassis_type`).
    static func fromChassis(_ chassis: String) -> AssetClass? {
        let folded = HeaderKey.fold(chassis)
        if let number = Int(folded) {
            switch number {
            case 3, 4, 5, 6, 7, 13, 15, 16, 24, 34, 35, 36: return .desktop
            case 8, 9, 10, 14, 31, 32: return .laptop
            case 11, 30: return .tablet
            case 17, 23, 25, 28, 29: return .server
            default: return nil
            }
        }
        switch folded {
        case "desktop", "lowprofiledesktop", "pizzabox", "minitower", "tower", "allinone", "spacesaving",
            "lunchbox", "sealedcasepc", "embeddedpc", "minipc", "stickpc":
            return .desktop
        case "portable", "laptop", "notebook", "subnotebook", "convertible", "detachable": return .laptop
        case "handheld", "tablet": return .tablet
        case "mainserverchassis", "rackmountchassis", "multisystemchassis", "blade", "bladeenclosure": return .server
        default: return nil
        }
    }

    static func fromOperatingSystem(_ osName: String) -> AssetClass? {
        let folded = HeaderKey.fold(osName)
        if folded.contains("server") || folded.contains("esxi") || folded.contains("vmkernel") { return .server }
        if folded.contains("ipados") || folded.hasPrefix("ipad") { return .tablet }
        if folded.hasPrefix("ios") || folded.contains("android") { return .smartphone }
        if folded.contains("windows") || folded.contains("macos") || folded.contains("osx") { return .desktop }
        for linux in [
            "linux", "ubuntu", "debian", "redhat", "rhel", "centos", "rocky", "almalinux", "oracle", "suse", "fedora",
            "amazon",
        ] where folded.contains(linux) {
            return .server
        }
        return nil
    }

    static func keyword(in folded: String) -> AssetClass? {
        let keywords: [(String, AssetClass)] = [
            ("laptop", .laptop), ("notebook", .laptop), ("desktop", .desktop), ("workstation", .workstation),
            ("thinclient", .thinClient), ("monitor", .monitor), ("display", .monitor), ("tablet", .tablet),
            ("phone", .smartphone), ("mobile", .smartphone), ("hypervisor", .server), ("server", .server),
            ("firewall", .firewall), ("switch", .network), ("router", .network), ("accesspoint", .network),
            ("wireless", .network), ("network", .network), ("storage", .storage), ("san", .storage),
            ("nas", .storage), ("printer", .printer), ("mfd", .printer), ("virtual", .virtualMachine),
        ]
        for (word, assetClass) in keywords where folded.contains(word) { return assetClass }
        return nil
    }
}
