import Foundation

/// Keys for matching names and texts: case and diacritics folded in Swift,
/// because SQLite's lower() and LIKE only fold ASCII.
public enum NameKey {
    /// "Erdoğan’s" and "erdogan" share a key; apostrophes unified, whitespace collapsed.
    public static func of(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
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
}
