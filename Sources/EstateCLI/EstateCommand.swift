import EstateCore
import EstateStore
import Foundation

/// The `estate` command line: picks the subcommand, runs it, turns errors into messages and exit codes.
public enum EstateCommand {
    public static let version = "0.1.0"

    static let commands: [CommandEntry] = [
        CommandEntry(Ingest.self), CommandEntry(Scan.self), CommandEntry(Report.self), CommandEntry(Roadmap.self),
        CommandEntry(Carbon.self), CommandEntry(Debt.self), CommandEntry(Cloud.self), CommandEntry(Finance.self),
        CommandEntry(History.self), CommandEntry(Diff.self), CommandEntry(Review.self),
        CommandEntry(Catalogue.self), CommandEntry(Sample.self),
    ]

    static var help: String {
        let width = commands.map { $0.name.count }.max() ?? 0
        let list = commands.map {
            "  \($0.name.padding(toLength: width, withPad: " ", startingAt: 0))   \($0.abstract)"
        }
        return """
            estate: ICT inventories into decisions (support lifecycle, debt, cloud, carbon, finance).

            Usage: estate COMMAND [OPTIONS]

            Commands:
            \(list.joined(separator: "\n"))

            With no options, commands work on the sample estate in Inventory/ and ./estate.sqlite.
            `estate COMMAND --help` describes a command.

            Exit codes: 0 success; 1 failure; 2 rows rejected under --strict (nothing stored); 64 usage error.
            """
    }

    /// Runs `estate` with the process's arguments and exits.
    public static func main() async {
        AllocatorTuning.apply()
        let code = run(Array(CommandLine.arguments.dropFirst()), console: Console())
        exit(code.rawValue)
    }

    /// Runs one command line; returns the exit code.
    static func run(_ tokens: [String], console: Console) -> ExitCode {
        guard let name = tokens.first else {
            console.note(help)
            return .usage
        }
        if name == "--help" || name == "-h" || name == "help" {
            if tokens.count > 1, let command = commands.first(where: { $0.name == tokens[1] }) {
                console.out(command.help + "\n")
            } else {
                console.out(help + "\n")
            }
            return .success
        }
        if name == "--version" {
            console.out("estate \(version)\n")
            return .success
        }
        guard let entry = commands.first(where: { $0.name == name }) else {
            console.error(
                "unknown command \"\(name)\"; commands are \(commands.map(\.name).joined(separator: ", ")) (estate --help)"
            )
            return .usage
        }
        var arguments = Arguments(Array(tokens.dropFirst()))
        if arguments.wantsHelp {
            console.out(entry.help + "\n")
            return .success
        }
        do {
            return try entry.execute(&arguments, console)
        } catch let error as UsageError {
            console.error("\(error.description) (estate \(name) --help)")
            return .usage
        } catch {
            console.error(String(describing: error))
            return .failure
        }
    }
}
