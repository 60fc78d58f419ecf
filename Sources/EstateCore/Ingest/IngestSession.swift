import Foundation

/// Reads inventory files into a sink, one snapshot's worth at a time.
///
/// Good records go to the sink as they are read; each bad one becomes a ``Reject`` with its
/// file, line, column and reason, and its raw text. Ids must be unique across all the files of
/// one session: a second asset with the same id is rejected, naming where the first was. The sink finds the
/// first (the store by its unique index), so a session's memory does not grow with the rows it reads.
///
/// Host-shaped sources (scans, agents, consoles, package lists; see ``InputFormat/isHostShaped``) are held
/// until ``finish(into:)``, which merges the records that describe the same machine into one asset.
public struct IngestSession {
    public var mapping: HeaderMapping
    /// Called now and then with the bytes read so far of the current file, for a progress line.
    public var progress: (@Sendable (_ bytesRead: Int, _ totalBytes: Int) -> Void)?
    /// The systems read so far: registers of systems are short, so they are remembered here.
    var systemSeen: [String: Sighting] = [:]
    /// Host-shaped records and SBOM systems waiting for ``finish(into:)``, and what they may merge into.
    var merging = MergeBuffer()

    public init(mapping: HeaderMapping = .none, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.mapping = mapping
        self.progress = progress
    }

    /// What one file gave.
    public struct Outcome: Sendable {
        public var source: SourceRecord
        /// Things worth telling the user that are not rejects (columns not read, for example).
        public var notes: [String]
    }

    /// Reads `file` (detecting its format unless `format` is given) into `sink`.
    /// - Throws: ``IngestError`` when the file as a whole cannot be read; errors the sink throws.
    public mutating func ingest<Sink: IngestSink>(
        _ file: InputFile, format: InputFormat? = nil, into sink: inout Sink
    ) throws -> Outcome {
        let original = file.data
        let (utf8, encodingNote) = TextEncoding.utf8(file.data)
        let file = InputFile(path: file.path, data: utf8)
        let resolved = try format ?? FormatDetector(mapping: mapping).format(of: file)
        var checksum = ""
        var source: Int64 = 0
        // An asset register read as it is (no change of encoding) is hashed by the thread that reads it, piece by
        // piece behind the records, and its source row gets the checksum at the end.
        let hashesWhileReading = resolved == .assetsCSV && encodingNote == nil
        // The checksum and the source row; an asset register is already being read meanwhile.
        func begin() throws {
            if !hashesWhileReading { checksum = SHA256.hex(of: original) }
            source = try sink.beginSource(path: file.path, format: resolved.rawValue, checksum: checksum)
            merging.sourcePaths[source] = file.path
        }
        if resolved != .assetsCSV { try begin() }
        var counts = Counts()
        var notes: [String] = []
        let progress = self.progress
        switch resolved {
        case .assetsCSV:
            let reading = try Self.readCSVConcurrently(
                file, progress: progress, mapping: mapping, build: { RecordBuilders.asset(&$0) },
                hashing: hashesWhileReading, beforeHandling: begin
            ) { item in
                switch item {
                case .record(let asset, let line, let bytes):
                    try accept(
                        asset: asset, file: file.path, line: line, raw: file.text(bytes), source: source,
                        counts: &counts, sink: &sink)
                case .reject(let bad): try Self.reject(bad, source: source, counts: &counts, sink: &sink)
                }
            }
            notes = reading.notes
            if let digest = reading.checksum {
                checksum = digest
                try sink.setChecksum(digest, ofSource: source)
            }
        case .systemsCSV:
            notes = try Self.readCSV(file, progress: progress, mapping: mapping, build: RecordBuilders.system) { item in
                switch item {
                case .record(let system, let line, let bytes):
                    try accept(
                        system: system, file: file.path, line: line, raw: file.text(bytes), source: source,
                        counts: &counts, sink: &sink)
                case .reject(let bad): try Self.reject(bad, source: source, counts: &counts, sink: &sink)
                }
            }
        case .componentsCSV:
            notes = try Self.readCSV(
                file, progress: progress, mapping: mapping, build: { RecordBuilders.component(&$0) }
            ) { item in
                switch item {
                case .record(let component, let line, _):
                    try sink.add(component, source: source, line: line)
                    counts.accepted += 1
                case .reject(let bad): try Self.reject(bad, source: source, counts: &counts, sink: &sink)
                }
            }
        case .estateJSON:
            notes = try readEstateJSON(file, source: source, counts: &counts, sink: &sink)
        case .snipeITCSV:
            notes = try readSnipeIT(file, source: source, counts: &counts, sink: &sink)
        case .estateScan, .osqueryJSON, .ansibleFacts, .cycloneDXJSON, .spdxJSON, .dpkgStatus, .dpkgList, .rpmQuery,
            .dmidecode, .systeminfo, .registryUninstall, .glpiJSON, .intuneCSV, .netBoxCSV, .rvToolsCSV:
            notes = try readHostShaped(file, format: resolved, source: source, counts: &counts, sink: &sink)
        }
        if let encodingNote { notes.insert(encodingNote, at: 0) }
        try sink.endSource(source, accepted: counts.accepted, rejected: counts.rejected)
        let record = SourceRecord(
            path: file.path, format: resolved.rawValue, checksum: checksum, accepted: counts.accepted,
            rejected: counts.rejected)
        return Outcome(source: record, notes: notes)
    }

    struct Counts {
        var accepted = 0
        var rejected = 0
    }

