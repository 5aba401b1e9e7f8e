@testable import ParleyExtract
import Testing

/// Meetings as official readouts tell them: the headline's call dated by the page, an exchange whose
/// day comes first, and talks whose sides the clause names.
@Suite struct ReadoutTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: text).meetings.map { "\($0.kind) \($0.date ?? "-") \($0.parties.joined(separator: "+")) \($0.status)" }
    }

    @Test func theHeadlinesCallTookPlaceTheDayThePageIsDated() {
        let text = """
            Telephone conversation with President of the United States Donald Trump

            March 18, 2025

            Vladimir Putin had a telephone conversation with President of the United States of America Donald Trump.
            """
        #expect(meetings(text).first == "call 2025-03-18 RU+US held")
        // A headline about something else dates nothing.
        let other = text.replacingOccurrences(of: "Telephone conversation with", with: "Remarks on")
        #expect(meetings(other).first == "call - RU+US held")
    }

    @Test(arguments: [
        "Vladimir Putin informed his counterpart that on March 19 an exchange of prisoners of war would take place between Russia and Ukraine: 175 for 175.",
        "Vladimir Putin informed his counterpart that on March 19, Russia and Ukraine would carry out an exchange of prisoners, 175 for 175.",
    ])
    func anExchangeTakesTheDayToldBeforeIt(_ sentence: String) {
        #expect(meetings("MOSCOW, March 18, 2025 - \(sentence)") == ["exchange 2025-03-19 RU+UA planned"])
    }

    @Test func theDayOfAnAgreementIsNotTheExchanges() {
        let text = "MOSCOW, March 18, 2025 - On March 17 Russia and Ukraine agreed to carry out an exchange of prisoners soon."
        #expect(meetings(text) == ["exchange - RU+UA planned"])
    }

    @Test func handOversToldAsDoneWithTheirDays() {
        let text = """
            KYIV, 24 August 2025 - Ukraine and Russia exchanged prisoners again, officials said.

            On 14 August, Ukraine and Russia carried out an 84-for-84 exchange. Ukraine brought home 33 servicemen.

            On 19 August, Ukraine received the bodies of 1,000 fallen defenders.
            """
        let found = meetings(text)
        #expect(found.contains("exchange 2025-08-14 RU+UA held"))
        #expect(found.contains("exchange 2025-08-19 RU+UA held"))
    }

    @Test func aDayAfterCountsBackFromTheSentencesDate() {
        let text = """
            KYIV, Ukraine, March 19, 2025 - Russia and Ukraine exchanged 175 prisoners of war each on Wednesday, officials said, \
            a day after Russian President Vladimir Putin agreed in a phone call with U.S. President Donald Trump to halt attacks.
            """
        #expect(meetings(text) == ["exchange 2025-03-19 RU+UA held", "call 2025-03-18 RU+US held"])
    }

    @Test func talksToComeTakeTheSidesTheirClauseNames() {
        let text = """
            MOSCOW, March 18, 2025 - Russia and Ukraine exchanged prisoners on Monday. It was agreed that Russian and American \
            expert groups would hold talks in the near future on the Black Sea.
            """
        #expect(meetings(text).contains("talks - RU+US planned"))
    }
}
