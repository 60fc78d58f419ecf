/// Reads the cycle columns of a lifecycle CSV row (the columns of the shipped `lifecycle.csv`).
enum LifecycleCycleRow {
    /// The columns of `lifecycle.csv`, in its order.
    static let columns = [
        "product", "title", "category", "cycle", "release_date", "active_support_end", "security_support_end",
        "extended_support_end", "lts", "latest", "purl", "source_url",
    ]
    /// Extra per-cycle columns a council's file may carry (those of `cycle-details.csv`).
    static let detailColumns = ["label", "codename", "latest_release_date"]

    static let phaseExpectation = "a date (yyyy-mm-dd or dd/mm/yyyy), true, false or empty"
    static let ltsExpectation = "true, false, empty or the date the cycle becomes LTS"
    static let dateExpectation = "a date (yyyy-mm-dd or dd/mm/yyyy) or empty"

    /// A row read: its cycle, or the problems that keep it out.
    enum Outcome {
        case cycle(LifecycleCycle)
        case problems([LifecycleError])
    }

    /// The cycle on `row`, or the problems that keep it out.
    static func cycle(
        _ row: LifecycleCSVTable.Row, in table: LifecycleCSVTable, factsAsOf: LocalDate, layer: LifecycleLayer
    ) -> Outcome {
        var problems: [LifecycleError] = []
        let product = row.text("product")?.lowercased()
        let name = row.text("cycle")
        if product == nil {
            problems.append(table.error(row, "product", expected: "a product slug such as windows-server", found: ""))
        }
        if name == nil {
            problems.append(table.error(row, "cycle", expected: "a release cycle name such as 2012-r2", found: ""))
        }
        func phase(_ column: String) -> PhaseEnd {
            guard let text = row.text(column) else { return .none }
            switch text.lowercased() {
            case "true": return .endedUndated
            case "false": return .notEnded
            default:
                switch ValueParser.date(text) {
                case .success(let date): return .date(date)
                case .failure(let error):
                    problems.append(table.error(row, column, expected: phaseExpectation, found: text, hint: error.hint))
                    return .none
                }
            }
        }
        func date(_ column: String) -> LocalDate? {
            guard let text = row.text(column) else { return nil }
            switch ValueParser.date(text) {
            case .success(let date): return date
            case .failure(let error):
                problems.append(table.error(row, column, expected: dateExpectation, found: text, hint: error.hint))
                return nil
            }
        }
        let releaseDate = date("release_date")
        let active = phase("active_support_end")
        let security = phase("security_support_end")
        let extended = phase("extended_support_end")
        var lts = LongTermSupport.no
        if let text = row.text("lts") {
            switch text.lowercased() {
            case "true": lts = .yes
            case "false": lts = .no
            default:
                switch ValueParser.date(text) {
                case .success(let date): lts = .from(date)
                case .failure(let error):
                    problems.append(table.error(row, "lts", expected: ltsExpectation, found: text, hint: error.hint))
                }
            }
        }
        let latestReleaseDate = date("latest_release_date")
        guard problems.isEmpty, let product, let name else { return .problems(problems) }
        return .cycle(
            LifecycleCycle(
                product: product, name: name, releaseDate: releaseDate, activeSupportEnd: active,
                securitySupportEnd: security, extendedSupportEnd: extended, lts: lts, latest: row.text("latest"),
                latestReleaseDate: latestReleaseDate, label: row.text("label"), codename: row.text("codename"),
                factsAsOf: factsAsOf, layer: layer, source: "\(table.file):\(row.line)"))
    }
}
