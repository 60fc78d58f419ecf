import Foundation

/// A streaming SHA-256 digest, written from FIPS 180-4, for the checksum Estate records with every ingested file.
///
/// Estate stores each source file's checksum so that a later run can tell whether an inventory changed,
/// and so a report can name exactly which file it was built from. Feed the bytes in any number of pieces;
/// the digest is the same as hashing them all at once.
///
/// ```swift
/// var hash = SHA256()
/// hash.update(Data("ab".utf8))
/// hash.update(Data("c".utf8))
/// SHA256.hex(hash.finalize())   // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// SHA256.hex(of: Data("abc".utf8))   // the same
/// ```
///
/// Related specification: FIPS 180-4, Secure Hash Standard, section 6.2
/// <https://nvlpubs.nist.gov/nistpubs/FIPS/NIST.FIPS.180-4.pdf>
public struct SHA256: Sendable {
    private var h0: UInt32 = 0x6a09_e667
    private var h1: UInt32 = 0xbb67_ae85
    private var h2: UInt32 = 0x3c6e_f372
    private var h3: UInt32 = 0xa54f_f53a
    private var h4: UInt32 = 0x510e_527f
    private var h5: UInt32 = 0x9b05_688c
    private var h6: UInt32 = 0x1f83_d9ab
    private var h7: UInt32 = 0x5be0_cd19
    /// Bytes waiting for a whole 64-byte block.
    private var pending: [UInt8] = []
    /// Bytes hashed so far, the pending ones included.
    private var byteCount: UInt64 = 0

    /// Starts an empty digest.
    public init() {
        pending.reserveCapacity(Self.blockBytes)
    }

    /// Adds bytes to the message.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        byteCount &+= UInt64(bytes.count)
        var offset = 0
        if !pending.isEmpty {
            let taken = min(Self.blockBytes - pending.count, bytes.count)
            pending.append(contentsOf: UnsafeRawBufferPointer(start: base, count: taken))
            offset = taken
            guard pending.count == Self.blockBytes else { return }
            pending.withUnsafeBytes { block in
                if let blockBase = block.baseAddress { compress(blocksAt: blockBase, count: 1) }
            }
            pending.removeAll(keepingCapacity: true)
        }
        let wholeBlocks = (bytes.count - offset) / Self.blockBytes
        if wholeBlocks > 0 {
            compress(blocksAt: base + offset, count: wholeBlocks)
            offset += wholeBlocks * Self.blockBytes
        }
        if offset < bytes.count {
            pending.append(contentsOf: UnsafeRawBufferPointer(start: base + offset, count: bytes.count - offset))
        }
    }

    /// Adds the bytes of `data` to the message.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    public mutating func update(_ data: Data) {
        data.withUnsafeBytes { update($0) }
    }

    /// The 32-byte digest of everything added so far. The digest itself is left unchanged, so more bytes can follow.
    public func finalize() -> [UInt8] {
        var copy = self
        let messageBits = byteCount &* 8
        var padding: [UInt8] = [0x80]
        let afterMarker = (pending.count + 1) % Self.blockBytes
        let zeros = afterMarker <= 56 ? 56 - afterMarker : 120 - afterMarker
        padding.append(contentsOf: repeatElement(0, count: zeros))
        for shift in stride(from: 56, through: 0, by: -8) {
            padding.append(UInt8(truncatingIfNeeded: messageBits >> UInt64(shift)))
        }
        padding.withUnsafeBytes { copy.update($0) }
        var digest: [UInt8] = []
        digest.reserveCapacity(32)
        for word in [copy.h0, copy.h1, copy.h2, copy.h3, copy.h4, copy.h5, copy.h6, copy.h7] {
            digest.append(UInt8(truncatingIfNeeded: word >> 24))
            digest.append(UInt8(truncatingIfNeeded: word >> 16))
            digest.append(UInt8(truncatingIfNeeded: word >> 8))
            digest.append(UInt8(truncatingIfNeeded: word))
        }
        return digest
    }

    /// The lowercase hexadecimal SHA-256 of `data`, as `sha256sum` prints it.
    ///
    /// ```swift
    /// SHA256.hex(of: Data())   // "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    /// ```
    ///
    /// - Complexity: O(*n*) in the size of `data`.
    public static func hex(of data: Data) -> String {
        var hash = SHA256()
        hash.update(data)
        return hex(hash.finalize())
    }

    /// Lowercase hexadecimal text for digest bytes.
    public static func hex(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(digest.count * 2)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let blockBytes = 64

    /// The 64 round constants of FIPS 180-4 section 4.2.2.
    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// Runs the compression function over `count` consecutive 64-byte blocks.
    private mutating func compress(blocksAt base: UnsafeRawPointer, count: Int) {
        Self.roundConstants.withUnsafeBufferPointer { constants in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
                var a0 = h0
                var b0 = h1
                var c0 = h2
                var d0 = h3
                var e0 = h4
                var f0 = h5
                var g0 = h6
                var k0 = h7
                for block in 0..<count {
                    let blockBase = base + block * Self.blockBytes
                    for t in 0..<16 {
                        schedule[t] = UInt32(bigEndian: blockBase.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self))
                    }
                    for t in 16..<64 {
                        let w15 = schedule[t - 15]
                        let w2 = schedule[t - 2]
                        let sigma0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 &>> 3)
                        let sigma1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 &>> 10)
                        schedule[t] = sigma1 &+ schedule[t - 7] &+ sigma0 &+ schedule[t - 16]
                    }
                    var a = a0
                    var b = b0
                    var c = c0
                    var d = d0
                    var e = e0
                    var f = f0
                    var g = g0
                    var h = k0
                    for t in 0..<64 {
                        let bigSigma1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                        let choose = (e & f) ^ (~e & g)
                        let t1 = h &+ bigSigma1 &+ choose &+ constants[t] &+ schedule[t]
                        let bigSigma0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                        let majority = (a & b) ^ (a & c) ^ (b & c)
                        let t2 = bigSigma0 &+ majority
                        h = g
                        g = f
                        f = e
                        e = d &+ t1
                        d = c
                        c = b
                        b = a
                        a = t1 &+ t2
                    }
                    a0 &+= a
                    b0 &+= b
                    c0 &+= c
                    d0 &+= d
                    e0 &+= e
                    f0 &+= f
                    g0 &+= g
                    k0 &+= h
                }
                h0 = a0
                h1 = b0
                h2 = c0
                h3 = d0
                h4 = e0
                h5 = f0
                h6 = g0
                h7 = k0
            }
        }
    }
}

/// Rotates right; the masking shifts compile to one instruction, where `>>` would check for over-shifting.
@inline(__always)
private func rotr(_ value: UInt32, _ count: UInt32) -> UInt32 {
    (value &>> count) | (value &<< (32 &- count))
}
