import EstateCore
import Foundation

// SPDX SBOMs in JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzHarness.ingest(FuzzHarness.data(bytes, count), path: "housing.spdx.json", as: [.spdxJSON])
    return 0
}
