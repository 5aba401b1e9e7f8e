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
        /// One-word stems by their first byte: ASCII words are matched by comparing bytes, no String made.
        var stemsByByte: [[AsciiStem]] = Array(repeating: [], count: 128)
        /// Phrases by the first byte of their first word.
        var phrasesByByte: [[Int]] = Array(repeating: [], count: 128)
    }

    private struct AsciiStem {
        var bytes: [UInt8]
        /// Topic positions when the word is the stem, and when it is longer and starts with it.
        var exact: [Int]
        var prefix: [Int]
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
        for (stem, exact) in index.words.sorted(by: { $0.key < $1.key }) {
            let bytes = Array(stem.utf8)
            guard let first = bytes.first, bytes.allSatisfy({ $0 < 0x80 }) else { continue }
            index.stemsByByte[Int(first)].append(AsciiStem(bytes: bytes, exact: exact, prefix: index.prefixes[stem] ?? []))
        }
        for (k, phrase) in index.phrases.enumerated() {
            if let first = phrase.0[0].utf8.first, first < 0x80 { index.phrasesByByte[Int(first)].append(k) }
        }
        return index
    }()

    static func wordsOf(_ text: String) -> [String] { Tokenizer.wordKeys(text.scalarArray) }

    static func topics(of text: String) -> [String] {
        let s = text.scalarArray
        if let ascii = AsciiTopicIndex.shared, s.allSatisfy({ $0.value < 0x80 }) { return ascii.topics(s) }
        return topics(ofWords: Tokenizer.wordKeys(s))
    }

    static func topics(ofWords words: [String]) -> [String] {
        let index = Self.index
        var hit = Array(repeating: false, count: Lexicon.topicKeywords.count)
        for var word in words {
            // An ASCII word is one character per byte, so byte prefixes are the character prefixes below.
            let matched = word.withUTF8 { w -> Bool in
                guard !w.isEmpty, !w.contains(where: { $0 >= 0x80 }) else { return false }
                for stem in index.stemsByByte[Int(w[0])] where stem.bytes.count <= w.count
                    && stem.bytes.indices.allSatisfy({ stem.bytes[$0] == w[$0] }) {
                    for p in stem.bytes.count == w.count ? stem.exact : stem.prefix { hit[p] = true }
                }
                return true
            }
            if matched { continue }
            if let positions = index.words[word] { for p in positions { hit[p] = true } }
            let n = word.count
            for length in index.prefixLengths where length < n {
                if let positions = index.prefixes[String(word.prefix(length))] { for p in positions { hit[p] = true } }
            }
        }
        for i in words.indices {
            let first = words[i].utf8.first ?? 0
            let candidates = first < 0x80 ? index.phrasesByByte[Int(first)] : Array(index.phrases.indices)
            for k in candidates {
                let (phrase, position) = index.phrases[k]
                guard !hit[position], i + phrase.count <= words.count else { continue }
                if phrase.indices.allSatisfy({ j in
                    j == phrase.count - 1 ? words[i + j].hasPrefix(phrase[j]) : words[i + j] == phrase[j]
                }) {
                    hit[position] = true
                }
            }
        }
        return Lexicon.topicKeywords.indices.filter { hit[$0] }.map { Lexicon.topicKeywords[$0].topic }
    }
}
