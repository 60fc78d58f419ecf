import Testing

@testable import EstateCore

@Suite struct SizeParsingTests {
    private static let expected = "expected a size such as 16 GB, 512 MB, 1.5 TB or 16 GiB"
    private static let gib: Int64 = 1 << 30
    private static let tib: Int64 = 1 << 40

    private func bytes(_ text: String, _ convention: SizeConvention, unit: SizeUnit? = nil) -> Int64? {
        guard case .success(let size) = ValueParser.size(text, convention: convention, defaultUnit: unit) else {
            return nil
        }
        return size
    }

    private func message(_ text: String, _ convention: SizeConvention = .memory, unit: SizeUnit? = nil) -> String? {
        guard case .failure(let error) = ValueParser.size(text, convention: convention, defaultUnit: unit) else {
            return nil
        }
        return error.description
    }

    @Test(
        arguments: [
            ("16 GB", 16 * gib), ("512GB", 512 * gib), ("1 TB", tib), ("16384 MB", 16 * gib), ("500 KB", 512_000),
            ("16GiB", 16 * gib), ("1.5 TB", tib + tib / 2), ("0.5TB", tib / 2), ("16 gb", 16 * gib), ("8G", 8 * gib),
            ("16,384 MB", 16 * gib), ("2 PB", 2 << 50), ("4096 bytes", 4_096), ("1 byte", 1), ("0 GB", 0),
        ] as [(String, Int64)])
    func readsMemorySizesInBinaryMultiples(text: String, expected: Int64) {
        #expect(bytes(text, .memory) == expected)
    }

    @Test(
        arguments: [
            ("16 GB", 16_000_000_000), ("512GB", 512_000_000_000), ("1 TB", 1_000_000_000_000),
            ("1.5 TB", 1_500_000_000_000), ("0.5TB", 500_000_000_000), ("500 KB", 500_000),
            ("16384 MB", 16_384_000_000),
            ("1 PB", 1_000_000_000_000_000),
        ] as [(String, Int64)])
    func readsStorageSizesInDecimalMultiples(text: String, expected: Int64) {
        #expect(bytes(text, .storage) == expected)
    }

    @Test func readsIECUnitsAsBinaryInBothConventions() {
        #expect(bytes("16GiB", .storage) == 16 * Self.gib)
        #expect(bytes("1 TiB", .storage) == Self.tib)
        #expect(bytes("512 MiB", .storage) == 512 << 20)
        #expect(bytes("4 KiB", .storage) == 4_096)
        #expect(bytes("1 PiB", .memory) == 1 << 50)
    }

    @Test func roundsAFractionOfAByteToTheNearestByte() {
        #expect(bytes("0.1 KB", .memory) == 102)
        #expect(bytes("0.5 KB", .storage) == 500)
        #expect(bytes("1.0005 KB", .storage) == 1_001)
    }

    @Test func readsABareNumberInTheColumnsDefaultUnit() {
        #expect(bytes("16", .memory, unit: .giga) == 16 * Self.gib)
        #expect(bytes("500", .storage, unit: .giga) == 500_000_000_000)
        #expect(bytes("1.5", .storage, unit: .tera) == 1_500_000_000_000)
        #expect(bytes("2 TB", .storage, unit: .giga) == 2_000_000_000_000)
    }

    @Test func refusesABareNumberWithoutADefaultUnit() {
        #expect(
            message("16")
                == Self.expected
                + ", found \"16\"; 16 has no unit; write one (16 GB, 512 MB) or name it in the column header, as in RAM (GB)"
        )
    }

    @Test func refusesAnUnknownUnit() {
        #expect(
            message("16 GX")
                == Self.expected
                + ", found \"16 GX\"; \"GX\" is not a size unit; use B, KB, MB, GB, TB, PB or KiB, MiB, GiB, TiB, PiB")
        #expect(
            message("2 x 8GB")
                == Self.expected
                + ", found \"2 x 8GB\"; \"x 8GB\" is not a size unit; use B, KB, MB, GB, TB, PB or KiB, MiB, GiB, TiB, PiB"
        )
    }

    @Test func refusesNegativeSizes() {
        #expect(message("-16 GB") == Self.expected + ", found \"-16 GB\"; a size cannot be negative")
    }

    @Test func refusesFractionalBytes() {
        #expect(message("1.5 B") == Self.expected + ", found \"1.5 B\"; a number of bytes must be whole")
        #expect(message("1.5", unit: .bytes) == Self.expected + ", found \"1.5\"; a number of bytes must be whole")
    }

    @Test func refusesSizesBeyondWhatInt64Holds() {
        #expect(message("9000 PB") == Self.expected + ", found \"9000 PB\"; the size is too large")
    }

    @Test func refusesMisgroupedAndEuropeanNumbers() {
        #expect(
            message("16,38 MB")
                == Self.expected
                + ", found \"16,38 MB\"; Estate reads a comma as a thousands separator; "
                + "write the decimal point as a point, as in 12.50")
        #expect(
            message("1,6384 MB")
                == Self.expected
                + ", found \"1,6384 MB\"; thousands separators must group digits in threes, as in 1,234,567")
    }

    @Test(arguments: ["GB", "large", "1.2.3 GB", "."])
    func refusesOtherTextWithoutAHint(text: String) {
        #expect(message(text) == Self.expected + ", found \"\(text)\"")
    }

    @Test func refusesEmptyText() {
        #expect(message("") == Self.expected + ", found \"\"; the cell is empty")
    }

    @Test func countsUnitsInThousandsOrBinaryThousands() {
        #expect(SizeUnit.giga.bytes(isBinary: true) == 1 << 30)
        #expect(SizeUnit.giga.bytes(isBinary: false) == 1_000_000_000)
        #expect(SizeUnit.bytes.bytes(isBinary: true) == 1)
    }
}
