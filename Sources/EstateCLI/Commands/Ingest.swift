import EstateCore
import EstateStore
import Foundation

extension EstateCommand {
    /// `estate ingest PATH...`: reads inventory files into a new snapshot.
    struct Ingest: Command {
        static let name = "ingest"
        static let abstract = "read inventory files, scans and tool exports into a new snapshot"
        static let help = """
            Usage: estate ingest PATH... [--format FORMAT] [--append] [--strict] [--rejects FILE]
                                         [--org NAME] [--taken-on YYYY-MM-DD] [--db PATH]

            Reads files, folders (their .csv, .json and .tsv files, and any other file whose content is the output
            of a tool Estate reads) or - (standard input) into one snapshot, in one transaction: all or nothing.
            Good rows are stored; each bad row is rejected with its file, line, column and reason, and kept with
            the snapshot.

            Besides Estate's registers and JSON, it reads estate scan, osquery, Ansible facts, CycloneDX and SPDX
            SBOMs, the dpkg status file, dpkg -l, rpm -qa, dmidecode, systeminfo, registry Uninstall exports (.reg),
            Snipe-IT, GLPI, Intune, NetBox and RVTools vInfo exports, told apart by their content. The same machine
            seen by several of them (matched by serial number, then hostname, then MAC address) becomes one asset,
            and where they disagree the summary says so. Package lists that do not name their machine (dpkg, rpm,
            .reg) take it from the file name: ew-web-01.dpkg-status.

              --format FORMAT   read every file as FORMAT: \(InputFormat.expectedList)
                                (default: detected from the content, the extension and the header)
              --append          add to the latest snapshot instead of starting a new one (host-by-host scans);
                                an asset or system sent again replaces the earlier one
              --strict          store nothing if any row is rejected (exit code 2)
              --rejects FILE    write every reject as CSV (file,line,column,field,reason,raw)
              --org NAME        the organisation the snapshot belongs to (default: the one the inventory
                                folder's policy.json names)
              --taken-on DATE   the date the inventory describes (default: --as-of, else today)
              --mapping FILE    a header mapping (default: mapping.json beside the first file, if any)

            \(CommonOptions.help)

            Prints counts per source and the first 20 rejects on standard error.
            Exit codes: 0 stored (even with rejects); 1 failure, nothing stored; 2 rejects under --strict,
            nothing stored; 64 usage error.
            """

        var common: CommonOptions
        var paths: [String]
        var format: InputFormat?
        var append: Bool
        var strict: Bool
        var rejectsFile: String?
        var organisation: String?
        var takenOn: LocalDate
        var mappingFile: String?

        init(arguments: inout Arguments) throws {
            common = try CommonOptions(&arguments)
            if let text = try arguments.option("--format") {
                guard let parsed = InputFormat(rawValue: text) else {
                    throw UsageError("--format expects one of \(InputFormat.expectedList), found \"\(text)\"")
                }
                format = parsed
            }
            append = arguments.flag("--append")
            strict = arguments.flag("--strict")
            rejectsFile = try arguments.option("--rejects")
            // Without --org, the organisation the inventory folder's policy names (when there is one).
            organisation = try common.organisation ?? InventoryFiles.policy(in: common.inventory).organisation
            mappingFile = try arguments.option("--mapping")
            if let text = try arguments.option("--taken-on") {
                guard let date = LocalDate(iso: text) else {
                    throw UsageError("--taken-on expects a date as YYYY-MM-DD, found \"\(text)\"")
                }
                takenOn = date
            } else {
                takenOn = common.asOf
            }
            paths = try arguments.positionals()
            guard !paths.isEmpty else {
                throw UsageError("name at least one file or folder to ingest, or - for standard input")
            }
        }

        func run(console: Console) throws -> ExitCode {
            let (files, skipped) = try InventoryFiles.expand(paths)
            for path in skipped { console.note("skipped \(path) (not an inventory file)") }
            guard !files.isEmpty else {
                throw IngestError(file: paths.joined(separator: " "), message: "no inventory files found")
            }
            let mapping = try loadMapping()
            let database = try EstateDatabase(path: common.database)
            let run = IngestRun(
                files: files, format: format, mapping: mapping, takenOn: takenOn, organisation: organisation,
                append: append, strict: strict, keepAllRejects: rejectsFile != nil, console: console)
            do {
                let result = try run.run(on: database)
                IngestRun.printSummary(
                    outcomes: result.outcomes, rejects: result.rejects, rejectCount: result.rejectCount,
                    mergeNotes: result.merge.notes, console: console)
                try writeRejects(result.rejects)
                let snapshot = result.snapshot
                console.note(
                    "snapshot \(snapshot.id) (\(snapshot.takenOn)): \(snapshot.assetCount) assets, \(snapshot.systemCount) systems, \(snapshot.componentCount) components, \(snapshot.rejectCount) rejected; stored in \(common.database)"
                )
                return .success
            } catch let rejection as IngestRun.StrictRejection {
                IngestRun.printSummary(
                    outcomes: rejection.outcomes, rejects: rejection.rejects, rejectCount: rejection.rejectCount,
                    console: console)
                try writeRejects(rejection.rejects)
                console.error("\(rejection.rejectCount) rows rejected under --strict: nothing was stored")
                return .rejectedUnderStrict
            }
        }

        func loadMapping() throws -> HeaderMapping {
            if let mappingFile {
                return try HeaderMapping.parse(try InventoryFiles.read(mappingFile).data, file: mappingFile)
            }
            guard let first = paths.first, first != "-" else { return .none }
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory)
            let folder = isDirectory.boolValue ? first : (first as NSString).deletingLastPathComponent
            return try InventoryFiles.mapping(in: folder.isEmpty ? "." : folder)
        }

        func writeRejects(_ rejects: [Reject]) throws {
            guard let rejectsFile else { return }
            try AtomicFile.write(CSVWriter().render(IngestRun.rejectsTable(rejects)), to: rejectsFile)
        }
    }
}
