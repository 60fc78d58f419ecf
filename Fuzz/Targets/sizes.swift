import EstateCore
import Foundation

// Memory and storage sizes: 16 GB, 512GiB, 1.5 TB, 16384 (with a default unit).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = FuzzHarness.text(bytes, count)
    _ = ValueParser.size(text, convention: .memory)
    _ = ValueParser.size(text, convention: .storage, defaultUnit: .giga)
    return 0
}
