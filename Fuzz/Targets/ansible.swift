import EstateCore
import Foundation

// Ansible facts: fact-cache JSON and `ansible -m setup` ad-hoc output.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzHarness.ingest(FuzzHarness.data(bytes, count), path: "fs-01.cache.json", as: [.ansibleFacts])
    return 0
}
