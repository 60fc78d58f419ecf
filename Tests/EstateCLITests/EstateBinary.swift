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
    static func run(_ arguments: [String], in directory: URL? = nil, input: Data? = nil, environment: [String: String] = [:])
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
        let out = Pipe()
        let err = Pipe()
        let inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(input) }
        try inPipe.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        var stdoutData = Data()
        var stderrData = Data()
        let group = DispatchGroup()
        let queue = DispatchQueue(label: "estate-test-pipes", attributes: .concurrent)
        let lock = NSLock()
        group.enter()
        queue.async {
            let data = out.fileHandleForReading.readDataToEndOfFile()
            lock.withLock { stdoutData = data }
            group.leave()
        }
        group.enter()
        queue.async {
            let data = err.fileHandleForReading.readDataToEndOfFile()
            lock.withLock { stderrData = data }
            group.leave()
        }
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
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
