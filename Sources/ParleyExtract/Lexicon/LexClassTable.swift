/// The ASCII words of `Lexicon.classes` in an open-addressing table hashed with FNV-1a over
/// the UTF-8 bytes: a token's classes cost a few multiplies instead of a `Hasher` round.
/// Non-ASCII words stay with the dictionary (its `==` is canonical equivalence, not bytes).
struct LexClassTable: Sendable {
    private var keys: [String?]
    private var values: [LexClass]
    private let mask: Int

    init(_ entries: [String: LexClass]) {
        let ascii = entries.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } }
        var size = 16
        while size < ascii.count * 4 { size *= 2 }
        mask = size - 1
        keys = Array(repeating: nil, count: size)
        values = Array(repeating: [], count: size)
        for (key, value) in ascii {
            var slot = Self.hash(key).value & mask
            while keys[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    /// FNV-1a, fed one byte at a time so the tokenizer can hash a word while it reads it.
    struct Hash {
        private var h: UInt64 = 0xcbf2_9ce4_8422_2325
        mutating func add(_ byte: UInt8) { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        var value: Int { Int(truncatingIfNeeded: h ^ (h >> 29)) }
    }

    static func hash(_ word: String) -> Hash {
        var h = Hash()
        for b in word.utf8 { h.add(b) }
        return h
    }

    /// The classes of an ASCII word, given `hash(word)`; empty when it is in no lexicon.
    func classes(of word: String, hash: Hash) -> LexClass {
        var slot = hash.value & mask
        while let key = keys[slot] {
            if key == word { return values[slot] }
            slot = (slot + 1) & mask
        }
        return []
    }
}

extension Lexicon {
    static let asciiClasses = LexClassTable(classes)
}
