/// A lexicon's set of words: a `Set<String>` whose `contains` goes through a `WordIndex` first.
/// Rules ask these sets about nearly every token, and String hashing was a tenth of extraction.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    let words: Set<String>
    private let index: WordIndex

    init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words)
        index = WordIndex(Array(self.words))
    }

    init(arrayLiteral words: String...) { self.init(words) }

    /// `Set.contains`: the same answer, canonical equivalence included.
    func contains(_ word: String) -> Bool {
        switch index.lookup(word) {
        case .at: return true
        case .absent: return false
        case .undecided: return words.contains(word)
        }
    }

    var count: Int { words.count }
    var isEmpty: Bool { words.isEmpty }
    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
    func union(_ other: WordSet) -> Set<String> { words.union(other.words) }
    func union<S: Sequence>(_ other: S) -> Set<String> where S.Element == String { words.union(other) }
}
