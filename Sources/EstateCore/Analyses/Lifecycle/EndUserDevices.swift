/// Which assets the lifecycle's hardware entries say are end-user devices (an asset's first entry decides), asked
/// of its component statuses.
///
/// The lifecycle records where it found each asset, so for its own statuses and entries the answer is a position
/// and one comparison of ids. A status placed at a position with no entry has none, when every entry is placed:
/// the statuses and entries of one analysis are placed in the same estate's assets. Statuses without a recorded
/// position, statuses placed where an entry of another id is, and any status when some entry is not placed, are
/// looked up by id, and the index by id is built only then.
struct EndUserDevices {
    private let hardware: [HardwareStatus]
    /// The first entry recorded at each asset position (-1: none).
    private let entryAt: [Int32]
    /// Whether every entry has a recorded position, so a position with none has no entry.
    private let isEveryEntryPlaced: Bool
    /// Whether each id's first entry is an end-user device, for the statuses positions cannot answer; built the
    /// first time one is asked about.
    private var byId: [String: Bool]?

    /// Indexes the entries by recorded position.
    /// - Complexity: O(*n*) in the entries.
    init(_ hardware: [HardwareStatus]) {
        self.hardware = hardware
        var entryAt: [Int32] = []
        var isEveryEntryPlaced = true
        for index in hardware.indices {
            let position = Int(hardware[index].recordedAssetPosition)
            guard position >= 0 else {
                isEveryEntryPlaced = false
                continue
            }
            if position >= entryAt.count { entryAt += repeatElement(-1, count: position + 1 - entryAt.count) }
            if entryAt[position] < 0 { entryAt[position] = Int32(index) }
        }
        self.entryAt = entryAt
        self.isEveryEntryPlaced = isEveryEntryPlaced
    }

    /// Whether the asset `status` is of has an entry, and it is an end-user device.
    mutating func contains(_ status: borrowing ComponentStatus) -> Bool {
        guard status.subjectKind == .asset else { return false }
        let position = Int(status.recordedAssetPosition)
        if position >= 0 {
            let entry = position < entryAt.count ? Int(entryAt[position]) : -1
            if entry >= 0, hardware[entry].assetId == status.subjectId {
                return hardware[entry].assetClass.isEndUserDevice
            }
            if entry < 0, isEveryEntryPlaced { return false }
        }
        if byId == nil {
            // Entries are read in place: copying one out retains every one of its strings.
            let hardware = hardware
            byId = Dictionary(
                hardware.indices.lazy.map { (hardware[$0].assetId, hardware[$0].assetClass.isEndUserDevice) },
                uniquingKeysWith: { first, _ in first })
        }
        return byId?[status.subjectId] == true
    }
}
