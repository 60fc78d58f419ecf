import Foundation
import Testing

@testable import EstateCore

@Suite struct FinanceDepreciationTests {
    typealias F = FinanceFixtures

    @Test func yearAfterChargesNothingInTheYearOfPurchaseThenAThirdForThreeYears() {
        // £1,000 bought 2025-06-15 (2025/26) over 3 years: 0, then 333.33, 333.34, 333.33 (cumulative thirds
        // rounded to the penny), then nothing.
        let charges = (2025...2029).map {
            FinanceDepreciation.charge(
                cost: F.pounds(1_000), bought: F.date("2025-06-15"), lifeYears: 3, in: F.year($0),
                convention: .yearAfter)
        }
        #expect(charges == [0, 33_333, 33_334, 33_333, 0].map { Money(pence: $0) })
        #expect(charges.reduce(Money.zero, +) == F.pounds(1_000))
    }

    @Test func proRataChargesByDaysFromThePurchaseDate() {
        // £1,200 bought 2024-10-01 over one year (365 days to 2025-10-01): 182 days in 2024/25 is
        // 1,200 × 182 ÷ 365 = 598.36; the other 183 days 601.64.
        let first = FinanceDepreciation.charge(
            cost: F.pounds(1_200), bought: F.date("2024-10-01"), lifeYears: 1, in: F.year(2024), convention: .proRata)
        let second = FinanceDepreciation.charge(
            cost: F.pounds(1_200), bought: F.date("2024-10-01"), lifeYears: 1, in: F.year(2025), convention: .proRata)
        #expect(first == Money(pence: 59_836))
        #expect(second == Money(pence: 60_164))
    }

    @Test func existingAndPlannedCapitalAreDepreciatedOverTheClassLife() throws {
        // An existing £15,000 server bought 2024-06-01 (capital on its own), life 5 (its refresh cycle): £3,000 a
        // year from 2025/26. Its refresh, due 2029-06-01, is a planned £12,000 purchase charged £2,400 from 2030/31.
        var server = F.server("S1", bought: "2024-06-01")
        server.purchaseCost = F.pounds(15_000)
        let finance = try F.analysis(F.estate([server]))
        let existing = finance.depreciation.filter { $0.origin == .existing }
        #expect(existing.map(\.year) == (2026...2029).map(F.year))  // 2025/26 to 2029/30, inside the plan
        #expect(existing.map(\.amount) == Array(repeating: F.pounds(3_000), count: 4))
        #expect(existing.allSatisfy { $0.group == "server" && $0.basis.contains("straight-line over 5 years") })
        let planned = finance.depreciation.filter { $0.origin == .planned }
        #expect(planned.map(\.year) == [F.year(2030)])
        #expect(planned.map(\.amount) == [F.pounds(2_400)])
    }

    @Test func cheapDevicesAreDepreciatedOnlyWhenTheirYearsProgrammeIsCapital() throws {
        let laptops = (0..<3).map { F.laptop("L\($0)", bought: "2024-05-01", cost: 900) }
        let programme = try F.analysis(F.estate(laptops))
        #expect(programme.depreciation.filter { $0.origin == .existing }.isEmpty)  // £2,700 < £10,000
        let low = try F.analysis(
            F.estate(laptops), policy: F.policy { $0.capitalisationThreshold = Money(pounds: 2_000) })
        // £2,700 programme ≥ £2,000: each £900 laptop over 4 years is £225 a year, three of them £675.
        #expect(
            low.depreciation.filter { $0.origin == .existing && $0.year == F.year(2026) }.map(\.amount) == [
                F.pounds(675)
            ])
    }
}

@Suite struct FinanceContractTests {
    typealias F = FinanceFixtures

