/// Sizes and counts read from other tools' output, in checked arithmetic: a damaged or hostile file can hold
/// `Size: 99999999999999999999 GB` or a million cores, and a value no machine has (negative, or past what an
/// `Int64` holds) is then left unrecorded instead of stopping the import with an arithmetic overflow.
enum HostQuantities {
    /// `number × 2^shift` (`16 << 30` for 16 GB), or `nil` when `number` is negative or the result overflows.
    static func bytes(_ number: Int64, shift: Int) -> Int64? {
        guard number >= 0, shift >= 0, shift < 63, number <= Int64.max >> shift else { return nil }
        return number << shift
    }

    /// `lhs × rhs`, or `nil` when either is negative or the product overflows.
    static func product(_ lhs: Int64, _ rhs: Int64) -> Int64? {
        guard lhs >= 0, rhs >= 0 else { return nil }
        let (result, overflow) = lhs.multipliedReportingOverflow(by: rhs)
        return overflow ? nil : result
    }

    /// The sum of `parts`, or `nil` when there are none, one is negative or the sum overflows.
    static func total<Number: FixedWidthInteger>(_ parts: [Number]) -> Number? {
        guard !parts.isEmpty else { return nil }
        var sum: Number = 0
        for part in parts {
            guard part >= 0 else { return nil }
            let (next, overflow) = sum.addingReportingOverflow(part)
            if overflow { return nil }
            sum = next
        }
        return sum
    }
}
