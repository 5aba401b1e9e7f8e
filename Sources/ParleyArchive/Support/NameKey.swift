import Foundation

/// Keys for matching names and texts: case and diacritics folded in Swift,
/// because SQLite's lower() and LIKE only fold ASCII.
public enum NameKey {
    /// "Erdoğan’s" and "erdogan" share a key; apostrophes unified, whitespace collapsed.
    public static func of(_ text: String) -> String {
        // Keys are computed for every claim and name at import: most texts are plain ASCII plus
        // typographic quotes, which fold without Foundation's much slower general folding.
        if let fast = foldedPlain(text) { return fast }
        return collapsed(text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil))
    }

    /// The key of a text made only of ASCII and `plainPunctuation`, or nil for any other text.
    static func foldedPlain(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingSpace = !bytes.isEmpty
                    continue
                }
                if pendingSpace { bytes.append(0x20); pendingSpace = false }
                bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
            } else if plainPunctuation.contains(scalar) {
                if pendingSpace { bytes.append(0x20); pendingSpace = false }
                if scalar == "\u{2019}" || scalar == "\u{2018}" { bytes.append(0x27) } else { bytes.append(contentsOf: String(scalar).utf8) }
            } else {
                return nil
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Non-ASCII punctuation that Foundation's folding leaves as it is (a test checks each).
    static let plainPunctuation: Set<Unicode.Scalar> = [
        "\u{AB}", "\u{BB}", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}",
        "\u{2018}", "\u{2019}", "\u{201A}", "\u{201C}", "\u{201D}", "\u{201E}", "\u{2022}",
    ]

    /// Whitespace collapsed to single spaces, curly apostrophes made straight.
    static func collapsed(_ folded: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.whitespacesAndNewlines.contains(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.unicodeScalars.append(scalar == "\u{2019}" || scalar == "\u{2018}" ? "'" : scalar)
        }
        return out
    }

    /// The general path alone, for checking the fast one against it.
    static func ofByFoundation(_ text: String) -> String {
        collapsed(text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil))
    }
}
