/// Where each ASCII word of a fixed list is, found by FNV-1a over its UTF-8 bytes: a lexicon lookup
/// costs a few multiplies and a byte compare instead of a `Hasher` round and a String comparison.
/// It answers only what bytes can decide; the caller asks its Set or Dictionary the rest.
struct WordIndex: Sendable {
    enum Lookup { case at(Int), absent, undecided }

    /// Every key's bytes end to end, and where each slot's key starts in them (an empty slot has none).
    private var keyBytes: [UInt8] = []
    private var keyStart: [Int]
    /// Position in the caller's key list of each slot's key.
    private var position: [Int]
    private let mask: Int
    /// Position of the key "", which no slot can hold (a slot without bytes is a free one).
    private var emptyKey: Int? = nil
    /// A key that is not ASCII may still equal an ASCII word under String's canonical equivalence
    /// when it holds U+037E (";"), U+1FEF ("`") or U+212A ("K"): then bytes cannot rule a word out.
    private var bytesDecideAbsence = true

    init(_ keys: [String]) {
        var ascii: [(key: String, position: Int)] = []
        for (k, key) in keys.enumerated() {
            if key.utf8.allSatisfy({ $0 < 0x80 }) { ascii.append((key, k)) } else if key.unicodeScalars.contains(where: {
                $0.value == 0x37E || $0.value == 0x1FEF || $0.value == 0x212A }) { bytesDecideAbsence = false }
        }
        var size = 16
        while size < ascii.count * 4 { size *= 2 }
        mask = size - 1
        var slotKey: [String?] = Array(repeating: nil, count: size)
        position = Array(repeating: -1, count: size)
        for (key, k) in ascii {
            if key.isEmpty { emptyKey = k; continue }
            var slot = Self.hash(key.utf8) & mask
            while slotKey[slot] != nil { slot = (slot + 1) & mask }
            slotKey[slot] = key
            position[slot] = k
        }
        keyStart = Array(repeating: 0, count: size + 1)
        for slot in 0..<size {
            keyStart[slot] = keyBytes.count
            if let key = slotKey[slot] { keyBytes.append(contentsOf: key.utf8) }
        }
        keyStart[size] = keyBytes.count
    }

    private static func hash<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var h = LexClassTable.Hash()
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
        var h = LexClassTable.Hash()
        for b in word {
            // A word that is not ASCII is compared as a String, with canonical equivalence.
            if b >= 0x80 { return .undecided }
            h.add(b)
        }
        return keyBytes.withUnsafeBufferPointer { bytes in
            keyStart.withUnsafeBufferPointer { starts in
                var slot = h.value & mask
                while true {
                    let start = starts[slot], count = starts[slot + 1] - start
                    if count == 0 { return .absent }
                    if count == word.count, Self.equal(bytes, start, word) { return .at(position[slot]) }
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
