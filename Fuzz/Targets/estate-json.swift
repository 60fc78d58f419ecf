import EstateCore
import Foundation

// Estate JSON: the strict JSON parser and Estate's own inventory format.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = FuzzHarness.data(bytes, count)
    _ = try? JSONParser(maximumDepth: 64).parse(data)
    FuzzHarness.ingest(data, path: "estate.json", as: [.estateJSON])
    return 0
}
