/// A subcommand of `estate`: its name, its help, how it reads its arguments and what it does.
protocol Command {
    static var name: String { get }
    /// One line for `estate --help`.
    static var abstract: String { get }
    /// The full `estate NAME --help` text.
    static var help: String { get }
    init(arguments: inout Arguments) throws
    func run(console: Console) throws -> ExitCode
}
