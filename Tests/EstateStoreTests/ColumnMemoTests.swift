import Testing

@testable import EstateStore

/// The memo that shares repeated column texts returns, for every byte string, what decoding it afresh gives.
@Suite struct ColumnMemoTests {
    @Test func sharesEqualTextsAndKeepsDifferentOnesApart() {
        var memo = ColumnMemo<String>(limit: 8)
        var made = 0
        let texts = ["Dell", "HP", "Dell", "", "Lenovo", "HP", "Dellx", "Dell"] + (0..<40).map { "model \($0)" }
        for text in texts + texts {
            let value = Array(text.utf8).withUnsafeBufferPointer { bytes in
                memo.value(for: bytes) { bytes -> String in
                    made += 1
                    return String(decoding: bytes, as: UTF8.self)
                }
            }
            #expect(value == text)
        }
        // The first eight distinct texts (Dell, HP, "", Lenovo, Dellx, model 0-2) are made once; the 37 models
        // after them do not fit and are made on each of their two readings.
        #expect(made == 8 + 37 * 2)
    }
}
