/// "states" is a verb of saying in "the report states that ..." and a noun in "EU member states said",
/// "a summit of NATO's eastern-flank states in Vilnius": decided once, when the document is built, so no rule
/// reads the noun as a statement.
enum StatesNoun {
    /// Whether "states" at `k` is the noun: after a number, possessive, article, demonym that names no place,
    /// "of", a word that groups states, or a hyphenated modifier.
    static func isNoun(_ tokens: UnsafeMutableBufferPointer<Token>, _ k: Int, sentenceStart: Int) -> Bool {
        guard k > sentenceStart, tokens[k].lower == "states" else { return false }
        let before = tokens[k - 1]
        if before.kind == .number || before.kind == .possessive || before.is(.article) { return true }
        if before.is(.demonym) && !before.is(.place) && !before.is(.city) { return true }
        if before.lower == "of" || groupWords.contains(before.lower) { return true }
        return k - 2 > sentenceStart && before.isWord && tokens[k - 2].isMark("-")
    }

    static let groupWords: WordSet = ["gulf", "baltic", "nordic", "balkan", "member", "other", "many", "some", "all", "several",
                                      "both", "neighbouring", "neighboring", "these", "those", "two", "three", "four", "five",
                                      "eu", "nato", "frontline", "front-line", "allied", "western", "arab"]
}
