import Foundation
import Testing

@testable import EstateCore

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ])
    func matchesTheNISTVectors(message: String, digest: String) {
        #expect(SHA256.hex(of: Data(message.utf8)) == digest)
    }

    @Test func matchesTheNISTVectorForOneMillionA() {
        let million = Data(repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(of: million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func givesTheSameDigestForAnyWayOfSplittingTheInput() {
        let bytes = Data((0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        let whole = SHA256.hex(of: bytes)
        for pieceSize in [1, 3, 55, 56, 63, 64, 65, 127, 999] {
            var hash = SHA256()
            var offset = 0
            while offset < bytes.count {
                let end = min(offset + pieceSize, bytes.count)
                hash.update(bytes.subdata(in: offset..<end))
                offset = end
            }
            #expect(SHA256.hex(hash.finalize()) == whole, "pieces of \(pieceSize)")
        }
    }

    @Test func padsMessagesAroundTheBlockBoundary() {
        // Lengths 55, 56 and 64 need one, two and two padding blocks.
        #expect(
            SHA256.hex(of: Data(repeating: 0x61, count: 55))
                == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(
            SHA256.hex(of: Data(repeating: 0x61, count: 56))
                == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(
            SHA256.hex(of: Data(repeating: 0x61, count: 64))
                == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    @Test func leavesTheDigestOpenAfterFinalizing() {
        var hash = SHA256()
        hash.update(Data("ab".utf8))
        _ = hash.finalize()
        hash.update(Data("c".utf8))
        #expect(SHA256.hex(hash.finalize()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func matchesSha256sumOnAGeneratedFile() throws {
        let tool = URL(filePath: "/usr/bin/sha256sum")
        try #require(FileManager.default.isExecutableFile(atPath: tool.path), "sha256sum is not installed")
        let directory = FileManager.default.temporaryDirectory
            .appending(path: "estate-sha-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "generated.bin")
        var state: UInt32 = 2_463_534_242
        var bytes = [UInt8]()
        bytes.reserveCapacity(3_000_017)
        for _ in 0..<3_000_017 {
            state ^= state << 13
            state ^= state >> 17
            state ^= state << 5
            bytes.append(UInt8(truncatingIfNeeded: state))
        }
        try Data(bytes).write(to: file)

        let process = Process()
        process.executableURL = tool
        process.arguments = [file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let expected = try #require(String(decoding: output, as: UTF8.self).split(separator: " ").first)

        let mapped = try Data(contentsOf: file, options: .alwaysMapped)
        #expect(SHA256.hex(of: mapped) == String(expected))
    }
}
