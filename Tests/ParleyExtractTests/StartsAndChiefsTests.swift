@testable import ParleyExtract
import Testing

/// A meeting's place and time told before "between" and those met; a day placed by "Earlier on Thursday,"; a round dated
/// by the day it began; chief negotiators listed after a colon heading their sides, and (as before) a side's chief
/// negotiator named before the round heading it.
@Suite struct StartsAndChiefsTests {
    private func extraction(_ text: String) -> Extraction {
        Extractor.extract(body: "Headline\n\nABU DHABI, January 24, 2026 —\n\n" + text + "\n")
    }

    private func meetings(_ text: String) -> [String] {
        extraction(text).meetings.map { "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.parties.joined(separator: "+"))" }
    }

    @Test func aMeetingWithItsPlaceAndTimeBeforeBetweenIsTalks() {
        let text = "US envoy Steve Witkoff arrived. The format was agreed at a meeting in the Kremlin on Thursday night between "
            + "President Vladimir Putin and Witkoff that lasted almost four hours."
        #expect(meetings(text) == ["talks Moscow Kremlin 2026-01-22 RU+US"])
    }

    @Test func aDayPlacedInItsDayOpensTheSentence() {
        let text = "US President Donald Trump spoke. Earlier on Thursday, Trump met Ukrainian President Volodymyr Zelensky on the "
            + "sidelines of the World Economic Forum in Davos."
        #expect(meetings(text) == ["summit Davos - 2026-01-22 US+UA"])
    }

    @Test func theRoundIsDatedByTheDayItBegan() {
        let text = "Talks between Russian, Ukrainian and US officials ended in Abu Dhabi on Saturday after two days of meetings. "
            + "The talks, hosted by the United Arab Emirates, began on Friday in a hotel complex."
        #expect(extraction(text).meetings.first.map { "\($0.place ?? "-") \($0.date ?? "-")" } == "Abu Dhabi 2026-01-23")
    }

    @Test func chiefNegotiatorsListedAfterAColonHeadTheirSides() {
        let text = "Russian and Ukrainian delegations met in Istanbul on Friday. The meeting brought together the same two chief "
            + "negotiators as the first two rounds: Russian presidential aide Vladimir Medinsky and Rustem Umerov, the former "
            + "Ukrainian defence minister."
        let heads = extraction(text).delegations.map { "\($0.side) \($0.head ?? "-")" }.sorted()
        #expect(heads == ["RU Vladimir Medinsky", "UA Rustem Umerov"])
    }

    @Test func theSidesChiefNegotiatorNamedAnywhereHeadsItAtTheRound() {
        let text = "Ukraine's chief negotiator Rustem Umerov spoke on Thursday.\n\n"
            + "Russian and Ukrainian delegations met in Istanbul on Friday."
        #expect(extraction(text).delegations.contains { $0.side == "UA" && $0.head == "Rustem Umerov" })
    }
}

/// "a meeting" ending the text has no "between" after it to read (an input the fuzzer found, shrunk).
@Suite struct MeetingAtTextEndTests {
    @Test(arguments: ["a U d t i P n t d h \u{FFFD} e , r p y s o a a meeting", "He said , so they would arrange a meeting"])
    func aMeetingEndingTheTextIsRead(_ text: String) {
        #expect(Extractor.extract(body: text).meetings.count <= 1)
    }
}
