import EstateCore
import EstateStore
import Foundation

extension EstateCommand {
    /// `estate catalogue list|match|import`: the lifecycle catalogue.
    struct Catalogue: Command {
        static let name = "catalogue"
        static let abstract = "list, match against, or import into the support lifecycle catalogue"
        static let help = """
            Usage: estate catalogue list [PRODUCT] [--as-of YYYY-MM-DD] [--format table|md|csv|json]
                   estate catalogue match [STRING...] [--version V] [--file FILE] [--server|--client] [--format ...]
                   estate catalogue import FILE... [--product SLUG]

            The catalogue is endoflife.date's support lifecycles as shipped (snapshot \(LifecycleCatalogue.shippedSnapshotDate)),
            then every file imported into the database, then the council's lifecycle-local.csv in the inventory folder.

              list     cycles with their status on the as-of date: supported, security-only, extended-only,
                       unsupported or unknown, and the next change. With PRODUCT, that product's cycles only.
              match    how inventory strings match to (product, cycle), with the confidence and the rule that fired.
                       --file reads one string per line, or a string and a version separated by a tab.
                       --server / --client says what kind of machine the strings come from (it settles
                       `Windows NT 6.1` captions).
              import   endoflife.date API JSON (v0 arrays and v1 objects) or CSV with the catalogue's columns
                       (product,cycle,release_date,active_support_end,security_support_end,extended_support_end,...)
                       for products endoflife.date lacks. The file is stored and used from then on.
                       --product names the product of a v0 file (default: from the file name).

            \(CommonOptions.help)
              --format table|md|csv|json   output shape for list and match (default table)
            """

        enum Action {
            case list(product: String?)
            case match(strings: [(String, String?)], platform: PlatformHint?)
            case importFiles([String], product: String?)
        }

        var common: CommonOptions
        var format: OutputFormat
        var action: Action

        init(arguments: inout Arguments) throws {
            common = try CommonOptions(&arguments)
            format = try CommonOptions.outputFormat(&arguments)
            let version = try arguments.option("--version")
            let file = try arguments.option("--file")
            let product = try arguments.option("--product")
            let server = arguments.flag("--server")
            let client = arguments.flag("--client")
            var words = try arguments.positionals()
            guard !words.isEmpty else { throw UsageError("name an action: list, match or import") }
            switch words.removeFirst() {
            case "list":
                guard words.count <= 1 else { throw UsageError("list takes at most one product") }
                action = .list(product: words.first)
            case "match":
                var strings = words.map { ($0, version) }
                if let file { strings += try Self.readStrings(file) }
                guard !strings.isEmpty else { throw UsageError("give strings to match, or --file FILE") }
                action = .match(strings: strings, platform: server ? .server : client ? .client : nil)
            case "import":
                guard !words.isEmpty else { throw UsageError("name the files to import") }
                action = .importFiles(words, product: product)
            case let other:
                throw UsageError("unknown action \"\(other)\": expected list, match or import")
            }
        }

        /// One string per line, or string TAB version.
        static func readStrings(_ path: String) throws -> [(String, String?)] {
            let text = String(decoding: try InventoryFiles.read(path).data, as: UTF8.self)
            return text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).compactMap { line in
                let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
                guard let first = parts.first, !first.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
                return (first, parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil)
            }
        }

        func run(console: Console) throws -> ExitCode {
            let database = try EstateDatabase(path: common.database)
            switch action {
            case .importFiles(let files, let product):
                return try importFiles(files, product: product, database: database, console: console)
            case .list(let product):
                let catalogue = try InventorySnapshot.catalogue(database: database, inventory: common.inventory)
                if let product, catalogue.product(product) == nil {
                    throw UsageError("no product \"\(product)\" in the catalogue")
                }
                console.out(CatalogueTables.list(catalogue, product: product, asOf: common.asOf).rendered(as: format))
            case .match(let strings, let platform):
                let catalogue = try InventorySnapshot.catalogue(database: database, inventory: common.inventory)
                let matcher = LifecycleMatcher(catalogue: catalogue)
                console.out(
                    CatalogueTables.matches(
                        strings, platform: platform, matcher: matcher, catalogue: catalogue, asOf: common.asOf
                    )
                    .rendered(as: format))
            }
            return .success
        }

        func importFiles(_ files: [String], product: String?, database: EstateDatabase, console: Console) throws
            -> ExitCode
        {
            for path in files {
                let data = try InventoryFiles.read(path).data
                let format = CatalogueFiles.format(of: data)
                let slug =
                    product
                    ?? (format == CatalogueFiles.apiFormat ? LifecycleImport.productSlug(fromFileName: path) : nil)
                let entries = try CatalogueFiles.entries(
                    data, file: path, format: format, product: slug, asOf: common.asOf)
                for problem in entries.problems { console.note("  rejected: \(problem)") }
                guard !entries.cycles.isEmpty else {
                    throw IngestError(file: path, message: "no cycles could be read, so nothing was imported")
                }
                try database.addCatalogueImport(
                    file: path, format: format, product: slug, content: String(decoding: data, as: UTF8.self))
                let products = Set(entries.cycles.map(\.product)).sorted().joined(separator: ", ")
                console.note(
                    "\(path): \(format): \(entries.cycles.count) cycles of \(products) imported, \(entries.problems.count) rejected"
                )
            }
            return .success
        }
    }
}

/// The catalogue's views as tables.
enum CatalogueTables {
    static func list(_ catalogue: LifecycleCatalogue, product: String?, asOf: LocalDate) -> Table {
        var table = Table(
            columns: [
                "product", "cycle", "label", "release_date", "active_support_end", "security_support_end",
                "extended_support_end", "status", "next_change", "next_status", "layer", "caveat",
            ].map { Table.Column($0) })
        let products = product.flatMap { catalogue.product($0) }.map { [$0] } ?? catalogue.products
        for entry in products {
            for cycle in catalogue.cycles(of: entry.slug) {
                let status = catalogue.status(of: cycle, on: asOf)
                table.append([
                    .init(cycle.product), .init(cycle.name), .init(cycle.label), .init(cycle.releaseDate),
                    .init(cycle.activeSupportEnd.catalogueText), .init(cycle.securitySupportEnd.catalogueText),
                    .init(cycle.extendedSupportEnd.catalogueText), .init(status.token), .init(status.nextChange?.date),
                    .init(status.nextChange?.state.rawValue), .init(cycle.layer.rawValue),
                    .init(status.caveats.isEmpty ? nil : "as known on \(cycle.factsAsOf)"),
                ])
            }
        }
        return table
    }

    static func matches(
        _ strings: [(String, String?)], platform: PlatformHint?, matcher: LifecycleMatcher,
        catalogue: LifecycleCatalogue,
        asOf: LocalDate
    ) -> Table {
        var table = Table(
            columns: [
                "input", "version", "product", "cycle", "confidence", "rule", "status", "note",
            ].map { Table.Column($0) })
        for (text, version) in strings {
            let match = matcher.match(text, version: version, platform: platform)
            let cycle = match.product.flatMap { product in match.cycle.flatMap { catalogue.cycle($0, of: product) } }
            table.append([
                .init(text), .init(version), .init(match.product), .init(match.cycle),
                .init(match.confidence.description), .init(match.rule),
                .init(cycle.map { catalogue.status(of: $0, on: asOf).token }), .init(match.note),
            ])
        }
        return table
    }
}
