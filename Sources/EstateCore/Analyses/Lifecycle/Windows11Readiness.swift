import Foundation

/// Whether a Windows PC can run Windows 11, by Microsoft's published minimum requirements.
///
/// The rule, from Microsoft's "Windows 11 specifications and system requirements" and its lists of
/// supported processors (Intel and AMD):
/// - TPM version 2.0;
/// - a supported processor: Intel Core 8th generation or later (Core Ultra included), AMD Ryzen 2000
///   series or later except the first-generation Zen 2000-series APUs (Ryzen 2200G, 2400G and their
///   "GE" variants), Intel Xeon and AMD EPYC are not judged (servers do not run Windows 11);
/// - at least 4 GB of memory;
/// - at least 64 GB of storage.
///
/// A requirement the inventory does not record is `unknown`, never assumed met or failed.
public struct Windows11Readiness: Sendable, Hashable {
    public enum Verdict: String, Sendable, Hashable {
        case capable
        case notCapable = "not-capable"
        case unknown
    }

    public var verdict: Verdict
    /// The requirements failed, in words (`TPM 1.2 (needs 2.0)`).
    public var failures: [String]
    /// The requirements the inventory does not record.
    public var unknowns: [String]

    public static let minimumMemoryBytes: Int64 = 4 << 30
    public static let minimumStorageBytes: Int64 = 64_000_000_000
    /// Storage figures are often the disk's marketed size, so a little under 64 GB passes.
    static let storageFloorBytes: Int64 = minimumStorageBytes * 95 / 100

    /// Judges an asset from its TPM, processor, memory and storage.
    public init(asset: Asset) {
        var failures: [String] = []
        var unknowns: [String] = []
        switch Self.tpmMajor(asset.tpmVersion) {
        case .some(let major) where major >= 2: break
        case .some(0): failures.append("no TPM (needs TPM 2.0)")
        case .some(let major): failures.append("TPM \(major).x (needs 2.0)")
        case .none: unknowns.append("TPM")
        }
        switch Self.processorSupported(asset.cpu) {
        case .some(true): break
        case .some(false): failures.append("processor \(asset.cpu ?? "") is not on Microsoft's supported list")
        case .none: unknowns.append("processor")
        }
        if let memory = asset.memoryBytes {
            if memory < Self.minimumMemoryBytes { failures.append("memory below 4 GB") }
        } else {
            unknowns.append("memory")
        }
        if let storage = asset.storageBytes {
            if storage < Self.storageFloorBytes { failures.append("storage below 64 GB") }
        } else {
            unknowns.append("storage")
        }
        self.failures = failures
        self.unknowns = unknowns
        verdict = !failures.isEmpty ? .notCapable : (unknowns.isEmpty ? .capable : .unknown)
    }

    /// `2.0` → 2, `1.2` → 1, `none`/`no`/`0` → 0; nil when not recorded or unreadable.
    static func tpmMajor(_ text: String?) -> Int? {
        guard let text, !text.isEmpty else { return nil }
        let folded = HeaderKey.fold(text)
        if ["none", "no", "absent", "notpresent", "0", "disabled"].contains(folded) { return 0 }
        guard let first = text.first(where: { $0.isNumber }), let major = first.wholeNumberValue else { return nil }
        return major
    }

    /// Whether a processor name is on Microsoft's Windows 11 lists; nil when the name does not say.
    static func processorSupported(_ name: String?) -> Bool? {
        guard let name else { return nil }
        let text = name.lowercased()
        if text.contains("core(tm) ultra") || text.contains("core ultra") { return true }
        if text.contains("intel") || text.contains("core(tm)") || text.contains("core i") {
            guard let generation = intelCoreGeneration(text) else {
                if text.contains("celeron") || text.contains("pentium") || text.contains("atom") { return nil }
                return text.contains("core(tm)2") || text.contains("core 2") ? false : nil
            }
            return generation >= 8
        }
        if text.contains("ryzen") {
            guard let model = ryzenModel(text) else { return nil }
            if model / 1000 == 2, text.contains("\(model)g") { return false }  // Zen 2000-series APUs
            return model >= 2000
        }
        return nil
    }

    /// `Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz` → 8; `i7-1165G7` → 11; `i5-12500` → 12; `i5-4590` → 4.
    ///
    /// Reads the first `i3-`, `i5-`, `i7-` or `i9-` followed by three to five digits (scanned as bytes: every
    /// PC in the estate is judged, so no regular expression per asset).
    static func intelCoreGeneration(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        for start in bytes.indices where start + 6 <= bytes.count {
            guard bytes[start] == UInt8(ascii: "i"), Self.isOddDigit(bytes[start + 1]),
                bytes[start + 2] == UInt8(ascii: "-")
            else { continue }
            var end = start + 3
            while end < bytes.count, end - (start + 3) < 5, Self.isDigit(bytes[end]) { end += 1 }
            let digits = Array(bytes[(start + 3)..<end])
            guard digits.count >= 3 else { continue }
            func number(_ count: Int) -> Int { digits.prefix(count).reduce(0) { $0 * 10 + Int($1 - 48) } }
            switch digits.count {
            case 3: return 1  // i5-750: first generation
            case 4:
                // i7-1065G7, i5-1135G7: ten-/eleventh-generation mobile parts have four digits starting 10 or 11.
                let lead = number(2)
                let hasMobileSuffix = end < bytes.count && bytes[end] == UInt8(ascii: "g")
                if (lead == 10 || lead == 11 || lead == 12 || lead == 13) && hasMobileSuffix { return lead }
                return number(1)
            default: return number(2)
            }
        }
        return nil
    }

    /// `AMD Ryzen 5 3600 6-Core Processor` → 3600: the four digits after the first `ryzen 3|5|7|9 ` (and `pro `).
    static func ryzenModel(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        let ryzen = Array("ryzen ".utf8)
        let pro = Array("pro ".utf8)
        var start = 0
        while start + ryzen.count <= bytes.count {
            defer { start += 1 }
            guard bytes[start..<(start + ryzen.count)].elementsEqual(ryzen) else { continue }
            var index = start + ryzen.count
            guard index + 1 < bytes.count, Self.isOddDigit(bytes[index]), bytes[index + 1] == UInt8(ascii: " ")
            else { continue }
            index += 2
            if index + pro.count <= bytes.count, bytes[index..<(index + pro.count)].elementsEqual(pro) {
                index += pro.count
            }
            guard index + 4 <= bytes.count, bytes[index..<(index + 4)].allSatisfy(Self.isDigit) else { continue }
            return bytes[index..<(index + 4)].reduce(0) { $0 * 10 + Int($1 - 48) }
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// 3, 5, 7 or 9: the tiers in Intel Core and AMD Ryzen names.
    private static func isOddDigit(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "3") || byte == UInt8(ascii: "5") || byte == UInt8(ascii: "7") || byte == UInt8(ascii: "9")
    }
}
