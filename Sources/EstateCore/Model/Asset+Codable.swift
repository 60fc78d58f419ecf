/// An asset encodes as its public fields, each under its own name, with missing ones left out: the packed
/// storage behind the numbers and dates is not part of the format.
extension Asset: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, hostname, manufacturer, model, serial, site, department, osName, osVersion, cpu, tpmVersion, hostId
        case cores, memoryBytes, storageBytes, purchaseCost, purchaseDate, warrantyEnd, lastSeen
        case assetClass, hosting, isVirtual, status
    }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try values.decode(String.self, forKey: .id),
            hostname: try values.decodeIfPresent(String.self, forKey: .hostname),
            assetClass: try values.decode(AssetClass.self, forKey: .assetClass),
            manufacturer: try values.decodeIfPresent(String.self, forKey: .manufacturer),
            model: try values.decodeIfPresent(String.self, forKey: .model),
            serial: try values.decodeIfPresent(String.self, forKey: .serial),
            site: try values.decodeIfPresent(String.self, forKey: .site),
            department: try values.decodeIfPresent(String.self, forKey: .department),
            purchaseDate: try values.decodeIfPresent(LocalDate.self, forKey: .purchaseDate),
            purchaseCost: try values.decodeIfPresent(Money.self, forKey: .purchaseCost),
            warrantyEnd: try values.decodeIfPresent(LocalDate.self, forKey: .warrantyEnd),
            osName: try values.decodeIfPresent(String.self, forKey: .osName),
            osVersion: try values.decodeIfPresent(String.self, forKey: .osVersion),
            cpu: try values.decodeIfPresent(String.self, forKey: .cpu),
            cores: try values.decodeIfPresent(Int.self, forKey: .cores),
            memoryBytes: try values.decodeIfPresent(Int64.self, forKey: .memoryBytes),
            storageBytes: try values.decodeIfPresent(Int64.self, forKey: .storageBytes),
            tpmVersion: try values.decodeIfPresent(String.self, forKey: .tpmVersion),
            lastSeen: try values.decodeIfPresent(LocalDate.self, forKey: .lastSeen),
            hosting: try values.decodeIfPresent(AssetHosting.self, forKey: .hosting),
            isVirtual: try values.decodeIfPresent(Bool.self, forKey: .isVirtual),
            hostId: try values.decodeIfPresent(String.self, forKey: .hostId),
            status: try values.decodeIfPresent(AssetStatus.self, forKey: .status))
    }

    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(id, forKey: .id)
        try values.encodeIfPresent(hostname, forKey: .hostname)
        try values.encodeIfPresent(manufacturer, forKey: .manufacturer)
        try values.encodeIfPresent(model, forKey: .model)
        try values.encodeIfPresent(serial, forKey: .serial)
        try values.encodeIfPresent(site, forKey: .site)
        try values.encodeIfPresent(department, forKey: .department)
        try values.encodeIfPresent(osName, forKey: .osName)
        try values.encodeIfPresent(osVersion, forKey: .osVersion)
        try values.encodeIfPresent(cpu, forKey: .cpu)
        try values.encodeIfPresent(tpmVersion, forKey: .tpmVersion)
        try values.encodeIfPresent(hostId, forKey: .hostId)
        try values.encodeIfPresent(cores, forKey: .cores)
        try values.encodeIfPresent(memoryBytes, forKey: .memoryBytes)
        try values.encodeIfPresent(storageBytes, forKey: .storageBytes)
        try values.encodeIfPresent(purchaseCost, forKey: .purchaseCost)
        try values.encodeIfPresent(purchaseDate, forKey: .purchaseDate)
        try values.encodeIfPresent(warrantyEnd, forKey: .warrantyEnd)
        try values.encodeIfPresent(lastSeen, forKey: .lastSeen)
        try values.encode(assetClass, forKey: .assetClass)
        try values.encodeIfPresent(hosting, forKey: .hosting)
        try values.encodeIfPresent(isVirtual, forKey: .isVirtual)
        try values.encodeIfPresent(status, forKey: .status)
    }
}
