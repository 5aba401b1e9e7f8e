/// The first byte and length of every name key in a set, so that most capitalised words (a
/// sentence's first word, places, months) are ruled out before their key is made and hashed.
struct KeyShapes {
    /// Bit `length` of entry `firstByte`; lengths from 63 up share bit 63.
    private var lengths: [UInt64] = Array(repeating: 0, count: 256)

    init(_ keys: Set<String>) {
        for key in keys {
            guard let first = key.utf8.first else { continue }
            lengths[Int(first)] |= 1 << UInt64(min(key.utf8.count, 63))
        }
    }

    /// False only when `NameKey.word(of: token)` cannot be one of the keys. For an ASCII token without
    /// a transliteration that key is its lower-case form, less a doubled final "y": the same first
    /// byte, and as long or one byte shorter. Other tokens are never ruled out.
    func mayContainKey(of token: Token) -> Bool {
        guard token.shape.contains(.ascii), !token.is(.transliterated) else { return true }
        // An ASCII token's lower-case form has one byte per scalar.
        let n = token.end - token.start
        guard n >= 1, let first = token.lower.utf8.first else { return true }
        let bits = lengths[Int(first)]
        return bits & (1 << UInt64(min(n, 63))) != 0 || bits & (1 << UInt64(min(n - 1, 63))) != 0
    }
}
