import Dispatch
import Foundation

extension IngestSession {
    /// ``readCSV(_:progress:mapping:build:handle:)`` with the reading on another core: one thread parses the
    /// bytes and builds the records while the caller hands them to the sink (the store's inserts), so a
    /// million-row register costs the longer of the two, not their sum.
    ///
    /// Records reach `handle` in file order, in batches. `beforeHandling` runs on the calling thread while the
    /// first records are being read (the sink's source row). When `handle` throws, reading stops and the error
    /// is rethrown.
    ///
    /// With `hashing`, the reading thread also works out the file's SHA-256, a piece at a time just behind the
    /// records it has read, and the result carries it: the checksum then costs the storing thread nothing.
    static func readCSVConcurrently<Field: InventoryField, Value: Sendable>(
        _ file: InputFile, progress: (@Sendable (Int, Int) -> Void)?, mapping: HeaderMapping,
        build: @escaping @Sendable (inout FieldReader<Field>) -> Value?, hashing: Bool = false,
        beforeHandling: () throws -> Void, handle: (Item<Value>) throws -> Void
    ) throws -> CSVReading {
        let channel = RecordChannel<Item<Value>>(capacity: 8)
        DispatchQueue.global().async {
            do {
                var batch: [Item<Value>] = []
                batch.reserveCapacity(RecordChannel<Item<Value>>.batchSize)
                var digest = SHA256()
                var hashed = 0
                var pages = file.data.withUnsafeBytes { MappedPages($0) }
                // Hashes the bytes read so far, then lets their pages go.
                func consumed(upTo end: Int) {
                    if hashing, end > hashed {
                        file.data.withUnsafeBytes { digest.update(UnsafeRawBufferPointer(rebasing: $0[hashed..<end])) }
                        hashed = end
                    }
                    pages.release(upTo: end)
                }
                let notes = try readCSV(
                    file, progress: progress, mapping: mapping, consumed: { consumed(upTo: $0) }, build: build
                ) { item in
                    batch.append(item)
                    guard batch.count == RecordChannel<Item<Value>>.batchSize else { return }
                    guard channel.send(batch) else { throw CancellationError() }
                    batch.removeAll(keepingCapacity: true)
                }
                if !batch.isEmpty { _ = channel.send(batch) }
                var checksum: String?
                consumed(upTo: file.data.count)
                if hashing { checksum = SHA256.hex(digest.finalize()) }
                channel.finish(.success(CSVReading(notes: notes, checksum: checksum)))
            } catch {
                channel.finish(.failure(error))
            }
        }
        do {
            try beforeHandling()
            while let batch = channel.receive() {
                for item in batch { try handle(item) }
            }
        } catch {
            channel.cancel()
            _ = channel.result()
            throw error
        }
        return try channel.result().get()
    }
}

/// What reading a CSV file on another thread gave besides its records.
struct CSVReading: Sendable {
    /// Notes about the header (columns not read).
    var notes: [String]
    /// The file's SHA-256 in hexadecimal, when it was asked for.
    var checksum: String?
}

/// Batches of records passed from the thread that reads a file to the thread that stores them, at most
/// `capacity` batches waiting, so reading never runs far ahead of storing.
final class RecordChannel<Element: Sendable>: @unchecked Sendable {
    /// Records per batch: large enough that handing over costs nothing, small enough to stay in cache.
    static var batchSize: Int { 2_048 }

    private let capacity: Int
    // Every field below is read and written only with `condition` locked.
    private let condition = NSCondition()
    private var waiting: [[Element]] = []
    private var head = 0
    private var outcome: Result<CSVReading, any Error>?
    private var isCancelled = false

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Queues a batch, waiting while `capacity` are queued; `false` once the receiver has cancelled.
    func send(_ batch: [Element]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count - head >= capacity && !isCancelled { condition.wait() }
        guard !isCancelled else { return false }
        waiting.append(batch)
        condition.broadcast()
        return true
    }

    /// Ends the stream with the reader's notes or its error.
    func finish(_ result: Result<CSVReading, any Error>) {
        condition.lock()
        outcome = result
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, or `nil` when the reader has finished and every batch has been taken.
    func receive() -> [Element]? {
        condition.lock()
        defer { condition.unlock() }
        while head == waiting.count && outcome == nil { condition.wait() }
        guard head < waiting.count else { return nil }
        let batch = waiting[head]
        waiting[head] = []
        head += 1
        if head > 64 {
            waiting.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return batch
    }

    /// Tells the reader to stop.
    func cancel() {
        condition.lock()
        isCancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// How the reader ended, waiting for it to end.
    func result() -> Result<CSVReading, any Error> {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let outcome { return outcome }
            condition.wait()
        }
    }
}
