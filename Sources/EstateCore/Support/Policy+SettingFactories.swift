import Foundation

extension Policy.Setting {
    /// A setting holding an amount in pounds, zero or more, `per` a unit (`per server`, `a year per asset`).
    static func money(
        key: String, rationale: String, per unit: String? = nil,
        _ path: any WritableKeyPath<Policy, Money> & Sendable
    ) -> Policy.Setting {
        Policy.Setting(
            key: key, rationale: rationale,
            expected: unit.map { "an amount in pounds \($0)" } ?? "an amount in pounds, e.g. \"£10,000\"",
            apply: { value, policy in Policy.applyMoney(value) { policy[keyPath: path] = $0 } },
            describe: { $0[keyPath: path].wholePounds + (unit.map { " \($0)" } ?? "") })
    }

    /// A setting holding a whole percentage 0-100 `of` something; `describe` words it for the assumptions.
    static func percentage(
        key: String, rationale: String, of what: String, describe: String,
        _ path: any WritableKeyPath<Policy, Int> & Sendable
    ) -> Policy.Setting {
        Policy.Setting(
            key: key, rationale: rationale, expected: "a percentage 0-100 of \(what)",
            apply: { value, policy in
                guard case .scalar(let text) = value, let percent = Policy.percentage(text, upTo: 100) else {
                    return "expected a percentage 0-100"
                }
                policy[keyPath: path] = percent
                return nil
            }, describe: { "\($0[keyPath: path])% of \(describe)" })
    }

    /// A setting holding an object of vocabulary words to amounts in pounds; only the entries named change.
    static func moneyMap<Key: Hashable & Sendable>(
        key: String, rationale: String, keys: [(String, Key)],
        _ path: any WritableKeyPath<Policy, [Key: Money]> & Sendable
    ) -> Policy.Setting {
        Policy.Setting(
            key: key, rationale: rationale,
            expected: "an object of \(keys.map(\.0).joined(separator: ", ")) to pounds",
            apply: { value, policy in
                Policy.apply(
                    value, keys: keys, into: &policy[keyPath: path], expected: "an amount in pounds", read: Policy.money
                )
            },
            describe: { policy in
                keys.map { "\($0.0) \((policy[keyPath: path][$0.1] ?? .zero).wholePounds)" }.joined(separator: ", ")
            })
    }

    /// A setting holding a positive multiple (`1.2`), up to `limit`.
    static func multiple(
        key: String, rationale: String, upTo limit: Decimal, _ path: any WritableKeyPath<Policy, Decimal> & Sendable
    ) -> Policy.Setting {
        let expected = "a multiple above 0 and up to \(limit), e.g. 1.2"
        return Policy.Setting(
            key: key, rationale: rationale, expected: expected,
            apply: { value, policy in
                guard case .scalar(let text) = value, let number = Policy.decimal(text), number > 0, number <= limit
                else { return "expected \(expected)" }
                policy[keyPath: path] = number
                return nil
            }, describe: { "× \($0[keyPath: path])" })
    }

    /// A setting holding a date, or null for a default the rationale explains.
    static func optionalDate(
        key: String, rationale: String, whenNull: String,
        _ path: any WritableKeyPath<Policy, LocalDate?> & Sendable
    ) -> Policy.Setting {
        Policy.Setting(
            key: key, rationale: rationale, expected: "a date (\"2027-04-01\"), or null",
            apply: { value, policy in
                switch value {
                case .null: policy[keyPath: path] = nil
                case .scalar(let text):
                    switch ValueParser.date(text) {
                    case .success(let date): policy[keyPath: path] = date
                    case .failure(let error): return error.description
                    }
                case .map: return "expected a date, or null"
                }
                return nil
            }, describe: { $0[keyPath: path].map(\.description) ?? whenNull })
    }
}
