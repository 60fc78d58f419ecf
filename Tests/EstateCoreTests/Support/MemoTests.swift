import Testing

@testable import EstateCore

@Suite struct MemoTests {
    @Test func eachKeysValueIsWorkedOutOnceAndHandedBackAfter() {
        var memo = Memo<Int, String?>()
        var made: [Int] = []
        for key in [3, 1, 3, 2, 1, 3] {
            let value = memo.value(for: key) {
                made.append(key)
                return key == 2 ? nil : "value \(key)"
            }
            #expect(value == (key == 2 ? nil : "value \(key)"))
        }
        // A nil worked out is remembered too.
        _ = memo.value(for: 2) {
            made.append(2)
            return "again"
        }
        #expect(made == [3, 1, 2])
    }

    @Test func sharedValuesHandBackTheFirstValueForAKey() {
        let texts = SharedValues<String, String>()
        #expect(texts.value(for: "a") { "first" } == "first")
        #expect(texts.value(for: "a") { "second" } == "first")
        #expect(texts.value(for: "b") { "other" } == "other")
    }
}
