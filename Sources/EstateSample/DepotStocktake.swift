import EstateCore

/// A small asset file typed by hand at the depot, with six rows wrong in six different ways, so that
/// the sample's ingest report shows what happens to bad rows: an impossible date, a US-ordered date,
/// dollars, a type that is no kind of ICT, a missing asset tag, and an unquoted comma that adds a field.
enum DepotStocktake {
    static let fileName = "depot-stocktake.csv"

    static let header = [
        "Tag", "Device Name", "Device Type", "Make", "Model", "Serial Number", "Building", "Team",
        "Date of Purchase", "Price", "Warranty", "Status",
    ]

    /// How many rows are wrong on purpose.
    static let badRowCount = 6

    // swift-format-ignore
    static func rows(asOf: LocalDate) -> [[String]] {
        let year = asOf.year
        func ago(_ days: Int) -> LocalDate { DeviceGenerator.weekday(asOf.adding(days: -days)) }
        func uk(_ date: LocalDate) -> String { SampleRows.uk(date) }
        /// `3/7/2019`: no leading zeros, as people type.
        func short(_ date: LocalDate) -> String { "\(date.day)/\(date.month)/\(date.year)" }
        let depot = "Marsh Lane Depot"
        let waste = "Waste & Street Cleansing"
        return [
            ["DEP0001", "EWKDEPLT01", "Laptop", "Panasonic", "Toughbook 55", "1KTSA12345", depot, waste, uk(ago(800)), "£1,849.00", uk(ago(800).adding(years: 3)), "In Use"],
            ["DEP0002", "", "Handset", "Samsung", "Galaxy XCover7", "R58W12AB3CD", depot, waste, short(ago(400)), "279", "", "in use"],
            ["DEP0003", "", "Tablet", "Samsung", "Galaxy Tab Active5", "R52X34CD5EF", depot, "Parking Services", uk(ago(300)), "£499.00", uk(ago(300).adding(years: 2)), "Spare"],
            ["DEP0004", "EWKDEPPC04", "Desktop PC", "Dell", "OptiPlex 7010", "7XK2Q52", depot, waste, "31/02/\(year - 5)", "£549.00", "", "In Use"],
            ["DEP0005", "EWKDEPLT05", "Laptop", "Dell", "Latitude 5420", "9BF3K73", depot, "Environment & Regulatory Services", "04/25/\(year - 4)", "£899.00", "", "In Use"],
            ["DEP0006", "EWKDEPLT06", "Laptop", "Lenovo", "ThinkPad L14 Gen 2", "PF3ABCDE", depot, waste, uk(ago(1_200)), "$1,200", "", "In Use"],
            ["DEP0007", "", "toaster", "Dualit", "4-slice Classic", "DU4412345", "Marsh Lane Depot (Mess Room)", waste, uk(ago(2_000)), "£189.99", "", "In Use"],
            ["", "EWKDEPPC08", "Desktop", "HP", "EliteDesk 800 G4", "CZC8123XYZ", depot, waste, uk(ago(2_500)), "£609.00", "", "In Use"],
            ["DEP0009", "EWKDEPLT09", "Laptop", "Dell", "Latitude 5420", " refurbished", "4HD8L93", depot, "Parking Services", uk(ago(700)), "£420.00", "", "In Use"],
            ["DEP0010", "EWK-PRN-MLD-002", "MFD", "Ricoh", "IM C3000", "C78712345", depot, waste, uk(ago(1_500)), "£4,200.00", uk(ago(1_500).adding(years: 5)), "In Use"],
            ["DEP0011", "", "Mobile Phone", "Apple", "iPhone SE (3rd generation)", "F2LX91ABCD", depot, "Parking Services", uk(ago(900)), "£419.00", uk(ago(900).adding(years: 1)), "In Use"],
            ["DEP0012", "EWKDEPPC12", "Desktop", "Dell Inc.", "OptiPlex 7060", "6YT9P82", depot, waste, named(ago(2_200)), "£629.00", "", "In Use"],
            ["DEP0013", "", "Monitor", "iiyama", "ProLite XU2492HSU-B1", "1111234567890", depot, waste, uk(ago(1_800)), "129.00", "", "In Use"],
            ["DEP0014", "", "Tablet", "Apple", "iPad (9th generation)", "DMPX12ABCD", depot, "Environment & Regulatory Services", uk(ago(1_000)), "£329.00", "", "In Repair"],
            ["DEP0015", "EWKDEPTC15", "Thin Client", "Dell", "Wyse 5070", "3JK8M21", depot, waste, uk(ago(2_600)), "£399.00", "", "In Use"],
        ]
    }

    /// `12 Mar 2019`.
    static func named(_ date: LocalDate) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }
}
