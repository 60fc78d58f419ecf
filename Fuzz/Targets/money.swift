import EstateCore
import Foundation

// Money as finance exports write it: £1,234.50, (1,234.50), -£12, 1.2k, GBP 10.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = ValueParser.money(FuzzHarness.text(bytes, count))
    _ = ValueParser.integer(FuzzHarness.text(bytes, count))
    _ = ValueParser.bool(FuzzHarness.text(bytes, count))
    return 0
}
