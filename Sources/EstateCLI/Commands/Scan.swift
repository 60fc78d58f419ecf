import EstateCore
import EstateStore
import Foundation

extension EstateCommand {
    /// `estate scan`: describes this host as Estate JSON, and optionally stores it.
    struct Scan: Command {
        static let name = "scan"
        static let abstract = "describe this host (OS, hardware, disks, network, packages) as Estate JSON"
        static let help = """
            Usage: estate scan [--out FILE] [--db PATH [--append] [--org NAME] [--taken-on YYYY-MM-DD]]

            Reads this host without root where it can: the OS (/etc/os-release, or /etc/redhat-release on old
            systems), kernel, hardware (/sys/class/dmi/id: vendor, product, serial, BIOS version and date;
            "unknown" where unreadable), virtualisation (DMI and CPU flags), CPU model and cores, memory, disks,
            network interfaces and their MAC addresses, and installed packages (the dpkg status file, or rpm -qa).
            On macOS it reads the same facts from the system where it can.

            Writes Estate JSON to standard output, or to FILE with --out. `estate scan | estate ingest -` stores
            it; so does --db, in one step. A scanned host merges with what other sources say about the same
            machine (matched by serial number, then hostname, then MAC address).

              --out FILE        write the JSON to FILE instead of standard output
              --db PATH         also store the scan as a snapshot in the database at PATH
              --append          with --db: add the host to the latest snapshot (replacing an earlier scan of it)
              --org NAME        with --db: the organisation a new snapshot belongs to
              --taken-on DATE   with --db: the date of a new snapshot (default today)
              --root DIR        read /etc, /proc, /sys and /var under DIR (a mounted disk image, or tests)

            Exit codes: 0 success; 1 failure; 64 usage error.
            """

        var out: String?
        var database: String?
        var append: Bool
        var organisation: String?
        var takenOn: LocalDate
        var root: String

        init(arguments: inout Arguments) throws {
            out = try arguments.option("--out")
            database = try arguments.option("--db")
            append = arguments.flag("--append")
            organisation = try arguments.option("--org")
            root = try arguments.option("--root") ?? "/"
            if let text = try arguments.option("--taken-on") {
                guard let date = LocalDate(iso: text) else {
                    throw UsageError("--taken-on expects a date as YYYY-MM-DD, found \"\(text)\"")
                }
                takenOn = date
            } else {
                takenOn = CommonOptions.today()
            }
            try arguments.finish()
            if database == nil, append || organisation != nil {
                throw UsageError("--append and --org need --db PATH")
            }
        }

        func run(console: Console) throws -> ExitCode {
            let scan = HostProbe(root: root).scan()
            let json = scan.estateJSON(
                generator: "estate scan \(EstateCommand.version)",
                generatedAt: Date.now.formatted(Date.ISO8601FormatStyle()), seenOn: takenOn)
            if let out {
                try AtomicFile.write(json, to: out)
                console.note("wrote \(out)")
            } else if database == nil {
                console.out(json)
            }
            guard let database else { return .success }
            let name = "estate-scan:\(scan.record().asset.hostname ?? "host")"
            let run = IngestRun(
                files: [], format: .estateScan, mapping: .none, takenOn: takenOn, organisation: organisation,
                append: append, strict: false, keepAllRejects: false, console: console,
                extraInputs: [InputFile(path: name, data: Data(json.utf8))])
            let result = try run.run(on: EstateDatabase(path: database))
            IngestRun.printSummary(
                outcomes: result.outcomes, rejects: result.rejects, rejectCount: result.rejectCount,
                mergeNotes: result.merge.notes, console: console)
            console.note(
                "snapshot \(result.snapshot.id) (\(result.snapshot.takenOn)): \(result.snapshot.assetCount) assets; stored in \(database)"
            )
            return .success
        }
    }
}