    @Test func aContractRenewsAtItsEndWithTheUpliftEveryTermYears() throws {
        // £100,000 a year to 2027-03-31, then renewed for 3 years at +3% (£103,000) and again on 2030-04-01
        // (£106,090).
        let system = System(
            id: "APP1", name: "Housing", vendor: "Acme", annualCost: F.pounds(100_000),
            contractEnd: F.date("2027-03-31"))
        let finance = try F.analysis(F.estate([], systems: [system]))
        #expect(
            finance.baseline.totals(.revenue, .supportContract)
                == [100_000, 103_000, 103_000, 103_000, 106_090].map(F.pounds))
        let renewal = try #require(F.lines(finance.baseline, 2027, .revenue, .supportContract).first)
        #expect(renewal.drivers == "APP1 Housing (Acme): support and licence contract")
        #expect(renewal.basis.contains("assumed renewed 2027-04-01 for 3 years (policy finance_renewal_term_years)"))
    }

    @Test func aRenewalMidYearSplitsTheYearByDays() throws {
        // Contract end 2027-09-30: 183 days of 2027/28 (a 366-day year) at £100,000 and 183 at £103,000.
        let system = System(
            id: "APP1", name: "Housing", annualCost: F.pounds(100_000), contractEnd: F.date("2027-09-30"))
        let finance = try F.analysis(F.estate([], systems: [system]))
        #expect(finance.baseline.totals(.revenue, .supportContract)[1] == F.pounds(101_500))
    }

    @Test func aPlannedRetirementStopsTheContract() throws {
        let local = try LocalLifecycle.parse(
            Data("product,cycle,system_id,extended_support_end,retire_by,note\n,,APP1,,2027-03-31,Retired\n".utf8),
            file: "lifecycle-local.csv")
        let saas = System(id: "APP1", name: "CRM", hosting: .saas, annualCost: F.pounds(36_500))
        let finance = try F.analysis(F.estate([], systems: [saas]), local: local)
        #expect(finance.baseline.totals(.revenue, .saasSubscription) == [36_500, 0, 0, 0, 0].map(F.pounds))
        #expect(
            F.lines(finance.baseline, 2026, .revenue, .saasSubscription).first?.basis.contains("planned retirement")
                == true)
    }

    @Test func aSystemWhoseProductIsOutOfSupportIsReplacedAtAMultipleOfItsCost() throws {
        let edrms = System(id: "APP2", name: "EDRMS", annualCost: F.pounds(40_000))
        let component = Component(
            subject: .system, subjectId: "APP2", kind: .application, product: "Microsoft SharePoint Server 2010")
        let finance = try F.analysis(F.estate([], systems: [edrms], components: [component]))
        let line = try #require(F.lines(finance.baseline, 2026, .capital, .systemReplacement).first)
        #expect(line.amount == F.pounds(60_000))  // 1.5 × £40,000
        #expect(line.basis.contains("security support ended 2021-04-13"))
    }
}

@Suite struct FinanceLeaseTests {
    typealias F = FinanceFixtures

    @Test func theLeasePaymentAndBothPresentValuesMatchAHandCalculation() {
        // £1,000 over 4 years at 7%, paid yearly in advance: 1,000 ÷ ((1 − 1.07^−4) × 1.07 ÷ 0.07)
        // = 1,000 ÷ 3.624316 = £275.91. At 3.5%: 275.91 × (1 + 1/1.035 + 1/1.035² + 1/1.035³)
        // = 275.91 × 3.801637 = £1,048.91, against £1,000 to buy.
        let rate = Decimal(7) / 100
        let payment = LeaseMath.payment(cost: F.pounds(1_000), rate: rate, years: 4)
        #expect(payment == Money(pence: 27_591))
        #expect(
            LeaseMath.presentValue(payment: payment, years: 4, discountRate: Decimal(35) / 1_000)
                == Money(pence: 104_891))
        // Interest (IFRS 16): on 724.09, then 724.09 + 50.69 − 275.91 = 498.87, then 256.87 + … to nothing.
        #expect(
            LeaseMath.interest(cost: F.pounds(1_000), payment: payment, rate: rate, years: 4) == [
                Money(pence: 5_069), Money(pence: 3_492), Money(pence: 1_805), .zero,
            ])
    }

    @Test func leasingLaptopsTurnsTheirCapitalIntoRevenuePayments() throws {
        // Twelve £1,000 laptops due 2027-06-01: £12,000 capital bought; leased over 4 years at 7%, £275.91 each a
        // year from 2027/28, low-value so revenue.
        let estate = F.estate((0..<12).map { F.laptop("L\($0)", bought: "2023-06-01") })
        let bought = try F.analysis(estate)
        #expect(bought.baseline.totals(.capital, .deviceRefresh)[1] == F.pounds(12_000))
        let leased = try F.analysis(estate, options: FinanceOptions(leasedClasses: [.laptop]))
        #expect(leased.baseline.capitalByYear.allSatisfy { $0 == .zero })
        #expect(
            leased.baseline.totals(.revenue, .lease)
                == [0, 331_092, 331_092, 331_092, 331_092].map { Money(pence: $0) })
        let appraisal = try #require(bought.leaseAppraisals.first { $0.assetClass == .laptop })
        #expect(appraisal.units == 12)
        #expect(appraisal.payment == Money(pence: 27_591))
        #expect(appraisal.leasePresentValue == Money(pence: 104_891))
        #expect(appraisal.buyPresentValue == F.pounds(1_000))
        #expect(appraisal.isLowValue)
        #expect(appraisal.capitalAvoided == F.pounds(12_000))
        #expect(appraisal.revenueAdded == Money(pence: 4 * 331_092))
    }

    @Test func aLeasedServerIsARightOfUseAssetAndStaysCapital() throws {
        let finance = try F.analysis(
            F.estate([F.server("S1", bought: "2022-06-01")]), options: FinanceOptions(leasedClasses: [.server]))
        #expect(finance.baseline.totals(.capital, .lease)[1] == F.pounds(12_000))
        #expect(finance.baseline.totals(.revenue, .lease)[1] > .zero)  // interest, not the payments
        #expect(finance.leaseAppraisals.first?.isLowValue == false)
    }
}
