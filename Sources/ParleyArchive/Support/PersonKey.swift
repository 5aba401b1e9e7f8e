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

    static func possessiveStripped(_ text: String) -> String {
        for suffix in ["’s", "'s", "’", "'"] where text.hasSuffix(suffix) { return String(text.dropLast(suffix.count)) }
        return text
    }
}
