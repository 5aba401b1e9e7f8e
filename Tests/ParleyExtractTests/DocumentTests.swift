@testable import ParleyExtract
import Testing

@Suite struct DocumentTests {
    private func sentences(_ text: String) -> [String] {
        let doc = Document(text)
        return doc.sentences.map { doc.text($0.span) }
    }

    @Test(arguments: [
        ("Mr. Peskov spoke. He left.", ["Mr. Peskov spoke.", "He left."]),
        ("The U.S. Secretary of State arrived. Talks began.", ["The U.S. Secretary of State arrived.", "Talks began."]),
        ("Gen. Smith and Lt. Jones met on Jan. 5 in St. Petersburg. It rained.",
         ["Gen. Smith and Lt. Jones met on Jan. 5 in St. Petersburg.", "It rained."]),
        ("Talks with the U.K. delegation ended. Dr. Ivanov said J. R. Smith was there.",
         ["Talks with the U.K. delegation ended.", "Dr. Ivanov said J. R. Smith was there."]),
        ("“It is over.” He left.", ["“It is over.”", "He left."]),
        ("Is it over? Yes! Done.", ["Is it over?", "Yes!", "Done."]),
        ("Cooperation with the U.S. in this area continues.", ["Cooperation with the U.S. in this area continues."]),
    ])
    func splitsSentencesAroundAbbreviations(_ text: String, _ expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test func singleNewlinesSeparateParagraphsAndSentences() {
        let doc = Document("Headline Without Stop\nFirst line ends here\nSecond line.")
        #expect(doc.paragraphs.count == 3)
        #expect(doc.sentences.count == 3)
        #expect(doc.paragraphs[0].kind == .heading)
        #expect(doc.paragraphs[2].kind == .body)
    }

    @Test(arguments: ["Comments", "Add a public comment...", "No comments", "No comments yet",
                      "Also Read; Gold Mining Halted in Congo", "Share this", "Related: more talks", "Reporting by AFP contributed."])
    func debrisLinesAreMarked(_ line: String) {
        let doc = Document("Talks went on.\n\(line)\nMore text.")
        #expect(doc.paragraphs[1].kind == .debris)
        #expect(doc.paragraphs[0].kind == .body)
    }

    private func quotes(_ text: String) -> [String] {
        let doc = Document(text)
        return doc.quotes.map { doc.text($0.content) }
    }

    @Test(arguments: [
        ("He said “we agree” today.", ["we agree"]),
        ("He said «we agree» today.", ["we agree"]),
        ("He said \"we agree\" and \"we go\".", ["we agree", "we go"]),
        ("He called them ‘props’ twice.", ["props"]),
        ("He called them 'props' but didn't go.", ["props"]),
        ("The demands are “absolutely contradictory,» he said, and «ill-advised» too.", ["absolutely contradictory,", "ill-advised"]),
        ("Russia’s view isn’t “final” yet.", ["final"]),
        ("No quotes in Russia’s statement, it’s said.", []),
        // German typography: »the other way«.
        ("The atmosphere had been »less emotional,« with »fewer lyrical parts.«", ["less emotional,", "fewer lyrical parts."]),
        ("»We agree,« he said.", ["We agree,"]),
        ("It was 5 » 4 for them, he said «truly».", ["truly"]),
    ])
    func pairsEveryQuoteStyle(_ text: String, _ expected: [String]) {
        #expect(quotes(text) == expected)
    }

    @Test func multiParagraphQuoteContinues() {
        let doc = Document("He said: “First part of it.\n“Second part,” he added.")
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes[1].continuesPrevious)
        #expect(doc.text(doc.quotes[0].content) == "First part of it.")
        #expect(doc.text(doc.quotes[1].content) == "Second part,")
    }

    @Test func tokensCarryCodePointOffsets() {
        let body = "Erdoğan’s «talks» on 1,000 prisoners"
        let doc = Document(body)
        let scalars = Array(body.unicodeScalars)
        for t in doc.tokens {
            #expect(scalars.text(t.start, t.end) == t.text)
        }
        #expect(doc.tokens.map(\.text) == ["Erdoğan", "’s", "«", "talks", "»", "on", "1,000", "prisoners"])
        #expect(doc.tokens[1].kind == .possessive)
        #expect(doc.tokens[6].kind == .number)
    }
}

/// A headline with deck lines under it and no blank line before the byline.
@Suite struct HeadlineDeckTests {
    @Test func aHeadlineWithDeckLines() {
        let text = """
            Ukraine Backs U.S. Plan for 30-Day Cease-Fire
            Kyiv’s move shifts pressure onto Moscow after talks in Saudi Arabia
            By Lauren Pakula in Jeddah
            Updated March 11, 2025 6:48 pm ET
            JEDDAH, Saudi Arabia—Ukraine agreed Tuesday to a U.S. proposal.
            """
        #expect(Extractor.extract(body: text).source.title == "Ukraine Backs U.S. Plan for 30-Day Cease-Fire")
        // Three short lines of running text without a stop are no headline and decks.
        #expect(Extractor.extract(body: "One line\nTwo line\nThree line\nFour line\nAnd then the text goes on.").source.title == nil)
    }
}

/// "... the basis for any serious diplomacy. »It should include ...,« he said.": a » glued to a capital opens the next sentence,
/// a « glued to the stop closes the one before.
@Suite struct ReversedGuillemetSentenceTests {
    @Test func aReversedOpenerStartsASentence() {
        let doc = Document("Umerov insisted that a ceasefire was the basis for any diplomacy. »It should include a halt,« he said.")
        #expect(doc.sentences.count == 2)
        #expect(DatedArticle.claims("Rustem Umerov spoke. Umerov insisted that a ceasefire was the basis for any diplomacy. »It should "
            + "include a halt of attacks on civilian objects,« he said.", on: "24 July 2025").last
            == "Rustem Umerov | It should include a halt of attacks on civilian objects")
    }

    @Test func aReversedCloserEndsTheSentenceBefore() {
        let doc = Document("The atmosphere had been »calm.« Russia's proposal was not new.")
        #expect(doc.sentences.map { doc.text(tokens: $0.tokens) } == ["The atmosphere had been »calm.«", "Russia's proposal was not new."])
    }
}
