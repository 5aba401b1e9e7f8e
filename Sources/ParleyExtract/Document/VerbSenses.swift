/// Words that are verbs of saying or calling in some sentences and not in others, decided once when the document is built
/// so no rule reads them as statements or calls: "states" is a verb in "the report states that ..." and a noun in "EU
/// member states said", "a summit of NATO's eastern-flank states"; "called" is no call, statement or word of meeting in
/// "the so-called coalition" or "the so called coalition".
enum VerbSenses {
    /// The classes the token at `k` does not have here.
    static func notHere(_ tokens: UnsafeMutableBufferPointer<Token>, _ k: Int, sentenceStart: Int) -> LexClass {
        if isStatesNoun(tokens, k, sentenceStart: sentenceStart) { return .sayingVerb }
        if k - 1 >= sentenceStart, tokens[k].lower == "called",
           tokens[k - 1].lower == "so" || k - 2 >= sentenceStart && tokens[k - 1].isMark("-") && tokens[k - 2].lower == "so" {
            // (Nor a word of meeting, which would end the phrase of the summit it names: "a summit of the so-called coalition
            // ... at the Élysée Palace on Jan. 6".)
            return [.sayingVerb, .callVerb, .meetingTrigger]
        }
        return []
    }

    /// Whether "states" at `k` is the noun: after a number, possessive, article, demonym that names no place,
    /// "of", a word that groups states, or a hyphenated modifier.
    private static func isStatesNoun(_ tokens: UnsafeMutableBufferPointer<Token>, _ k: Int, sentenceStart: Int) -> Bool {
        guard k > sentenceStart, tokens[k].lower == "states" else { return false }
        let before = tokens[k - 1]
        if before.kind == .number || before.kind == .possessive || before.is(.article) { return true }
        if before.is(.demonym) && !before.is(.place) && !before.is(.city) { return true }
        if before.lower == "of" || groupWords.contains(before.lower) { return true }
        // ("NATO's eastern-flank states", not "The Kremlin read-out states that ...".)
        return k - 2 > sentenceStart && before.isWord && tokens[k - 2].isMark("-")
            && !(k + 1 < tokens.count && tokens[k + 1].lower == "that")
    }

    static let groupWords: WordSet = ["gulf", "baltic", "nordic", "balkan", "member", "other", "many", "some", "all", "several",
                                      "both", "neighbouring", "neighboring", "these", "those", "two", "three", "four", "five",
                                      "eu", "nato", "frontline", "front-line", "allied", "western", "arab", "flank", "partner",
                                      "candidate", "neutral", "nuclear", "transit", "founding", "coastal"]
}
