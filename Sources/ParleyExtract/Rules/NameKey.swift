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
        if endsWithDoubleY(folded) { return String(folded.dropLast()) }
        return folded
    }

    /// `text.hasSuffix("yy")`, on bytes when the text is ASCII (one byte is one character there).
    private static func endsWithDoubleY(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            if bytes.contains(where: { $0 >= 0x80 }) { return nil }
            let y = UInt8(ascii: "y")
            return bytes.count >= 2 && bytes[bytes.count - 1] == y && bytes[bytes.count - 2] == y
        } ?? text.hasSuffix("yy")
    }

    /// `word(token.text)` for an ASCII token, from what the tokenizer already knows: its lower-case
    /// form is the folded text and its lexicon bits say whether a transliteration applies.
    static func word(of token: Token) -> String? {
        guard token.shape.contains(.ascii) else { return nil }
        let folded = token.lower
        if token.is(.transliterated), let mapped = Lexicon.transliterations[folded] { return mapped }
        if endsWithDoubleY(folded) { return String(folded.dropLast()) }
        return folded
    }

    static func name(_ words: [String]) -> String { words.map(word).joined(separator: " ") }

    /// `text.split(separator: " ")`, on bytes when the text is ASCII (one byte is one character
    /// there); other text keeps the character split, where a space may carry a combining mark.
    static func words(_ text: String) -> [String] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ").map(String.init) }
        return splitOnSpaceBytes(text)
    }

    /// `text.utf8.split(separator: 0x20)` as Strings, read from the contiguous bytes (the generic
    /// split goes through slices of the view). A space byte never falls inside a longer sequence.
    static func splitOnSpaceBytes(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [String] = []
            var start = 0
            for k in 0...bytes.count where k == bytes.count || bytes[k] == 0x20 {
                if k > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<k]), as: UTF8.self)) }
                start = k + 1
            }
            return out
        }
    }
}
