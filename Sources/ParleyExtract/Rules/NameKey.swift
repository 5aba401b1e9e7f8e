import Foundation

/// Comparison keys for names: lower case, diacritics removed, well-known transliteration
/// variants folded ("Zelenskyy" → "zelensky", "Erdoğan" → "erdogan", "Sergey" → "sergei").
/// Foundation's folding runs once per distinct name, not per token.
enum NameKey {
    static func word(_ text: String) -> String {
        // ASCII needs no diacritic folding; Foundation only sees the rare accented name.
        let folded = text.utf8.allSatisfy({ $0 < 0x80 })
            ? text.lexKey
            : text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lexKey
        if let mapped = Lexicon.transliterations[folded] { return mapped }
        // A doubled final "yy" is a common Ukrainian romanisation of a single "y".
        if folded.hasSuffix("yy") { return String(folded.dropLast()) }
        return folded
    }

    static func name(_ words: [String]) -> String { words.map(word).joined(separator: " ") }
}
