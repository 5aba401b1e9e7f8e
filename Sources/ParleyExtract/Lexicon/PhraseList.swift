/// A lexicon's list of word phrases ("#" standing for any number), with the phrases that can
/// start at a word picked out ahead: a rule tries only those, not every phrase at every token.
struct PhraseList: Sendable, ExpressibleByArrayLiteral, Sequence {
    let phrases: [[String]]
    /// For each first word, the phrases that start with it or with "#", in list order.
    private let byFirstWord: WordMap<[[String]]>
    /// The phrases that start with "#": all that can start at a word no phrase starts with.
    private let numberFirst: [[String]]

    init(arrayLiteral phrases: [String]...) {
        self.phrases = phrases
        let isNumberFirst = { (p: [String]) in p.first == "#" }
        numberFirst = phrases.filter(isNumberFirst)
        var byFirst: [String: [[String]]] = [:]
        for first in Set(phrases.compactMap(\.first)) where first != "#" {
            byFirst[first] = phrases.filter { $0.first == first || isNumberFirst($0) }
        }
        byFirstWord = WordMap(byFirst)
    }

    /// The phrases, in list order, whose first word can be `word` (a token's lexicon key).
    func startingWith(_ word: String) -> [[String]] { byFirstWord[word] ?? numberFirst }

    func makeIterator() -> IndexingIterator<[[String]]> { phrases.makeIterator() }
}
