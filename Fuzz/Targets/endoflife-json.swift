import EstateCore
import Foundation

// endoflife.date JSON, API v0 (a product's cycles) and API v1 (products with their releases).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = FuzzHarness.data(bytes, count)
    let asOf = LocalDate(year: 2026, month: 11, day: 21) ?? LocalDate(daysSinceEpoch: 0)
    _ = try? LifecycleImport.api(data, file: "ubuntu.json", asOf: asOf)
    _ = try? LifecycleImport.apiV0(data, file: "ubuntu.json", asOf: asOf)
    _ = try? LifecycleImport.apiV1(data, file: "ubuntu.json", asOf: asOf)
    return 0
}
