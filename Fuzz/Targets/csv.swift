import EstateCore
import Foundation

// CSV: the RFC 4180 scanner on its own with a small record limit, then the three register readers.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = FuzzHarness.data(bytes, count)
    let reader = CSVReader(data: data, maximumRecordBytes: 512)
    reader.forEachRecord { record in _ = reader.rawText(of: record) }
    FuzzHarness.ingest(data, path: "assets.csv", as: [.assetsCSV, .systemsCSV, .componentsCSV])
    return 0
}
