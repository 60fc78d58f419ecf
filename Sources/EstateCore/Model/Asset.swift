/// A physical or virtual machine or device: a laptop, a server, a switch, a VM.
public struct Asset: Sendable, Hashable {
    // Stored widest first (text, then the packed numbers and dates, then one-byte fields), so a million assets
    // carry no padding between their small fields.
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
    // The numbers and dates are held without optionals' padding (an optional number takes sixteen bytes in an
    // array of structs, an optional date eight): which numbers are present is a set of flags, and the dates are
    // `PackedDate`s. A million assets take 40 MB less; the properties read and write them as optionals.
    private var coresValue: Int = 0
    private var memoryValue: Int64 = 0
    private var storageValue: Int64 = 0
    private var costPence: Int64 = 0
    @PackedDate public var purchaseDate: LocalDate? = nil
    @PackedDate public var warrantyEnd: LocalDate? = nil
    @PackedDate public var lastSeen: LocalDate? = nil
    public var assetClass: AssetClass
    public var hosting: AssetHosting?
    public var status: AssetStatus?
    private var present: Present = []

    private struct Present: OptionSet, Hashable {
        let rawValue: UInt8
        static let cores = Present(rawValue: 1)
        static let memory = Present(rawValue: 2)
        static let storage = Present(rawValue: 4)
        static let cost = Present(rawValue: 8)
        static let virtualKnown = Present(rawValue: 16)
        static let virtual = Present(rawValue: 32)
    }

    /// Processor cores.
    public var cores: Int? {
        get { present.contains(.cores) ? coresValue : nil }
        set { (coresValue, present) = Self.store(newValue, flag: .cores, in: present) }
    }

    public var memoryBytes: Int64? {
        get { present.contains(.memory) ? memoryValue : nil }
        set { (memoryValue, present) = Self.store(newValue, flag: .memory, in: present) }
    }

    public var storageBytes: Int64? {
        get { present.contains(.storage) ? storageValue : nil }
        set { (storageValue, present) = Self.store(newValue, flag: .storage, in: present) }
    }

    public var purchaseCost: Money? {
        get { present.contains(.cost) ? Money(pence: costPence) : nil }
        set { (costPence, present) = Self.store(newValue?.pence, flag: .cost, in: present) }
    }

    /// Whether the source says it is virtual; nil when it does not say.
    public var isVirtual: Bool? {
        get { present.contains(.virtualKnown) ? present.contains(.virtual) : nil }
        set {
            present.subtract([.virtualKnown, .virtual])
            if let newValue { present.formUnion(newValue ? [.virtualKnown, .virtual] : [.virtualKnown]) }
        }
    }

    /// A number and the flags with `flag` set as it is present: a missing number is stored as 0, so assets that
    /// are equal compare equal.
    private static func store<Value: BinaryInteger>(
        _ value: Value?, flag: Present, in present: Present
    ) -> (Value, Present) {
        var present = present
        guard let value else {
            present.remove(flag)
            return (0, present)
        }
        present.insert(flag)
        return (value, present)
    }

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
