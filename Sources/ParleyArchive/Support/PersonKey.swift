/// Keys for matching a person's names across sources: case, diacritics and the usual
/// transliteration differences folded, so "Zelenskyy" meets "Zelensky", "Sergey" meets "Sergei",
/// "Umierov" meets "Umerov" and "Erdoğan" meets "Erdogan".
public enum PersonKey {
    public static func of(_ name: String) -> String {
        let base = NameKey.of(possessiveStripped(name))
        return base.split(separator: " ").map { fold(String($0)) }.joined(separator: " ")
    }

    /// Folds one word: spelling variants of one Cyrillic original become one spelling.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return foldASCII(Array(word.utf8)) }
        return foldCharacters(word)
    }

    /// The same folding over bytes: names are nearly always ASCII once diacritics are folded,
    /// and this runs for every name form and mention at import.
    static func foldASCII(_ word: [UInt8]) -> String {
        var letters = word.filter { (0x61...0x7A).contains($0) || (0x41...0x5A).contains($0) || $0 == UInt8(ascii: "-") }
        for (ending, replacement) in asciiEndings where letters.count > ending.count + 2 && letters.suffix(ending.count).elementsEqual(ending) {
            letters = letters.dropLast(ending.count) + replacement
            break
        }
        for (from, to) in asciiClusters { letters = replacingAll(from, with: to, in: letters) }
        var folded: [UInt8] = []
        folded.reserveCapacity(letters.count)
        for byte in letters where folded.last != byte { folded.append(byte) }
        return String(decoding: folded, as: UTF8.self)
    }

    /// Left-to-right, non-overlapping replacement, as `replacingOccurrences(of:with:)` does it.
    private static func replacingAll(_ from: [UInt8], with to: [UInt8], in text: [UInt8]) -> [UInt8] {
        guard text.count >= from.count else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var i = 0
        while i < text.count {
            if i + from.count <= text.count && text[i..<(i + from.count)].elementsEqual(from) {
                out += to
                i += from.count
            } else {
                out.append(text[i])
                i += 1
            }
        }
        return out
    }

    static func foldCharacters(_ word: String) -> String {
        var letters = Array(word.filter { $0.isLetter || $0 == "-" })
        // Endings first, while the word still has its own shape.
        for (ending, replacement) in endings where letters.count > ending.count + 2 && letters.suffix(ending.count).elementsEqual(ending) {
            letters = letters.dropLast(ending.count) + replacement
            break
        }
        var out = String(letters)
        for (from, to) in clusters { out = out.replacingOccurrences(of: from, with: to) }
        // Doubled letters carry no difference between transliterations ("Zelenskyy", "Vassily").
        var folded: [Character] = []
        for character in out where folded.last != character { folded.append(character) }
        return String(folded)
    }

    static let endings: [(String, String)] = [("iy", "y"), ("yi", "y"), ("ij", "y"), ("ii", "y"), ("ey", "ei"), ("ay", "ai")]
    static let clusters: [(String, String)] = [("ie", "e"), ("ks", "x"), ("kh", "h"), ("ph", "f"), ("yu", "iu"), ("ya", "ia")]
    private static let asciiEndings = endings.map { (Array($0.0.utf8), Array($0.1.utf8)) }
    private static let asciiClusters = clusters.map { (Array($0.0.utf8), Array($0.1.utf8)) }

    static func possessiveStripped(_ text: String) -> String {
        for suffix in ["’s", "'s", "’", "'"] where text.hasSuffix(suffix) { return String(text.dropLast(suffix.count)) }
        return text
    }
}
