import Foundation
import Testing

/// Runs the built `estate` executable, as a user would.
struct EstateBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `estate` beside the test bundle in the build folder.
    static var executable: URL {
        get throws {
            let exe = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            var folder = exe.deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("estate")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                folder = folder.deletingLastPathComponent()
            }
            let fallback = packageRoot.appendingPathComponent(".build/debug/estate")
            try #require(FileManager.default.isExecutableFile(atPath: fallback.path), "build estate first: swift build")
            return fallback
        }
    }

    /// Runs `estate ARGS` in `directory`, feeding `input` on standard input.
    static func run(
        _ arguments: [String], in directory: URL? = nil, input: Data? = nil, environment: [String: String] = [:]
    )
        throws -> Result
    {
        let process = Process()
        process.executableURL = try executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["ESTATE_DB"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Standard output and error go to files, so a large output can never block the child.
        let scratch = try temporaryDirectory()
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(input) }
        try inPipe.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        defer { try? FileManager.default.removeItem(at: scratch) }
        return Result(
            status: process.terminationStatus, stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8))
    }

    /// A fresh temporary folder for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("estate-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func fixture(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/EstateCLITests/Fixtures").appendingPathComponent(name)
    }
}
