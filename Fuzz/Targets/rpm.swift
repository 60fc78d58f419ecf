import EstateCore
import Foundation

// RPM packages: `rpm -qa` listings, plain or with a query format.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzHarness.ingest(FuzzHarness.data(bytes, count), path: "db-01.rpm-qa.txt", as: [.rpmQuery])
    return 0
}
