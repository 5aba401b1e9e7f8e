/// Topics of a claim from keyword tables (`Lexicon.topicKeywords`), in vocabulary order.
///
/// A one-word stem matches a word exactly, or as a prefix when it is five letters or more
/// ("negotiat" → "negotiations"); a several-word stem matches the word sequence.
enum TopicRules {
    private struct Index {
        /// One-word stems → topic positions.
        var words: [String: [Int]] = [:]
        /// Prefix stems → topic positions, and the stem lengths to try.
        var prefixes: [String: [Int]] = [:]
        var prefixLengths: [Int] = []
        /// Several-word stems, with their topic position.
        var phrases: [([String], Int)] = []
    }

    private static let index: Index = {
        var index = Index()
        var lengths: Set<Int> = []
        for (position, entry) in Lexicon.topicKeywords.enumerated() {
            for stem in entry.stems {
                let words = wordsOf(stem)
                if words.count == 1 {
                    index.words[words[0], default: []].append(position)
                    let n = words[0].count
                    if n >= 5 { index.prefixes[words[0], default: []].append(position); lengths.insert(n) }
                } else if !words.isEmpty {
                    index.phrases.append((words, position))
                }
            }
        }
        index.prefixLengths = lengths.sorted()
        return index
    }()

    static func wordsOf(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        Tokenizer.tokens(scalars, from: 0, to: scalars.count, into: &tokens)
        return tokens.filter { $0.isWord || $0.kind == .number || $0.text == "-" }.map(\.lower)
    }

    static func topics(of text: String) -> [String] { topics(ofWords: wordsOf(text)) }

    static func topics(ofWords words: [String]) -> [String] {
        let index = Self.index
        var hit = Array(repeating: false, count: Lexicon.topicKeywords.count)
        for word in words {
            if let positions = index.words[word] { for p in positions { hit[p] = true } }
            let n = word.count
            for length in index.prefixLengths where length < n {
                if let positions = index.prefixes[String(word.prefix(length))] { for p in positions { hit[p] = true } }
            }
        }
        for (phrase, position) in index.phrases where !hit[position] && words.count >= phrase.count {
            for i in 0...(words.count - phrase.count) where phrase.indices.allSatisfy({ k in
                k == phrase.count - 1 ? words[i + k].hasPrefix(phrase[k]) : words[i + k] == phrase[k]
            }) {
                hit[position] = true
                break
            }
        }
        return Lexicon.topicKeywords.indices.filter { hit[$0] }.map { Lexicon.topicKeywords[$0].topic }
    }
}
