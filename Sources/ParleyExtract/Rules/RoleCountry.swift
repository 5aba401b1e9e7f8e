/// The state a role phrase names: "Ukrainian President" → UA, "U.S. Secretary of State" → US,
/// "President of Finland" → FI, "Russia's chief negotiator" → RU. Lets the archive tell a role's
/// country apart from the person's, which is how contradictory titles are found.
public enum RoleCountry {
    public static func of(_ role: String) -> String? {
        stateWords(in: words(role)).first?.code
    }

    /// The role without the state it names, its articles and "of": "Ukrainian President" and
    /// "U.S. President" both give "president", "President of Finland" gives "president".
    public static func titleKey(_ role: String) -> String {
        var words = self.words(role)
        for match in stateWords(in: words).reversed() { words.removeSubrange(match.range) }
        return words.filter { !["the", "a", "an", "of", "for"].contains($0) }.joined(separator: " ")
    }

    private static func words(_ role: String) -> [String] {
        role.split(whereSeparator: { $0 == " " || $0 == "," }).map { word -> String in
            var text = word.lowercased().replacingOccurrences(of: "’", with: "'")
            if text.hasSuffix("'s") { text.removeLast(2) } else if text.hasSuffix("'") { text.removeLast() }
            return text
        }
    }

    /// Two-word names first ("united states"), then single words, left to right, not overlapping.
    private static func stateWords(in words: [String]) -> [(range: Range<Int>, code: String)] {
        var found: [(range: Range<Int>, code: String)] = []
        var start = 0
        while start < words.count {
            var matched = false
            for size in [2, 1] where start + size <= words.count {
                let key = words[start..<(start + size)].joined(separator: " ")
                if let code = Lexicon.demonyms[key] ?? Lexicon.placeCountry[key], !code.isEmpty {
                    found.append((start..<(start + size), code))
                    start += size
                    matched = true
                    break
                }
            }
            if !matched { start += 1 }
        }
        return found
    }
}
