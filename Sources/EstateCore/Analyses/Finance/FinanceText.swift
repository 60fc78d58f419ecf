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
    ///
    /// - Complexity: O(*n*): the few smallest ids are kept as they pass, so a line of a million refreshes does
    ///   not sort a million ids to name twelve.
    static func ids(_ ids: [String], table: String = "finance-items") -> String {
        var smallest: [String] = []
        smallest.reserveCapacity(listedIds + 1)
        for id in ids {
            if smallest.count == listedIds, let largest = smallest.last, !(id < largest) { continue }
            smallest.insert(id, at: smallest.firstIndex { id < $0 } ?? smallest.count)
            if smallest.count > listedIds { smallest.removeLast() }
        }
        guard ids.count > listedIds else { return smallest.joined(separator: ", ") }
        return smallest.joined(separator: ", ") + " and \(ids.count - listedIds) more (\(table))"
    }
}