    mutating func accept<Sink: IngestSink>(
        asset: Asset, file: String, line: Int, raw: @autoclosure () -> String, source: Int64, counts: inout Counts,
        sink: inout Sink
    ) throws {
        if let first = try sink.addUnlessDuplicate(asset, source: source, line: line) {
            let sighting = Sighting(path: merging.path(first.source), line: first.line)
            let duplicate = Reject(
                file: file, line: line, field: "id",
                reason: "duplicate asset id \"\(asset.id)\": first seen at \(sighting)", raw: raw())
            return try Self.reject(duplicate, source: source, counts: &counts, sink: &sink)
        }
        counts.accepted += 1
    }

    mutating func accept<Sink: IngestSink>(
        system: System, file: String, line: Int, raw: @autoclosure () -> String, source: Int64, counts: inout Counts,
        sink: inout Sink
    ) throws {
        if let duplicate = Self.claim(system.id, noun: "system", in: &systemSeen, file: file, line: line, raw: raw()) {
            return try Self.reject(duplicate, source: source, counts: &counts, sink: &sink)
        }
        try sink.add(system, source: source, line: line)
        merging.registered(system)
        counts.accepted += 1
    }

    /// Where an id was first seen: `assets.csv:12`. Kept as the path (shared, not copied) and the line, so
    /// claiming a million ids formats no text until one repeats.
    struct Sighting: CustomStringConvertible {
        var path: String
        var line: Int

        var description: String { "\(path):\(line)" }
    }

    /// Records where an id was first seen; for a second sighting, the reject that names the first.
    static func claim(
        _ id: String, noun: String, in seen: inout [String: Sighting], file: String, line: Int,
        raw: @autoclosure () -> String
    ) -> Reject? {
        // One lookup for the usual case, a new id; a repeat puts the first sighting back.
        guard let first = seen.updateValue(Sighting(path: file, line: line), forKey: id) else { return nil }
        seen[id] = first
        return Reject(
            file: file, line: line, field: "id", reason: "duplicate \(noun) id \"\(id)\": first seen at \(first)",
            raw: raw())
    }

    static func reject<Sink: IngestSink>(_ reject: Reject, source: Int64, counts: inout Counts, sink: inout Sink) throws
    {
        try sink.add(reject, source: source)
        counts.rejected += 1
    }

    /// One record read: the value built, or why it was rejected.
    enum Item<Value> {
        case record(Value, line: Int, bytes: Range<Int>)
        case reject(Reject)
    }

    /// Reads a CSV file whose header names `Field`s, building each record and handing it on.
    ///
    /// `consumed`, when given, is called every thousand or so records with the offset of the end of the last
    /// one, so a caller can hash the bytes behind the reader while they are still in the cache.
    static func readCSV<Field: InventoryField, Value>(
        _ file: InputFile, progress: (@Sendable (Int, Int) -> Void)?, mapping: HeaderMapping = .none,
        consumed: ((Int) -> Void)? = nil, build: (inout FieldReader<Field>) -> Value?,
        handle: (Item<Value>) throws -> Void
    ) throws -> [String] {
        let reader = CSVReader(data: file.data)
        var layout: FieldLayout<Field>?
        let total = file.data.count
        var sinceProgress = 0
        var sinceConsumed = 0
        try reader.forEachRecord { record in
            sinceConsumed += 1
            if sinceConsumed == 1_024, let consumed {
                sinceConsumed = 0
                consumed(record.byteRange.upperBound)
            }
            guard let layout else {
                if let problem = record.problem { throw headerError(problem, in: file, line: record.line) }
                layout = FieldLayout<Field>(headers: record.fields, mapping: mapping)
                return
            }
            sinceProgress += 1
            if sinceProgress == 16_384, let progress {
                sinceProgress = 0
                progress(record.byteRange.upperBound, total)
            }
            if let problem = record.problem {
                try handle(
                    .reject(
                        Reject(
                            file: file.path, line: record.line, column: problem.column, reason: problem.message,
                            raw: reader.rawText(of: record))))
                return
            }
            guard record.fields.count == layout.headers.count else {
                try handle(
                    .reject(
                        Reject(
                            file: file.path, line: record.line,
                            column: min(record.fields.count, layout.headers.count) + 1,
                            reason:
                                "expected \(layout.headers.count) fields as in the header, found \(record.fields.count)",
                            raw: reader.rawText(of: record))))
                return
            }
            var cells = FieldReader(layout: layout, values: record.fields)
            if let value = build(&cells) {
                try handle(.record(value, line: record.line, bytes: record.byteRange))
            } else {
                try handle(
                    .reject(cells.problems.reject(file: file.path, line: record.line, raw: reader.rawText(of: record))))
            }
        }
        guard let layout else {
            throw IngestError(file: file.path, line: 1, message: "the file is empty: expected a header row and records")
        }
        return notes(for: layout)
    }

    /// A malformed header stops the file: without its column names no row can be read.
    static func headerError(_ problem: CSVProblem, in file: InputFile, line: Int) -> IngestError {
        IngestError(
            file: file.path, line: line, column: problem.column,
            message: "the header row cannot be read: \(problem.message)")
    }

    static func notes<Field: InventoryField>(for layout: FieldLayout<Field>) -> [String] {
        var notes: [String] = []
        if !layout.unknownHeaders.isEmpty {
            notes.append(
                "columns not read (no matching field; map them in mapping.json): \(layout.unknownHeaders.joined(separator: ", "))"
            )
        }
        if !layout.duplicateHeaders.isEmpty {
            notes.append(
                "columns not read (an earlier column supplies the same field): \(layout.duplicateHeaders.joined(separator: ", "))"
            )
        }
        return notes
    }
}

extension IngestSession.Item: Sendable where Value: Sendable {}
