import Foundation
import Testing

@testable import EstateCore

/// Replays every input the fuzzers (`Fuzz/run.sh`) ever crashed or hung on, and the hostile inputs kept beside
/// them, through the same readers the fuzz target drives: each must now finish without a crash.
///
/// Inputs live in `Fixtures/fuzz-regressions/TARGET/`, one file each, named after the target that found them.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-regressions")

    static let fuzzTargets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz/Targets")

    /// What each fuzz target in `Fuzz/Targets` does with one input; keep the two in step.
    static let targets: [String: @Sendable (Data) -> Void] = [
        "csv": { data in
            let reader = CSVReader(data: data, maximumRecordBytes: 512)
            reader.forEachRecord { record in _ = reader.rawText(of: record) }
            ingest(data, path: "assets.csv", as: [.assetsCSV, .systemsCSV, .componentsCSV])
        },
        "estate-json": { data in
            _ = try? JSONParser(maximumDepth: 64).parse(data)
            ingest(data, path: "estate.json", as: [.estateJSON])
        },
        "endoflife-json": { data in
            let asOf = LocalDate(year: 2026, month: 11, day: 21) ?? LocalDate(daysSinceEpoch: 0)
            _ = try? LifecycleImport.api(data, file: "ubuntu.json", asOf: asOf)
            _ = try? LifecycleImport.apiV0(data, file: "ubuntu.json", asOf: asOf)
            _ = try? LifecycleImport.apiV1(data, file: "ubuntu.json", asOf: asOf)
        },
        "osquery": { ingest($0, path: "web-01.osquery.json", as: [.osqueryJSON]) },
        "ansible": { ingest($0, path: "fs-01.cache.json", as: [.ansibleFacts]) },
        "cyclonedx": { ingest($0, path: "housing.cdx.json", as: [.cycloneDXJSON]) },
        "spdx": { ingest($0, path: "housing.spdx.json", as: [.spdxJSON]) },
        "dpkg": { ingest($0, path: "web-01.dpkg-status", as: [.dpkgStatus, .dpkgList]) },
        "rpm": { ingest($0, path: "db-01.rpm-qa.txt", as: [.rpmQuery]) },
        "dmidecode": { ingest($0, path: "db-01.dmidecode.txt", as: [.dmidecode]) },
        "systeminfo": { ingest($0, path: "LT-0042.systeminfo.txt", as: [.systeminfo, .registryUninstall]) },
        "dates": { data in
            let text = String(decoding: data, as: UTF8.self)
            if case .success(let date) = ValueParser.date(text) {
                #expect(ValueParser.date(date.description) == .success(date), "\(text.debugDescription)")
            }
            _ = LocalDate(iso: text)
        },
        "money": { data in
            let text = String(decoding: data, as: UTF8.self)
            _ = ValueParser.money(text)
            _ = ValueParser.integer(text)
            _ = ValueParser.bool(text)
        },
        "sizes": { data in
            let text = String(decoding: data, as: UTF8.self)
            _ = ValueParser.size(text, convention: .memory)
            _ = ValueParser.size(text, convention: .storage, defaultUnit: .giga)
        },
    ]

    static func ingest(_ data: Data, path: String, as formats: [InputFormat]) {
        for format in formats {
            var session = IngestSession()
            var sink = CollectingSink()
            _ = try? session.ingest(InputFile(path: path, data: data), format: format, into: &sink)
            _ = try? session.finish(into: &sink)
        }
    }

    /// Every kept input, as `TARGET/NAME`.
    static func inputs() -> [String] {
        let manager = FileManager.default
        guard let folders = try? manager.contentsOfDirectory(atPath: folder.path) else { return [] }
        return folders.sorted().flatMap { target in
            let files = (try? manager.contentsOfDirectory(atPath: folder.appendingPathComponent(target).path)) ?? []
            return files.filter { !$0.hasPrefix(".") }.sorted().map { "\(target)/\($0)" }
        }
    }

    @Test(arguments: inputs())
    func aKeptInputNoLongerCrashesItsTarget(input: String) throws {
        let target = String(input.prefix { $0 != "/" })
        let body = try #require(Self.targets[target], "no fuzz target \(target) for \(input)")
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(input))
        let started = ContinuousClock.now
        body(data)
        #expect(ContinuousClock.now - started < .seconds(10), "\(input) took too long")
    }

    @Test func everyFuzzTargetIsReplayedHereAndEveryKeptInputNamesOne() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.fuzzTargets.path)
        let names = Set(files.filter { $0.hasSuffix(".swift") }.map { String($0.dropLast(".swift".count)) })
        #expect(names == Set(Self.targets.keys))
        #expect(!Self.inputs().isEmpty)
        for input in Self.inputs() { #expect(names.contains(String(input.prefix { $0 != "/" })), "\(input)") }
    }
}
