import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-reports [--debug] [estate report options]`
///
/// Builds `estate` and regenerates `Reports/` from the sample estate in `Inventory/`,
/// using a throw-away database so the committed reports depend on the inventory alone.
@main
struct GenerateReports: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let configuration: PackageManager.BuildConfiguration =
            extractor.extractFlag(named: "debug") > 0 ? .debug : .release
        let build = try packageManager.build(.product("estate"), parameters: .init(configuration: configuration))
        guard build.succeeded else {
            Diagnostics.error(build.logText)
            return
        }
        // builtArtifacts can list other executables too: pick estate by name.
        guard
            let estate = build.builtArtifacts.first(where: {
                $0.kind == .executable && $0.url.lastPathComponent == "estate"
            })
        else {
            Diagnostics.error("the build produced no 'estate' executable")
            return
        }
        // The committed reports are pinned to the sample estate's date, so they change only when Estate
        // or the inventory does (the golden-report test in EstateCLITests uses the same date).
        var options = extractor.remainingArguments
        if !options.contains(where: { $0 == "--as-of" || $0.hasPrefix("--as-of=") }) {
            options += ["--as-of", "2026-10-01"]
        }
        let root = context.package.directoryURL
        let database = context.pluginWorkDirectoryURL.appending(path: "reports.sqlite")
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: database.path(percentEncoded: false) + suffix)
        }
        let process = Process()
        process.executableURL = estate.url
        // Run from the package root with relative folders, so the reports name `Inventory/…` wherever the clone is.
        process.currentDirectoryURL = root
        process.arguments =
            ["report", "--inventory", "Inventory", "--out", "Reports", "--db", database.path(percentEncoded: false)]
            + options
        try process.run()
        process.waitUntilExit()
        if process.terminationReason != .exit || process.terminationStatus != 0 {
            Diagnostics.error("estate report failed with status \(process.terminationStatus)")
        }
    }
}
