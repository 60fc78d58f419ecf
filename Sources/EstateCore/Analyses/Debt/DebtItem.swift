/// One asset's or system's debt: its score and each factor's contribution, what fixing it costs (the
/// principal) and what leaving it costs each year (the interest).
public struct DebtItem: Sendable, Hashable {
    // Stored widest first, so the one-byte fields share the room the remedy leaves rather than each padded out.
    /// Whose debt it is.
    public var subject: DebtSubject
    /// The hostname or id of an asset, the name of a system.
    public var name: String
    /// The department it belongs to, as the inventory writes it.
    public var department: String?
    /// Why the TIME category, in words.
    public var timeReason: String?
    /// Every factor that applies, most points first.
    public var findings: [DebtFinding]
    /// The interest lines counted: within each pool of overlapping costs only the largest.
    public var interest: [DebtInterest]
    /// The sum of the findings' points, capped at 100.
    public var score: Int
    /// What the fix costs: the remedy's cost, or zero.
    public var principal: Money
    /// The counted interest lines' sum.
    public var interestPerYear: Money
    /// The fix that covers the others (the strongest remedy among the findings), if any.
    public var remedy: DebtRemedy?
    /// For an asset, its class.
    public var assetClass: AssetClass?
    /// For a system, its criticality.
    public var criticality: Criticality?
    /// For a system, its TIME category and why.
    public var timeCategory: TimeCategory?

    /// Combines a subject's findings (taken over, and sorted in place when no one else holds them).
    init(subject: DebtSubject, name: String, department: String?, findings: consuming [DebtFinding]) {
        self.subject = subject
        self.name = name
        self.department = department
        self.findings = consume findings
        score = min(100, self.findings.reduce(0) { $0 + $1.points })
        // Between equal remedies the first in the rules' order wins: choose before sorting.
        remedy = self.findings.compactMap(\.remedy).max {
            ($0.kind.strength, $0.cost, $1.kind.rawValue) < ($1.kind.strength, $1.cost, $0.kind.rawValue)
        }
        self.findings.sort { ($1.points, $0.factor) < ($0.points, $1.factor) }
        principal = remedy?.cost ?? .zero
        interest = Self.interest(of: self.findings)
        interestPerYear = interest.reduce(.zero) { $0 + $1.perYear }
    }

    /// The largest line of each pool among the findings' lines, largest first. An item whose lines all come from
    /// one finding, each of its own pool and in that order already, shares that finding's list (which its rule may
    /// share between many findings) rather than holding a copy: most of a large estate's items are such.
    private static func interest(of findings: [DebtFinding]) -> [DebtInterest] {
        var lists = findings.lazy.map(\.interest).filter { !$0.isEmpty }.makeIterator()
        if let only = lists.next(), lists.next() == nil, isKeptAsIs(only) { return only }
        // An item has a few lines at most, so they are kept in a list, not hashed.
        var kept: [DebtInterest] = []
        for finding in findings.indices {
            for line in findings[finding].interest {
                if let index = kept.firstIndex(where: { $0.kind.pool == line.kind.pool }) {
                    if kept[index].perYear < line.perYear { kept[index] = line }
                } else {
                    kept.append(line)
                }
            }
        }
        return kept.sorted(by: largestFirst)
    }

    /// Larger lines first; between equal ones, by kind.
    private static func largestFirst(_ lhs: DebtInterest, _ rhs: DebtInterest) -> Bool {
        (rhs.perYear, lhs.kind.rawValue) < (lhs.perYear, rhs.kind.rawValue)
    }

    /// Whether one finding's lines are what ``interest(of:)`` keeps of them: each of its own pool, in order.
    private static func isKeptAsIs(_ lines: [DebtInterest]) -> Bool {
        for index in lines.indices.dropFirst() {
            if largestFirst(lines[index], lines[index - 1]) { return false }
            if lines[..<index].contains(where: { $0.kind.pool == lines[index].kind.pool }) { return false }
        }
        return true
    }

    /// `support 25, exposure 20, age 9`: each factor's points, for CSV and tables.
    public var factorSummary: String { Self.factorSummary(of: findings) }

    /// ``factorSummary`` of an item's findings, for reading an item's findings where the item is held (a property
    /// of an array's element copies the whole element first).
    static func factorSummary(of findings: [DebtFinding]) -> String {
        // Findings are read in place: copying one out retains every one of its strings.
        findings.indices.filter { findings[$0].points > 0 }
            .map { "\(findings[$0].factor.rawValue) \(findings[$0].points)" }.joined(separator: ", ")
    }

    /// Whether the item carries any debt: points, a fix or a yearly cost (a system with none is still listed
    /// for its TIME category).
    public var hasDebt: Bool { Self.hasDebt(score: score, principal: principal, interestPerYear: interestPerYear) }

    /// ``hasDebt`` from the figures it rests on.
    static func hasDebt(score: Int, principal: Money, interestPerYear: Money) -> Bool {
        score > 0 || principal > .zero || interestPerYear > .zero
    }

    /// What the item costs and will cost: principal plus a year's interest, for ranking ties.
    public var atStake: Money { principal + interestPerYear }
}

extension [DebtItem] {
    /// ``DebtItem/hasDebt`` of the item at `index`, its fields read where it is held: `self[index].hasDebt` copies
    /// the whole item first, retaining every one of its strings.
    func hasDebt(at index: Int) -> Bool {
        DebtItem.hasDebt(
            score: self[index].score, principal: self[index].principal, interestPerYear: self[index].interestPerYear)
    }
}
