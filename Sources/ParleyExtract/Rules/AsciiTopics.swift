/// `TopicRules.topics(ofWords:)` for ASCII claim text, where a word's key is its lower-cased
/// bytes: words stay ranges of one byte array and the tables are flat plain values, so a claim
/// costs no String per word and no retain per stem it is compared with.
struct AsciiTopicIndex: Sendable {
    /// Every stem's and phrase word's bytes, end to end.
    private var bytes: [UInt8] = []
    /// One-word stems grouped by first byte, with the topics they give as bit masks (bit = topic
    /// position): when a word is the stem, and when it is longer and starts with it.
    private var stems: [(start: Int, count: Int, exact: UInt64, prefix: UInt64)] = []
    private var stemsByByte: [Range<Int>] = Array(repeating: 0..<0, count: 128)
    /// Several-word stems grouped by the first byte of their first word; the last word matches as a prefix.
    private var phrases: [(firstWord: Int, words: Int, position: Int)] = []
    private var phraseWords: [(start: Int, count: Int)] = []
    private var phrasesByByte: [Range<Int>] = Array(repeating: 0..<0, count: 128)

    /// Nil when a stem is not ASCII: then the String path decides, as it compares Strings.
    static let shared: AsciiTopicIndex? = AsciiTopicIndex(Lexicon.topicKeywords)

    private init?(_ keywords: [(topic: String, stems: [String])]) {
        guard keywords.count <= 64 else { return nil }
        var exact: [String: UInt64] = [:], prefix: [String: UInt64] = [:]
        var phraseList: [([String], Int)] = []
        for (position, entry) in keywords.enumerated() {
            for stem in entry.stems {
                let words = TopicRules.wordsOf(stem)
                guard words.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return nil }
                if words.count == 1 {
                    exact[words[0], default: 0] |= 1 << position
                    if words[0].utf8.count >= 5 { prefix[words[0], default: 0] |= 1 << position }
                } else if !words.isEmpty {
                    phraseList.append((words, position))
                }
            }
        }
        func append(_ word: String) -> (start: Int, count: Int) {
            defer { bytes.append(contentsOf: word.utf8) }
            return (bytes.count, word.utf8.count)
        }
        let sortedStems = exact.sorted(by: { $0.key < $1.key })
        for byte in 0..<128 {
            let from = stems.count
            for (stem, mask) in sortedStems where stem.utf8.first == UInt8(byte) {
                let (start, count) = append(stem)
                stems.append((start, count, mask, prefix[stem] ?? 0))
            }
            stemsByByte[byte] = from..<stems.count
            let fromPhrase = phrases.count
            for (words, position) in phraseList where words[0].utf8.first == UInt8(byte) {
                phrases.append((phraseWords.count, words.count, position))
                for word in words { phraseWords.append(append(word)) }
            }
            phrasesByByte[byte] = fromPhrase..<phrases.count
        }
    }

    func topics(_ s: [Unicode.Scalar]) -> [String] {
        let words = Tokenizer.asciiWordRanges(s)
        return s.withUnsafeBufferPointer { topics(words, $0) }
    }

    /// The words' bytes are lower-cased as they are compared (the text is ASCII), not copied first.
    private func topics(_ words: [Range<Int>], _ s: UnsafeBufferPointer<Unicode.Scalar>) -> [String] {
        func lower(_ k: Int) -> UInt8 {
            let b = UInt8(truncatingIfNeeded: s[k].value)
            return b &- 0x41 < 26 ? b | 0x20 : b
        }
        func starts(_ w: Range<Int>, with start: Int, _ count: Int) -> Bool {
            guard count <= w.count else { return false }
            for k in 0..<count where lower(w.lowerBound + k) != bytes[start + k] { return false }
            return true
        }
        var hit: UInt64 = 0
        for w in words {
            for stem in stems[stemsByByte[Int(lower(w.lowerBound))]] where starts(w, with: stem.start, stem.count) {
                hit |= stem.count == w.count ? stem.exact : stem.prefix
            }
        }
        for i in words.indices {
            for phrase in phrases[phrasesByByte[Int(lower(words[i].lowerBound))]] {
                guard hit & (1 << phrase.position) == 0, i + phrase.words <= words.count else { continue }
                var matched = true
                for j in 0..<phrase.words {
                    let (start, count) = phraseWords[phrase.firstWord + j]
                    let w = words[i + j]
                    if j < phrase.words - 1 && w.count != count || !starts(w, with: start, count) { matched = false; break }
                }
                if matched { hit |= 1 << phrase.position }
            }
        }
        return Lexicon.topicKeywords.indices.filter { hit & (1 << $0) != 0 }.map { Lexicon.topicKeywords[$0].topic }
    }
}
