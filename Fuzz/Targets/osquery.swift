import EstateCore
import Foundation

// osquery results: JSON arrays from `osqueryi --json` and osqueryd's line-per-event results log.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzHarness.ingest(FuzzHarness.data(bytes, count), path: "web-01.osquery.json", as: [.osqueryJSON])
    return 0
}
