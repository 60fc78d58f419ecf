import EstateCore
import Foundation

// Windows `systeminfo` output, as text or `/fo csv`, and registry Uninstall exports.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzHarness.ingest(
        FuzzHarness.data(bytes, count), path: "LT-0042.systeminfo.txt", as: [.systeminfo, .registryUninstall])
    return 0
}
