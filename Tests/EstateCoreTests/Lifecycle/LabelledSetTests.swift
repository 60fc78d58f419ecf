import Foundation
import Testing

@testable import EstateCore

/// The matcher against real-world inventory strings labelled by hand (`labelled-strings.tsv`).
@Suite struct LabelledSetTests {
    struct Example {
        let line: Int
        let text: String
        let version: String?
        let product: String?
        let cycle: String?
        let source: String
    }

    static func examples() throws -> [Example] {
        let text = try String(
            contentsOf: LifecycleFixtures.testsFolder.appendingPathComponent("labelled-strings.tsv"), encoding: .utf8)
        var examples: [Example] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.isEmpty, !line.hasPrefix("#"), !line.hasPrefix("input\t") else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5 else {
                Issue.record(
                    "labelled-strings.tsv:\(index + 1): expected 5 tab-separated fields, found \(fields.count)")
                continue
            }
            examples.append(
                Example(
                    line: index + 1, text: fields[0], version: fields[1].isEmpty ? nil : fields[1],
                    product: fields[2].isEmpty ? nil : fields[2], cycle: fields[3].isEmpty ? nil : fields[3],
                    source: fields[4]))
        }
        return examples
    }

    @Test func theSetIsLargeAndItsLabelsExistInTheCatalogue() throws {
        let catalogue = try LifecycleFixtures.catalogue()
        let examples = try Self.examples()
        #expect(examples.count >= 300)
        #expect(examples.filter { $0.product == nil }.count >= 60)
        for example in examples {
            guard let product = example.product else { continue }
            #expect(catalogue.product(product) != nil, "line \(example.line): no product \(product)")
            if let cycle = example.cycle {
                #expect(
                    catalogue.cycle(cycle, of: product) != nil, "line \(example.line): no cycle \(product) \(cycle)")
            }
        }
    }

    @Test func precisionIsAtLeast99PercentAndRecallIsReported() throws {
        let matcher = try LifecycleFixtures.matcher()
        let examples = try Self.examples()
        var matchesMade = 0
        var correctMatches = 0
        var shouldMatch = 0
        var wrong: [String] = []
        var missed: [String] = []
        for example in examples {
            let result = matcher.match(example.text, version: example.version)
            if example.product != nil { shouldMatch += 1 }
            guard result.isMatched else {
                if let product = example.product {
                    missed.append(
                        "line \(example.line): \(example.text) [\(example.version ?? "")] → nothing (\(result.rule): \(result.note ?? "")), expected \(product) \(example.cycle ?? "")"
                    )
                }
                continue
            }
            matchesMade += 1
            if result.product == example.product, result.cycle == example.cycle {
                correctMatches += 1
            } else {
                wrong.append(
                    "line \(example.line): \(example.text) [\(example.version ?? "")] → \(result.product ?? "") \(result.cycle ?? "") (\(result.rule): \(result.note ?? "")), expected \(example.product ?? "no match") \(example.cycle ?? "")"
                )
            }
        }
        let precision = Double(correctMatches) / Double(max(matchesMade, 1))
        let recall = Double(correctMatches) / Double(max(shouldMatch, 1))
        print(
            "lifecycle matcher on \(examples.count) labelled strings: precision \(String(format: "%.4f", precision)) (\(correctMatches)/\(matchesMade)), recall \(String(format: "%.4f", recall)) (\(correctMatches)/\(shouldMatch))"
        )
        for line in wrong { print("  wrong: \(line)") }
        for line in missed { print("  missed: \(line)") }
        #expect(precision >= 0.99)
        #expect(recall >= 0.95)
    }

    @Test func everyMatchNamesItsRuleAndUnmatchedStringsSayWhy() throws {
        let matcher = try LifecycleFixtures.matcher()
        for example in try Self.examples() {
            let result = matcher.match(example.text, version: example.version)
            #expect(!result.rule.isEmpty)
            if result.isMatched {
                #expect(result.confidence > .none)
                #expect((result.cycle == nil) == (result.confidence == .low), "line \(example.line)")
            } else {
                #expect(result.confidence == .none)
                #expect(result.cycle == nil)
            }
        }
    }
}
