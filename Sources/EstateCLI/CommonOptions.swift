import EstateCore
import Foundation

/// Options every command shares, so scripts can rely on them.
struct CommonOptions {
    /// `--db PATH`, else `$ESTATE_DB`, else `./estate.sqlite`.
    var database: String
    /// `--inventory DIR`, default `Inventory/`.
    var inventory: String
    /// `--out DIR`, default `Reports/`.
    var output: String
    /// `--as-of YYYY-MM-DD`, default today in London.
    var asOf: LocalDate
    /// Whether `--as-of` was given (reports say when the date was today's).
    var asOfWasGiven: Bool
    /// `--org NAME`: the organisation to work on (default: the one the inventory's policy.json names).
    var organisation: String?

    static let help = """
        Common options:
          --db PATH            the database (default $ESTATE_DB, else ./estate.sqlite)
          --inventory DIR      the inventory folder (default Inventory/)
          --out DIR            where reports go (default Reports/)
          --as-of YYYY-MM-DD   the date results are worked out for (default today, Europe/London)
          --org NAME           the organisation (default: the one Inventory/policy.json names; others live
                               in Inventory/organisations/NAME/ with their own policy.json)
          -h, --help           this help
        """

    init(_ arguments: inout Arguments, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(UsageError)
    {
        database =
            try arguments.option("--db") ?? environment["ESTATE_DB"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "estate.sqlite"
        inventory = try arguments.option("--inventory") ?? "Inventory"
        output = try arguments.option("--out") ?? "Reports"
        organisation = try arguments.option("--org")
        if let text = try arguments.option("--as-of") {
            guard let date = LocalDate(iso: text) else {
                throw UsageError("--as-of expects a date as YYYY-MM-DD, found \"\(text)\"")
            }
            asOf = date
            asOfWasGiven = true
        } else {
            asOf = CommonOptions.today()
            asOfWasGiven = false
        }
    }

    /// Today's date in London, where the councils Estate serves keep their books.
    static func today() -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? LocalDate(daysSinceEpoch: 0)
    }

    /// Reads `--format`, one of `table|md|csv|json`.
    static func outputFormat(_ arguments: inout Arguments, default fallback: OutputFormat = .table) throws(UsageError)
        -> OutputFormat
    {
        guard let text = try arguments.option("--format") else { return fallback }
        guard let format = OutputFormat(rawValue: text) else {
            throw UsageError("--format expects one of \(OutputFormat.expectedList), found \"\(text)\"")
        }
        return format
    }
}
