import Foundation

/// The arithmetic of a lease with yearly payments in advance and nothing left to pay at the end, and of its
/// present value at the Green Book discount rate.
///
/// ```swift
/// let payment = LeaseMath.payment(cost: Money(pounds: 1_000), rate: Decimal(7) / 100, years: 4)  // £275.91
/// LeaseMath.presentValue(payment: payment, years: 4, discountRate: Decimal(35) / 1_000)          // £1,048.91
/// ```
public enum LeaseMath {
    /// The yearly payment, made at the start of each year, that repays `cost` over `years` at the lessor's
    /// `rate`: cost ÷ ((1 − (1 + rate)^−years) × (1 + rate) ÷ rate), rounded to the penny.
    public static func payment(cost: Money, rate: Decimal, years: Int) -> Money {
        guard years > 0 else { return cost }
        guard rate > 0 else { return cost.scaled(by: 1, over: Int64(years)) }
        let discount = 1 / FinanceMath.growth(rate, years: years)
        let factor = (1 - discount) * (1 + rate) / rate
        return FinanceMath.money(FinanceMath.pounds(cost) / factor)
    }

    /// The present value of `years` yearly payments made at the start of each year, the first today:
    /// Σ payment ÷ (1 + discountRate)^t for t = 0 … years − 1, rounded to the penny once at the end.
    public static func presentValue(payment: Money, years: Int, discountRate: Decimal) -> Money {
        let amount = FinanceMath.pounds(payment)
        var total = Decimal(0)
        for year in 0..<max(0, years) { total += amount / FinanceMath.growth(discountRate, years: year) }
        return FinanceMath.money(total)
    }

    /// The interest in each lease year (the IFRS 16 finance cost): the balance after that year's payment × the
    /// rate, the balance then growing by it.
    public static func interest(cost: Money, payment: Money, rate: Decimal, years: Int) -> [Money] {
        var balance = cost
        var result: [Money] = []
        for _ in 0..<max(0, years) {
            balance -= payment
            let charge = balance > .zero ? FinanceMath.times(balance, rate) : .zero
            result.append(charge)
            balance += charge
        }
        return result
    }
}
