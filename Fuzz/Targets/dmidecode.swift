import EstateCore
import Foundation

// dmidecode output: the hardware's DMI tables as text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzHarness.ingest(FuzzHarness.data(bytes, count), path: "db-01.dmidecode.txt", as: [.dmidecode])
    return 0
}
