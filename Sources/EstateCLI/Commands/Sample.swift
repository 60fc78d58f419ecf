import EstateCore
import EstateSample
import Foundation

extension EstateCommand {
    /// `estate sample`: writes a synthetic council estate.
    struct Sample: Command {
        static let name = "sample"
        static let abstract = "write a synthetic council estate of any size (demos, tests, benchmarks)"
        static let help = """
            Usage: estate sample [--assets N] [--seed S] [--out DIR] [--as-of YYYY-MM-DD]

            Writes the inventory files of a fictional London borough (\(SampleEstate.organisation)):
            an asset register, a server register, a systems register, installed components and a depot
            stocktake with deliberately bad rows. The same seed, size and date always give byte-identical files.
            (Inventory/policy.json is written by hand; without one, Estate's documented defaults apply.)
            At the standard size it also writes the same council a year earlier into history/YYYY-MM-DD/
            and a smaller neighbour, \(SampleEstate.secondOrganisationName), with its own policy.json,
            into organisations/\(SampleEstate.secondOrganisationFolder)/; --assets sizes write neither.
            With no options it writes the sample committed in Inventory/.

              --assets N     about N assets in all (default \(SampleEstate.standard.tally().assets))
              --seed S       the random seed (default \(SampleEstate.defaultSeed))
              --out DIR      where to write (default Inventory/)
              --as-of DATE   the date the estate is pictured on (default \(SampleEstate.defaultAsOf))
              -h, --help     this help

            Prints the files written on standard output.
            """

        var sample: SampleEstate
        var output: String

        init(arguments: inout Arguments) throws {
            var seed = SampleEstate.defaultSeed
            if let text = try arguments.option("--seed") {
                guard let value = UInt64(text) else {
                    throw UsageError("--seed expects a whole number, found \"\(text)\"")
                }
                seed = value
            }
            var asOf = SampleEstate.defaultAsOf
            if let text = try arguments.option("--as-of") {
                guard let date = LocalDate(iso: text) else {
                    throw UsageError("--as-of expects a date as YYYY-MM-DD, found \"\(text)\"")
                }
                asOf = date
            }
            if let text = try arguments.option("--assets") {
                guard let count = Int(text), count > 0 else {
                    throw UsageError("--assets expects a whole number above 0, found \"\(text)\"")
                }
                sample = SampleEstate(seed: seed, totalAssets: count, asOf: asOf)
            } else {
                sample = SampleEstate(seed: seed, asOf: asOf)
            }
            output = try arguments.option("--out") ?? "Inventory"
            try arguments.finish()
        }

        func run(console: Console) throws -> ExitCode {
            let written = try SampleWriter.write(sample, to: URL(fileURLWithPath: output))
            for path in written { console.out(path + "\n") }
            return .success
        }
    }
}
