import Foundation
import Testing

@testable import EstateCore

@Suite struct ExactRatioTests {
    private func decimal(_ text: String) throws -> Decimal { try #require(Decimal(string: text)) }

    @Test func multipliesMoneyAsDecimalArithmeticDoesRoundingHalvesAwayFromZero() throws {
        let rates = ["0.245", "0.10", "1.2", "0", "12", "0.0000001", "-0.5", "0.333333333333"]
        let amounts: [Int64] = [0, 1, 5, 99, 1_813, 65_000, 250_000_00, -1_813, -5, 12_345_678_901]
        for rate in rates {
            let ratio = ExactRatio(try decimal(rate))
            for pence in amounts {
                let money = Money(pence: pence)
                #expect(ratio.times(money) == FinanceMath.times(money, try decimal(rate)), "\(pence)p × \(rate)")
                #expect(
                    ratio.times(money, by: 37) == FinanceMath.times(Money(pence: pence * 37), try decimal(rate)),
                    "\(pence)p × 37 × \(rate)")
            }
        }
    }

    @Test func roundsAnExactHalfPennyAwayFromZero() throws {
        let half = ExactRatio(try decimal("0.5"))
        #expect(half.times(Money(pence: 3)) == Money(pence: 2))
        #expect(half.times(Money(pence: -3)) == Money(pence: -2))
        #expect(ExactRatio(try decimal("0.245")).times(Money(pence: 1_813)) == Money(pence: 444))
    }

    @Test func keepsToDecimalWhenTheIntegersWouldOverflow() throws {
        let rate = try decimal("123456789.123456789")
        let money = Money(pence: 900_000_000_000)
        #expect(ExactRatio(rate).times(money) == FinanceMath.times(money, rate))
        let long = try decimal("0.12345678901234567890123")
        #expect(ExactRatio(long).times(Money(pence: 10_000)) == FinanceMath.times(Money(pence: 10_000), long))
        let count = Int64.max / 2
        #expect(
            ExactRatio(try decimal("0.5")).times(Money(pence: 3), by: count)
                == FinanceMath.times(Money(pence: 3), try decimal("0.5") * Decimal(count)))
    }
}
