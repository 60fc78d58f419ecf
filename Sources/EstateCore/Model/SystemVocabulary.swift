/// How a line-of-business system is hosted.
public enum SystemHosting: String, Vocabulary {
    case onPremises = "on-premises"
    case hosted
    case iaas, paas, saas

    public var synonyms: [String] {
        switch self {
        case .onPremises: ["onprem", "onpremise", "inhouse", "local", "internal"]
        case .hosted: ["vendorhosted", "managedservice", "privatecloud", "supplierhosted", "thirdparty"]
        case .iaas: ["infrastructureasaservice", "cloudvm", "azureiaas", "awsec2"]
        case .paas: ["platformasaservice"]
        case .saas: ["softwareasaservice", "cloudsaas", "cloud"]
        }
    }

    public var isCloud: Bool { self == .iaas || self == .paas || self == .saas }
}

/// How users reach a system.
public enum ClientType: String, Vocabulary {
    case browser, thick
    case virtualDesktop = "citrix-vdi"
    case mobile

    public var synonyms: [String] {
        switch self {
        case .browser: ["web", "webbrowser", "thin", "html"]
        case .thick: ["thickclient", "desktop", "fatclient", "installed", "win32"]
        case .virtualDesktop: ["citrix", "vdi", "rds", "remotedesktop", "terminalserver", "citrixvdi"]
        case .mobile: ["app", "mobileapp"]
        }
    }
}

/// How far a system departs from the vendor's product.
public enum Customisation: String, Vocabulary {
    case none, configured, customised, bespoke

    public var synonyms: [String] {
        switch self {
        case .none: ["vanilla", "outofthebox", "ootb", "standard"]
        case .configured: ["configuration", "config"]
        case .customised: ["customized", "custom", "heavilycustomised", "modified"]
        case .bespoke: ["inhousebuilt", "developedinhouse", "homegrown", "builtinhouse"]
        }
    }
}

/// How much the council depends on a system.
public enum Criticality: String, Vocabulary, Comparable {
    case low, medium, high, critical

    public var synonyms: [String] {
        switch self {
        case .low: ["4", "minor", "tier4"]
        case .medium: ["3", "moderate", "tier3", "med"]
        case .high: ["2", "important", "tier2", "major"]
        case .critical: ["1", "missioncritical", "businesscritical", "tier1", "vital"]
        }
    }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Criticality, rhs: Criticality) -> Bool { lhs.rank < rhs.rank }
}

/// UK Government Security Classifications, as councils mark their data.
public enum DataClassification: String, Vocabulary {
    case official
    case officialSensitive = "official-sensitive"
    case secret

    public var synonyms: [String] {
        switch self {
        case .official: ["public", "unclassified", "internal"]
        case .officialSensitive: ["sensitive", "personal", "specialcategory", "confidential"]
        case .secret: ["topsecret"]
        }
    }
}

/// What role a component plays.
public enum ComponentKind: String, Vocabulary {
    case operatingSystem = "os"
    case database, middleware, runtime
    case office = "office-suite"
    case browser, application, firmware, other

    public var synonyms: [String] {
        switch self {
        case .operatingSystem: ["operatingsystem", "osversion"]
        case .database: ["db", "rdbms", "dbms"]
        case .middleware: ["webserver", "appserver", "applicationserver", "messaging"]
        case .runtime: ["language", "framework", "jre", "jdk"]
        case .office: ["office", "productivity", "officesuite"]
        case .browser: ["webbrowser"]
        case .application: ["app", "software", "package", "program"]
        case .firmware: ["bios", "uefi"]
        case .other: []
        }
    }
}
