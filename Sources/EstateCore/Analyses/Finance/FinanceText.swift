/// How the finance plan names what drives a line: counts of a class, and lists of ids kept short.
enum FinanceText {
    /// `1 laptop`, `48 laptops`, `2 thin clients`.
    static func count(_ count: Int, _ assetClass: AssetClass) -> String {
        let noun: String
        switch assetClass {
        case .thinClient: noun = "thin client"
        case .virtualMachine: noun = "virtual machine"
        case .storage: noun = "storage array"
        case .network: noun = "network device"
        case .other: noun = "other device"
        default: noun = assetClass.rawValue
        }
        return "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// How many ids a driver cell lists before it says how many more there are.
    static let listedIds = 12

    /// `LBE100004, LBE100010 and 38 more (finance-items)`: sorted, at most ``listedIds`` named.
    static func ids(_ ids: [String], table: String = "finance-items") -> String {
        let sorted = ids.sorted()
        guard sorted.count > listedIds else { return sorted.joined(separator: ", ") }
        return sorted.prefix(listedIds).joined(separator: ", ") + " and \(sorted.count - listedIds) more (\(table))"
    }
}
