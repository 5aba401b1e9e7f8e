/// Where each ASCII word of a fixed list is, found by FNV-1a over its UTF-8 bytes: a lexicon lookup
/// costs a few multiplies and a byte compare instead of a `Hasher` round and a String comparison.
/// It answers only what bytes can decide; the caller asks its Set or Dictionary the rest.
struct WordIndex: Sendable {
    enum Lookup { case at(Int), absent, undecided }

    /// Every key's bytes end to end.
    private var keyBytes: [UInt8] = []
    /// One word per slot, so a probe reads one cache line: where the key's bytes start (high 32 bits),
    /// how many there are (8 bits) and its position in the caller's key list plus one (low 24 bits).
    /// An empty slot is 0.
    private var slots: [UInt64]
    private let mask: Int
    /// Position of the key "", which no slot can hold (a slot without bytes is a free one).
    private var emptyKey: Int? = nil
    /// A key that is not ASCII may still equal an ASCII word under String's canonical equivalence
    /// when it holds U+037E (";"), U+1FEF ("`") or U+212A ("K"): then bytes cannot rule a word out.
    /// (Nor can they when a key is too long for a slot, or there are too many keys to number.)
    private var bytesDecideAbsence = true
    /// By first byte (ASCII), bit n set when some key starts with it and has n bytes (n < 64; longer words
    /// always go on to the table): most words asked about are in no small set, and their first byte and
    /// length alone tell it.
    private var lengthsByFirstByte: [UInt64] = Array(repeating: 0, count: 128)

    init(_ keys: [String]) {
        var ascii: [(key: String, position: Int)] = []
        for (k, key) in keys.enumerated() {
            if key.utf8.allSatisfy({ $0 < 0x80 }) { ascii.append((key, k)) } else if key.unicodeScalars.contains(where: {
                $0.value == 0x37E || $0.value == 0x1FEF || $0.value == 0x212A }) { bytesDecideAbsence = false }
        }
        var size = 16
        while size < ascii.count * 4 { size *= 2 }
        mask = size - 1
        slots = Array(repeating: 0, count: size)
        if keys.count >= 1 << 24 { bytesDecideAbsence = false }
        for (key, k) in ascii where bytesDecideAbsence {
            let n = key.utf8.count
            if n == 0 { emptyKey = k; continue }
            guard n < 256, keyBytes.count + n < 1 << 32 else { bytesDecideAbsence = false; break }
            lengthsByFirstByte[Int(key.utf8.first.unsafelyUnwrapped)] |= n < 64 ? 1 << UInt64(n) : 0
            var slot = Self.hash(key.utf8) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt64(keyBytes.count) << 32 | UInt64(n) << 24 | UInt64(k + 1)
            keyBytes.append(contentsOf: key.utf8)
        }
    }

    /// FNV-1a over the bytes, fed one at a time.
    private struct Hash {
        private var h: UInt64 = 0xcbf2_9ce4_8422_2325
        mutating func add(_ byte: UInt8) { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        var value: Int { Int(truncatingIfNeeded: h ^ (h >> 29)) }
    }

    private static func hash<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var h = Hash()
        for b in bytes { h.add(b) }
        return h.value
    }

    @inline(__always)
    func lookup(_ word: String) -> Lookup {
        guard bytesDecideAbsence else { return .undecided }
        return word.utf8.withContiguousStorageIfAvailable { lookup(bytes: $0) } ?? .undecided
    }

    private func lookup(bytes word: UnsafeBufferPointer<UInt8>) -> Lookup {
        if word.isEmpty { return emptyKey.map { .at($0) } ?? .absent }
        if word.count < 64, word[0] < 0x80, lengthsByFirstByte[Int(word[0])] & (1 << UInt64(word.count)) == 0 {
            // No key starts so and has this many bytes; only a word that is not ASCII might still equal one (canonically).
            for b in word where b >= 0x80 { return .undecided }
            return .absent
        }
        var h = Hash()
        for b in word {
            // A word that is not ASCII is compared as a String, with canonical equivalence.
            if b >= 0x80 { return .undecided }
            h.add(b)
        }
        return keyBytes.withUnsafeBufferPointer { bytes in
            slots.withUnsafeBufferPointer { slots in
                var slot = h.value & mask
                while true {
                    let entry = slots[slot]
                    if entry == 0 { return .absent }
                    if Int(truncatingIfNeeded: entry >> 24 & 0xFF) == word.count,
                       Self.equal(bytes, Int(truncatingIfNeeded: entry >> 32), word) {
                        return .at(Int(truncatingIfNeeded: entry & 0xFF_FFFF) - 1)
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        // The caller checked that `word.count` bytes from `start` are one key's.
        let key = bytes.baseAddress.unsafelyUnwrapped + start
        let w = word.baseAddress.unsafelyUnwrapped
        for k in 0..<word.count where key[k] != w[k] { return false }
        return true
    }
}
