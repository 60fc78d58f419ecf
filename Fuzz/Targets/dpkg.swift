import EstateCore
import Foundation

// Debian packages: /var/lib/dpkg/status and `dpkg -l` listings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzHarness.ingest(FuzzHarness.data(bytes, count), path: "web-01.dpkg-status", as: [.dpkgStatus, .dpkgList])
    return 0
}
