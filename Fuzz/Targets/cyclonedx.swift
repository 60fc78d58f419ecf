import EstateCore
import Foundation

// CycloneDX SBOMs in JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzHarness.ingest(FuzzHarness.data(bytes, count), path: "housing.cdx.json", as: [.cycloneDXJSON])
    return 0
}
