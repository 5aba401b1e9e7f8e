/// The ASCII words of `Lexicon.classes` in an open-addressing table hashed with FNV-1a over
/// the UTF-8 bytes: a token's classes cost a few multiplies instead of a `Hasher` round.
/// Non-ASCII words stay with the dictionary (its `==` is canonical equivalence, not bytes).
struct LexClassTable: Sendable {
    /// The keys and their classes, in the order their bytes are laid out.
    private var keys: [String] = []
    private var values: [LexClass] = []
    /// Every key's bytes end to end: a token is matched before any String is made for it,
    /// without an array per key to retain.
    private var keyBytes: [UInt8] = []
    /// One word per slot, so a probe reads one cache line: where the key's bytes start (high 32 bits),
    /// how many there are (16 bits) and its index in `keys` plus one (low 16 bits). An empty slot is 0.
    private var slots: [UInt64]
    private let mask: Int

    init(_ entries: [String: LexClass]) {
        // An empty key would match no token (tokens have a scalar at least) and would look like a free slot.
        let ascii = entries.filter { !$0.key.isEmpty && $0.key.utf8.allSatisfy { $0 < 0x80 } }
        precondition(ascii.count < 0xFFFF && ascii.allSatisfy { $0.key.utf8.count <= 0xFFFF }
                     && ascii.reduce(0) { $0 + $1.key.utf8.count } < 1 << 32, "lexicon too large for its slots")
        var size = 16
        while size < ascii.count * 4 { size *= 2 }
        mask = size - 1
        slots = Array(repeating: 0, count: size)
        // Sorted, so the layout (and any probe sequence) is the same on every run.
        for (key, value) in ascii.sorted(by: { $0.key < $1.key }) {
            var slot = Self.hash(key).value & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt64(keyBytes.count) << 32 | UInt64(key.utf8.count) << 16 | UInt64(keys.count + 1)
            keys.append(key)
            values.append(value)
            keyBytes.append(contentsOf: key.utf8)
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

    /// The lexicon key (shared, so the token needs no String of its own) and classes of the ASCII
    /// word `s[a..<b]` lower-cased, given the hash of its lower-case bytes; nil when it is in no lexicon.
    func entry(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int, hash: Hash) -> (key: String, classes: LexClass)? {
        // Slots are told apart by their bytes; only the matching one's String is copied out.
        keyBytes.withUnsafeBufferPointer { bytes in
            slots.withUnsafeBufferPointer { slots in
                var slot = hash.value & mask
                while true {
                    let entry = slots[slot]
                    if entry == 0 { return nil }
                    if Int(truncatingIfNeeded: entry >> 16 & 0xFFFF) == b - a, Self.matches(bytes, Int(truncatingIfNeeded: entry >> 32), s, a, b) {
                        let k = Int(truncatingIfNeeded: entry & 0xFFFF) - 1
                        return (keys[k], values[k])
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    private static func matches(_ key: UnsafeBufferPointer<UInt8>, _ start: Int, _ s: UnsafeBufferPointer<Unicode.Scalar>,
                                _ a: Int, _ b: Int) -> Bool {
        // Both ranges were checked against their buffers by the caller's lengths: plain pointer steps.
        let word = s.baseAddress.unsafelyUnwrapped + a
        let stored = key.baseAddress.unsafelyUnwrapped + start
        for k in 0..<(b &- a) {
            let v = word[k].value
            if (v &- 0x41 < 26 ? v | 0x20 : v) != UInt32(stored[k]) { return false }
        }
        return true
    }
}

extension Lexicon {
    static let asciiClasses = LexClassTable(classes)
}
