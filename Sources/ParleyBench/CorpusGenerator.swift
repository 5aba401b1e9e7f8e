import Foundation

/// Writes N news-shaped articles, the same for the same seed: headline, dateline, paragraphs of
/// reporting with quotes in several styles, names with their transliteration variants, roles,
/// numbers and page debris. With a news-sized vocabulary (the default) the text holds tens of
/// thousands of distinct words, so the full-text index does real work.
public struct CorpusGenerator {
    public var seed: UInt64
    public var newsVocabulary: Bool

    public init(seed: UInt64 = 1, newsVocabulary: Bool = true) {
        self.seed = seed
        self.newsVocabulary = newsVocabulary
    }

    /// Writes `count` files named `article-NNNNNNN.txt` into `folder`, numbered from `first`
    /// (so two calls with different ranges give different articles); returns the bytes written.
    @discardableResult
    public func write(count: Int, into folder: String, first: Int = 0) throws -> Int {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let vocabulary = Vocabulary(size: newsVocabulary ? 40_000 : 300, seed: seed)
        var total = 0
        for index in first..<(first + count) {
            var random = BenchRandom(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(index))
            let text = article(index: index, random: &random, vocabulary: vocabulary)
            let data = Data(text.utf8)
            try data.write(to: URL(fileURLWithPath: folder + String(format: "/article-%07d.txt", index)))
            total += data.count
        }
        return total
    }

    /// One article, about 3.5 KB.
    public func article(index: Int, random: inout BenchRandom, vocabulary: Vocabulary) -> String {
        let cast = Cast.pick(&random)
        let date = Dates.pick(&random)
        var lines: [String] = []
        lines.append(random.pick(Phrases.headlines).replacingOccurrences(of: "{A}", with: cast.a.surname)
            .replacingOccurrences(of: "{B}", with: cast.b.surname).replacingOccurrences(of: "{PLACE}", with: cast.place))
        lines.append("")
        let style = random.below(3)
        if style == 0 {
            lines.append("\(cast.place.uppercased()), \(date.monthDay) (\(random.pick(Phrases.agencies))) – " + sentence(&random, vocabulary, cast))
        } else if style == 1 {
            lines.append("\(date.weekday), \(date.monthDay), \(date.year) \(1 + random.below(12)):\(String(format: "%02d", random.below(60))) am ET")
        }
        var bytes = lines.joined(separator: "\n").utf8.count
        while bytes < 3_300 {
            let paragraph = self.paragraph(&random, vocabulary, cast, date)
            bytes += paragraph.utf8.count + 2
            lines.append("")
            lines.append(paragraph)
        }
        if random.below(3) == 0 { lines.append(""); lines.append(random.pick(Phrases.debris)) }
        if random.below(4) == 0 { lines.append(""); lines.append("Reporting by \(random.pick(Phrases.agencies)); editing by \(random.pick(Names.first)) \(random.pick(Names.last))") }
        return lines.joined(separator: "\n") + "\n"
    }

    func paragraph(_ random: inout BenchRandom, _ vocabulary: Vocabulary, _ cast: Cast, _ date: Dates.Day) -> String {
        switch random.below(6) {
        case 0:
            let (open, close) = random.pick(Phrases.quoteMarks)
            return "\(open)\(sentence(&random, vocabulary, cast)) \(sentence(&random, vocabulary, cast))\(close) \(cast.a.surname) said."
        case 1:
            return "\(cast.b.role.capitalizedFirst) \(cast.b.full) said that \(sentence(&random, vocabulary, cast).lowercasedFirst)"
        case 2:
            let number = random.pick(Phrases.numbers)
            return "Both sides agreed to exchange \(number) prisoners each, \(cast.a.surname) told reporters in \(cast.place) on \(date.monthDay). "
                + sentence(&random, vocabulary, cast)
        case 3:
            return "According to \(cast.a.full), the \(random.pick(Phrases.roundWords)) in \(cast.place) would last \(random.pick(["24 to 48 hours", "two days", "more than three hours", "about 90 minutes"])). "
                + sentence(&random, vocabulary, cast)
        default:
            return (0..<(2 + random.below(3))).map { _ in sentence(&random, vocabulary, cast) }.joined(separator: " ")
        }
    }

    /// A sentence of news words with a Zipf-like mix of common and rare vocabulary.
    func sentence(_ random: inout BenchRandom, _ vocabulary: Vocabulary, _ cast: Cast) -> String {
        var words: [String] = []
        let length = 12 + random.below(14)
        for position in 0..<length {
            let roll = random.below(100)
            if roll < 45 { words.append(random.pick(Phrases.functionWords)) }
            else if roll < 80 { words.append(random.pick(Phrases.newsWords)) }
            else if roll < 83 { words.append(position == 0 ? cast.a.surname : cast.b.surname) }
            else { words.append(vocabulary.word(&random)) }
        }
        return words.joined(separator: " ").capitalizedFirst + "."
    }
}

/// Pseudo-words from syllables: a vocabulary of any size, drawn with a skew towards the front.
public struct Vocabulary: Sendable {
    let words: [String]

    init(size: Int, seed: UInt64) {
        var random = BenchRandom(seed: seed ^ 0xA5A5_A5A5)
        var seen = Set<String>()
        var words: [String] = []
        while words.count < size {
            let syllables = 2 + random.below(3)
            let word = (0..<syllables).map { _ in random.pick(Phrases.syllables) }.joined()
            if seen.insert(word).inserted { words.append(word) }
        }
        self.words = words
    }

    func word(_ random: inout BenchRandom) -> String {
        // The product of two uniforms leans to small indexes, roughly as word frequencies do.
        let skew = random.fraction() * random.fraction()
        return words[min(words.count - 1, Int(skew * Double(words.count)))]
    }
}

/// Deterministic SplitMix64.
public struct BenchRandom: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    public mutating func fraction() -> Double { Double(next() >> 11) / Double(1 << 53) }
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
