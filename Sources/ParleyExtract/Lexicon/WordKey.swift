/// A word's last sixteen bytes packed into two words, and its length: what the byte-keyed lexicon
/// tables hash and compare. Most words are that short, so they match on two integer compares;
/// a longer one is compared byte by byte as well.
struct WordKey: Sendable, Equatable {
    /// The last eight bytes, the latest in the low byte.
    private(set) var low: UInt64 = 0
    /// The eight bytes before those.
    private(set) var high: UInt64 = 0
    private(set) var count: Int = 0

    /// Keys up to this many bytes are told apart by `low`, `high` and `count` alone.
    static let packedBytes = 16

    @inline(__always)
    mutating func add(_ byte: UInt8) {
        high = high << 8 | low >> 56
        low = low << 8 | UInt64(byte)
        count &+= 1
    }

    init() {}

    init<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        for b in bytes { add(b) }
    }

    /// A multiply-and-shift mix: the table size is a power of two, so the high bits must reach the low ones.
    var hash: Int {
        var h = low &* 0x9E37_79B9_7F4A_7C15 ^ high &* 0xC2B2_AE3D_27D4_EB4F ^ UInt64(truncatingIfNeeded: count)
        h ^= h >> 32
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 29
        return Int(truncatingIfNeeded: h)
    }
}
