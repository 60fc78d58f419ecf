/// A line-of-business application or platform: housing, revenues and benefits, social care, email.
public struct System: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var vendor: String?
    public var product: String?
    public var version: String?
    /// The business capability it serves, as a lower-case token (`housing`, `revenues`, `social-care`).
    public var capability: String?
    public var department: String?
    public var users: Int?
    public var hosting: SystemHosting?
    public var client: ClientType?
    public var customisation: Customisation?
    public var criticality: Criticality?
    public var dataClassification: DataClassification?
    /// Ids of the systems it exchanges data with.
    public var integrations: [String]
    public var annualCost: Money?
    public var contractEnd: LocalDate?
    /// Ids of the assets (servers, VMs) it runs on.
    public var assetIds: [String]
    public var vendorOffersSaaS: Bool?

    public init(
        id: String, name: String, vendor: String? = nil, product: String? = nil, version: String? = nil,
        capability: String? = nil, department: String? = nil, users: Int? = nil, hosting: SystemHosting? = nil,
        client: ClientType? = nil, customisation: Customisation? = nil, criticality: Criticality? = nil,
        dataClassification: DataClassification? = nil, integrations: [String] = [], annualCost: Money? = nil,
        contractEnd: LocalDate? = nil, assetIds: [String] = [], vendorOffersSaaS: Bool? = nil
    ) {
        self.id = id
        self.name = name
        self.vendor = vendor
        self.product = product
        self.version = version
        self.capability = capability
        self.department = department
        self.users = users
        self.hosting = hosting
        self.client = client
        self.customisation = customisation
        self.criticality = criticality
        self.dataClassification = dataClassification
        self.integrations = integrations
        self.annualCost = annualCost
        self.contractEnd = contractEnd
        self.assetIds = assetIds
        self.vendorOffersSaaS = vendorOffersSaaS
    }
}
