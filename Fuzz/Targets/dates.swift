import EstateCore
import Foundation

// Dates as inventory cells write them: ISO, UK day-first, month names, Excel serials, timestamps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = FuzzHarness.text(bytes, count)
    if case .success(let date) = ValueParser.date(text) {
        // A date the parser accepts must be a real day that reads back the same.
        guard case .success(date) = ValueParser.date(date.description) else {
            fatalError("\(date) does not read back from \(text.debugDescription)")
        }
    }
    _ = LocalDate(iso: text)
    return 0
}
