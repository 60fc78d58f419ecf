/// A subcommand of `estate`: its name, its help, how it reads its arguments and what it does.
protocol Command: SendableMetatype {
    static var name: String { get }
    /// One line for `estate --help`.
    static var abstract: String { get }
    /// The full `estate NAME --help` text.
    static var help: String { get }
    init(arguments: inout Arguments) throws
    func run(console: Console) throws -> ExitCode
}

extension Command {
    /// Reads the arguments and runs the command.
    static func execute(_ arguments: inout Arguments, console: Console) throws -> ExitCode {
        let command = try Self(arguments: &arguments)
        return try command.run(console: console)
    }
}

/// A command as the dispatcher lists it: its name, help and how to run it.
struct CommandEntry: Sendable {
    var name: String
    var abstract: String
    var help: String
    var execute: @Sendable (inout Arguments, Console) throws -> ExitCode

    init<C: Command>(_: C.Type) {
        name = C.name
        abstract = C.abstract
        help = C.help
        execute = { arguments, console in try C.execute(&arguments, console: console) }
    }
}
