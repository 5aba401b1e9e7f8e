/// The ASCII words of `Lexicon.classes` in an open-addressing table keyed by `WordKey`: the
/// tokenizer packs a word's lower-cased bytes while it reads them, and a lookup is a hash and two
/// integer compares. Non-ASCII words stay with the dictionary (its `==` is canonical equivalence, not bytes).
struct LexClassTable: Sendable {
    /// One slot: the key's packed bytes, and its index in `keys` plus one (0 marks a free slot).
    private struct Slot: Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count: Int = 0
        var index: Int = 0
    }

    /// The keys and their classes, in the order they were placed.
    private var keys: [String] = []
    private var values: [LexClass] = []
    /// Each key with its first letter upper case ("The", "President"): the text of a capitalised token, shared.
    private var capitalizedKeys: [String] = []
    /// Bytes of the keys longer than `WordKey.packedBytes`, end to end, and where each key's start
    /// (by key index; unused for short keys): only those need a byte compare.
    private var longKeyBytes: [UInt8] = []
    private var longKeyStart: [Int] = []
    private var slots: [Slot]
    private let mask: Int

    init(_ entries: [String: LexClass]) {
        // An empty key would match no token (tokens have a scalar at least).
        let ascii = entries.filter { !$0.key.isEmpty && $0.key.utf8.allSatisfy { $0 < 0x80 } }
        var size = 16
        while size < ascii.count * 4 { size *= 2 }
        mask = size - 1
        slots = Array(repeating: Slot(), count: size)
        // (Keys are distinct, so the order they are placed in changes where they sit, never what a lookup answers.)
        for (key, value) in ascii {
            let packed = WordKey(key.utf8)
            var slot = packed.hash & mask
            while slots[slot].index != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(low: packed.low, high: packed.high, count: packed.count, index: keys.count + 1)
            longKeyStart.append(longKeyBytes.count)
            if packed.count > WordKey.packedBytes { longKeyBytes.append(contentsOf: key.utf8) }
            keys.append(key)
            values.append(value)
            capitalizedKeys.append(Self.capitalized(key))
        }
    }

    /// The lexicon key and its capitalised form (shared, so the token needs no String of its own) and classes
    /// of the ASCII word `s[a..<b]` lower-cased, given `packed`, its lower-case bytes; nil when it is in no lexicon.
    @inline(__always)
    func entry(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int, packed: WordKey)
        -> (key: String, capitalized: String, classes: LexClass)? {
        guard let k = index(of: packed, s, a, b) else { return nil }
        return (keys[k], capitalizedKeys[k], values[k])
    }

    /// `key` with an ASCII lower-case first letter made upper case.
    private static func capitalized(_ key: String) -> String {
        guard let first = key.utf8.first, first &- 0x61 < 26 else { return key }
        var bytes = Array(key.utf8)
        bytes[0] = first - 0x20
        return String(decoding: bytes, as: UTF8.self)
    }

    @inline(__always)
    private func index(of packed: WordKey, _ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            var slot = packed.hash & mask
            while true {
                let entry = slots[slot]
                if entry.index == 0 { return nil }
                if entry.low == packed.low, entry.high == packed.high, entry.count == packed.count {
                    let k = entry.index - 1
                    if packed.count <= WordKey.packedBytes || longKeyMatches(k, s, a, b) { return k }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether the long key `k` is `s[a..<b]` lower-cased (its length was compared already).
    private func longKeyMatches(_ k: Int, _ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> Bool {
        let start = longKeyStart[k]
        for i in 0..<(b - a) {
            let v = s[a + i].value
            if (v &- 0x41 < 26 ? v | 0x20 : v) != UInt32(longKeyBytes[start + i]) { return false }
        }
        return true
    }
}

extension Lexicon {
    static let asciiClasses = LexClassTable(classes)
}
