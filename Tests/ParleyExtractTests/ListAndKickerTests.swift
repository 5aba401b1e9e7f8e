@testable import ParleyExtract
import Testing

/// List items and section labels ("Why it matters:") around quotations, and speakers told by a
/// demonstrative, a leader's description or a bare title.
@Suite struct ListAndKickerTests {
    private func claims(_ body: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nMar 18, 2025\n\n" + body).claims.map { "\($0.speaker): \($0.text)" }
    }

    private let cast = "Kremlin aide Yuri Ushakov and Ukrainian President Volodymyr Zelenskyy spoke on Tuesday.\n"

    @Test(arguments: ["- ", "• ", "* "])
    func aListMarkerBeforeAQuotation(_ marker: String) {
        #expect(claims(cast + marker + "\"Putin responded positively,\" Ushakov said.") == ["Yuri Ushakov: Putin responded positively"])
    }

    @Test func aSectionLabelIsNotPartOfTheSpeaker() {
        let text = "Between the lines: A senior administration official said the conversation was long.\n"
            + "• That official said Trump did not raise the issue of a meeting."
        #expect(claims(text) == ["senior administration official: the conversation was long",
                                 "senior administration official: Trump did not raise the issue of a meeting"])
        // A name before a colon is no label.
        #expect(claims(cast + "Zelenskyy: We are ready for talks, he said.").isEmpty == false)
    }

    @Test(arguments: ["He added: \"We need strong sanctions.\"", "Zelenskyy added: \"We need strong sanctions.\"",
                      "The president told reporters: \"We need strong sanctions.\""])
    func anAttributionBeforeAColonIsNoLabel(_ line: String) {
        let text = "Ukrainian President Volodymyr Zelenskyy said Moscow had sent a weak delegation.\n\n" + line
        #expect(claims(text).last == "Volodymyr Zelensky: We need strong sanctions.")
    }

    @Test func aQuotationInSingleMarksRunsOverParagraphs() {
        let text = "UK Prime Minister Keir Starmer said: 'Putin's position is unacceptable. The Ukrainians are serious.\n\n"
            + "'It is time for Russia to do the same.'\n\nThe talks ended."
        #expect(claims(text) == ["Keir Starmer: Putin's position is unacceptable. The Ukrainians are serious. It is time for Russia to do the same."])
    }

    @Test func theRussianLeaderIsTheHeadOfStateNamed() {
        let text = "Vladimir Putin met Donald Trump in Alaska. At a joint appearance, the Russian leader said the talks had been constructive."
        #expect(claims(text) == ["Vladimir Putin: the talks had been constructive"])
    }

    @Test func aBareTitleIsTheLastSubjectWhenAHeadOfState() {
        let text = """
            Donald Trump said later that he had phoned Volodymyr Zelensky, and that the Ukrainian president would come on Monday.

            “It was determined by all that the best way is a peace agreement,” the president wrote on Truth Social.
            """
        #expect(claims(text).last == "Donald Trump: It was determined by all that the best way is a peace agreement")
    }

    @Test func thePrimeMinisterIsTheLastSubjectWhenALeaderWithNoOtherTitle() {
        let text = "Sir Keir Starmer said there had been progress. Italian Prime Minister Giorgia Meloni was there.\n\n"
            + "Sir Keir, speaking to broadcasters outside the White House, said there had been \"real progress\".\n\n"
            + "\"We have taken a step forward,\" the prime minister said."
        #expect(claims(text).last == "Keir Starmer: We have taken a step forward")
    }
}
