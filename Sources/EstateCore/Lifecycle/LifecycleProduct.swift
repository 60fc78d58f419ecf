/// A product whose support lifecycle the catalogue tracks: Windows Server, PostgreSQL, a council's own
/// line-of-business system.
///
/// The identifiers (aliases, purls, CPEs) are what the matcher uses to recognise the product in inventory
/// data. The three phase labels are the product's own names for active, security and extended support:
/// Oracle's *Premier* and *Extended Support*, Ubuntu's *Expanded Security Maintenance*.
///
/// ```swift
/// let product = catalogue.product("mssqlserver")
/// product?.title                  // "Microsoft SQL Server"
/// product?.extendedSupportLabel   // "Extended Security Updates"
/// ```
public struct LifecycleProduct: Sendable, Hashable, Codable {
    /// The endoflife.date permalink slug (`windows-server`, `esxi`), or a council's own slug for local products.
    public var slug: String
    /// The product's title (`Microsoft Windows Server`).
    public var title: String
    /// endoflife.date's category: `os`, `database`, `server-app`, `app`, `lang`, `framework`, `device`, `service`
    /// or `standard`.
    public var category: String
    /// The catalogue's estate group (`Server operating systems`), when it has one.
    public var estateGroup: String?
    /// endoflife.date tags (`microsoft`, `os`).
    public var tags: [String]
    /// Other names endoflife.date accepts for the product (`mssql`, `postgres`).
    public var aliases: [String]
    /// Package URLs that identify the product (`pkg:deb/ubuntu/postgresql`).
    public var purls: [String]
    /// CPE names that identify the product (`cpe:2.3:a:postgresql:postgresql`).
    public var cpes: [String]
    /// The product's name for active support (endoflife.date's `eoas`), when it has that phase.
    public var activeSupportLabel: String?
    /// The product's name for security support (endoflife.date's `eol`).
    public var securitySupportLabel: String?
    /// The product's name for extended support (endoflife.date's `eoes`), when it has that phase.
    public var extendedSupportLabel: String?
    /// The vendor's release policy page.
    public var releasePolicyLink: String?
    /// How to read the installed version on a machine (`winver`, `cat /etc/os-release`).
    public var versionCommand: String?
    /// Which layer the product's description came from.
    public var layer: LifecycleLayer

    /// Creates a product.
    public init(
        slug: String, title: String, category: String, estateGroup: String? = nil, tags: [String] = [],
        aliases: [String] = [], purls: [String] = [], cpes: [String] = [], activeSupportLabel: String? = nil,
        securitySupportLabel: String? = nil, extendedSupportLabel: String? = nil, releasePolicyLink: String? = nil,
        versionCommand: String? = nil, layer: LifecycleLayer = .shipped
    ) {
        self.slug = slug
        self.title = title
        self.category = category
        self.estateGroup = estateGroup
        self.tags = tags
        self.aliases = aliases
        self.purls = purls
        self.cpes = cpes
        self.activeSupportLabel = activeSupportLabel
        self.securitySupportLabel = securitySupportLabel
        self.extendedSupportLabel = extendedSupportLabel
        self.releasePolicyLink = releasePolicyLink
        self.versionCommand = versionCommand
        self.layer = layer
    }
}
