/// A lexicon's table keyed by word: a `[String: Value]` whose subscript goes through a `WordIndex` first.
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral, Sequence {
    let dictionary: [String: Value]
    private let index: WordIndex
    /// The values in the order `index` numbers the keys.
    private let valueAt: [Value]

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        let entries = Array(dictionary)
        index = WordIndex(entries.map(\.key))
        valueAt = entries.map(\.value)
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        // (A repeated key traps, as it does in a Dictionary literal.)
        self.init(Dictionary(uniqueKeysWithValues: elements))
    }

    /// `Dictionary`'s subscript: the same answer, canonical equivalence included.
    subscript(word: String) -> Value? {
        switch index.lookup(word) {
        case .at(let k): return valueAt[k]
        case .absent: return nil
        case .undecided: return dictionary[word]
        }
    }

    var keys: Dictionary<String, Value>.Keys { dictionary.keys }
    var values: Dictionary<String, Value>.Values { dictionary.values }
    var count: Int { dictionary.count }
    func makeIterator() -> Dictionary<String, Value>.Iterator { dictionary.makeIterator() }
    func filter(_ isIncluded: ((key: String, value: Value)) throws -> Bool) rethrows -> [String: Value] {
        try dictionary.filter(isIncluded)
    }
}
