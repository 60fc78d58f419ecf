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
        let root = context.package.directoryURL
        let database = context.pluginWorkDirectoryURL.appending(path: "reports.sqlite")
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: database.path(percentEncoded: false) + suffix)
        }
        let process = Process()
        process.executableURL = estate.url
        process.arguments =
            [
                "report",
                "--inventory", root.appending(path: "Inventory").path(percentEncoded: false),
                "--out", root.appending(path: "Reports").path(percentEncoded: false),
                "--db", database.path(percentEncoded: false),
            ] + extractor.remainingArguments
        try process.run()
        process.waitUntilExit()
        if process.terminationReason != .exit || process.terminationStatus != 0 {
            Diagnostics.error("estate report failed with status \(process.terminationStatus)")
        }
    }
}
