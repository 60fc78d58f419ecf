/// Snipe-IT's asset exports: the Custom Asset Report (Reports → Custom Asset Report) and the asset list's
/// CSV export. Snipe-IT is an asset register: every asset has an asset tag, so a tag seen twice is a
/// duplicate (rejected), as in any register; scans of the same machine merge into it.
///
/// Columns read: `Asset Tag`, `Asset Name` (the hostname), `Model`, `Category` (the class: `Laptops`,
/// `Desktops`, `Mobile Phones`…), `Manufacturer`, `Serial`, `Purchased`/`Purchase Date`, `Cost`/`Purchase
/// Cost`, `Warranty Expires`, `Location` (else `Default Location`), `Department`, `Status` (its status type
/// in brackets decides: `deployed` is active, `deployable` and `pending` in stock, `undeployable` in repair,
/// `archived` retired), and custom fields named like Estate's (`Operating System`, `RAM`, `CPU`, …).
/// Snipe-IT's `Warranty` (months), `Value` (depreciated) and `Type` (what it is checked out to) are not read.
enum SnipeITImporter {
    static let profile = CSVProfile(
        name: "Snipe-IT",
        mapping: HeaderMapping(assets: ["Asset Tag": .id, "Asset Name": .hostname, "Serial": .serial]),
        readFields: [
            .id, .hostname, .manufacturer, .model, .serial, .purchaseDate, .site, .department, .osName,
            .osVersion, .cpu, .cores, .memory, .storage, .tpm,
        ],
        derive: derive)

    @Sendable static func derive(_ row: CSVRow) -> CSVProfile.Derived {
        var derived = CSVProfile.Derived()
        let model = row.value("Model")
        let assetClass =
            AssetClassGuess.fromCategory(row.value("Category")) ?? AssetClassGuess.fromModel(model ?? "")
            ?? AssetClass.other
        derived.fields[.assetClass] = assetClass.rawValue
        derived.fields[.purchaseCost] = row.value("Cost", "Purchase Cost") ?? ""
        derived.fields[.warrantyEnd] = row.value("Warranty Expires") ?? ""
        if !row.has("Location"), let site = row.value("Default Location") { derived.fields[.site] = site }
        derived.fields[.status] = status(row.value("Status", "Status Label")) ?? ""
        derived.macAddresses = [row.value("MAC Address")].compactMap { HostIdentity.mac($0) }
        return derived
    }

    /// `Ready to Deploy (deployable)` → in stock: the status type in brackets decides; a label alone is read
    /// with Estate's status words; anything else is left empty.
    static func status(_ text: String?) -> String? {
        guard let text else { return nil }
        if let open = text.lastIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            switch HeaderKey.fold(String(text[text.index(after: open)..<close])) {
            case "deployed": return AssetStatus.active.rawValue
            case "deployable", "pending": return AssetStatus.inStock.rawValue
            case "undeployable": return AssetStatus.inRepair.rawValue
            case "archived": return AssetStatus.retired.rawValue
            default: break
            }
        }
        return AssetStatus(parsing: text)?.rawValue
    }
}

extension IngestSession {
    /// Reads a Snipe-IT export as an asset register: assets stream to the sink, duplicates are rejected.
    mutating func readSnipeIT<Sink: IngestSink>(
        _ file: InputFile, source: Int64, counts: inout Counts, sink: inout Sink
    ) throws -> [String] {
        let profile = SnipeITImporter.profile
        var columns: CSVRow.Columns?
        var unclassified = 0
        _ = try Self.readCSV(file, progress: progress, mapping: profile.mapping) {
            (cells: inout FieldReader<AssetField>) -> Asset? in
            let index = columns ?? CSVRow.Columns(cells.layout.headers)
            columns = index
            guard let (asset, _) = profile.build(&cells, row: CSVRow(columns: index, values: cells.values)) else {
                return nil
            }
            if asset.assetClass == .other { unclassified += 1 }
            return asset
        } handle: { item in
            switch item {
            case .record(let asset, let line, let bytes):
                try accept(
                    asset: asset, file: file.path, line: line, raw: file.text(bytes), source: source, counts: &counts,
                    sink: &sink)
            case .reject(let bad): try Self.reject(bad, source: source, counts: &counts, sink: &sink)
            }
        }
        return unclassified > 0
            ? ["\(unclassified) assets have a category that names no Estate class; they are stored as other"] : []
    }
}
