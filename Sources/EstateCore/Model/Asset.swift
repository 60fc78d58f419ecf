/// A physical or virtual machine or device: a laptop, a server, a switch, a VM.
public struct Asset: Sendable, Hashable, Codable {
    // Stored widest first (text, then numbers, then dates, then one-byte fields), so a million assets carry no
    // padding between their small fields.
    /// The council's identifier (asset tag), unique within a snapshot.
    public var id: String
    public var hostname: String?
    public var manufacturer: String?
    public var model: String?
    public var serial: String?
    public var site: String?
    public var department: String?
    /// The operating system as the source wrote it, e.g. `Microsoft Windows 10 Enterprise`.
    public var osName: String?
    /// The operating system version or build as the source wrote it, e.g. `10.0.19045`.
    public var osVersion: String?
    public var cpu: String?
    /// TPM version as written (`2.0`, `1.2`), or `none`.
    public var tpmVersion: String?
    /// For a virtual machine, the id of the asset that hosts it.
    public var hostId: String?
    public var cores: Int?
    public var memoryBytes: Int64?
    public var storageBytes: Int64?
    public var purchaseCost: Money?
    public var purchaseDate: LocalDate?
    public var warrantyEnd: LocalDate?
    public var lastSeen: LocalDate?
    public var assetClass: AssetClass
    public var hosting: AssetHosting?
    public var isVirtual: Bool?
    public var status: AssetStatus?

    public init(
        id: String, hostname: String? = nil, assetClass: AssetClass, manufacturer: String? = nil,
        model: String? = nil, serial: String? = nil, site: String? = nil, department: String? = nil,
        purchaseDate: LocalDate? = nil, purchaseCost: Money? = nil, warrantyEnd: LocalDate? = nil,
        osName: String? = nil, osVersion: String? = nil, cpu: String? = nil, cores: Int? = nil,
        memoryBytes: Int64? = nil, storageBytes: Int64? = nil, tpmVersion: String? = nil,
        lastSeen: LocalDate? = nil, hosting: AssetHosting? = nil, isVirtual: Bool? = nil,
        hostId: String? = nil, status: AssetStatus? = nil
    ) {
        self.id = id
        self.hostname = hostname
        self.assetClass = assetClass
        self.manufacturer = manufacturer
        self.model = model
        self.serial = serial
        self.site = site
        self.department = department
        self.purchaseDate = purchaseDate
        self.purchaseCost = purchaseCost
        self.warrantyEnd = warrantyEnd
        self.osName = osName
        self.osVersion = osVersion
        self.cpu = cpu
        self.cores = cores
        self.memoryBytes = memoryBytes
        self.storageBytes = storageBytes
        self.tpmVersion = tpmVersion
        self.lastSeen = lastSeen
        self.hosting = hosting
        self.isVirtual = isVirtual
        self.hostId = hostId
        self.status = status
    }
}
