extension FinanceContext {
    /// Electricity by class and year: the carbon analysis's kWh (at the device × its hosting's PUE) at the
    /// policy's price. Cloud virtual machines are in the provider's bill, not here.
    ///
    /// The lines do not depend on migrations, leases or smoothing, so every plan built from the context shares
    /// them. Each class's kWh are added in the order of ``FinanceEnergy/classes`` (the carbon analysis's lines).
    ///
    /// - Complexity: O(*n* × *y*) for *n* powered assets over *y* planned years.
    static func energyLines(_ energy: FinanceEnergy?, years: [FinancialYear], policy: Policy) -> [FinanceLine] {
        guard let energy else { return [] }
        let classes = AssetClass.allCases
        var position: [AssetClass: Int] = [:]
        for (offset, assetClass) in classes.enumerated() { position[assetClass] = offset }
        var kWh = [[Double]](repeating: [Double](repeating: 0, count: years.count), count: classes.count)
        var powered = [[Int]](repeating: [Int](repeating: 0, count: years.count), count: classes.count)
        var assets = [Int](repeating: 0, count: classes.count)
        for asset in energy.classes.indices {
            guard let offset = position[energy.classes[asset]] else { continue }
            assets[offset] += 1
            for year in years.indices {
                let value = year < energy.yearCount ? energy.kWh[asset * energy.yearCount + year] : 0
                kWh[offset][year] += value
                if value > 0 { powered[offset][year] += 1 }
            }
        }
        let price = policy.energyPricePerKWh
        var lines: [FinanceLine] = []
        for (offset, assetClass) in classes.enumerated() where assets[offset] > 0 {
            for (index, year) in years.enumerated() {
                let whole = FinanceEnergy.wholeKWh(kWh[offset][index])
                let amount = FinanceMath.money(whole * price)
                guard amount != .zero else { continue }
                var basis =
                    "\(FinanceMath.kWh(whole)) (carbon analysis: electricity at the device × the PUE of its hosting, including replacements under its refresh plan) × £\(price) per kWh (policy energy_price_per_kwh)"
                if let carried = energy.carriedFrom, year > carried {
                    basis += "; \(carried) kWh carried forward (the carbon analysis ends at the net-zero year)"
                }
                lines.append(
                    FinanceLine(
                        year: year, type: .revenue, category: .energy, amount: amount,
                        drivers: FinanceText.count(powered[offset][index], assetClass) + " drawing power",
                        basis: basis))
            }
        }
        return lines
    }
}
