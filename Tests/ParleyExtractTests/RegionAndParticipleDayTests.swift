@testable import ParleyExtract
import Testing

/// "met in Osaka, Japan, in June 2019": the region set off after a city keeps the day near; "talks in Geneva on Sunday
/// saying they had made progress": a participle of saying after the day leaves the day to the talks; "a summit of NATO's
/// eastern-flank states in Vilnius": "states" after a modifier is a noun, not a verb of saying.
@Suite struct RegionAndParticipleDayTests {
    private func meetings(_ text: String, published: String) -> [String] {
        Extractor.extract(body: "Headline here\n\n\(published)\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status)" }
    }

    private let leaders = "US President Donald Trump spoke. Russian President Vladimir Putin spoke. "

    @Test(arguments: [
        ("Trump and Putin met in Osaka, Japan, in June 2019.", "summit Osaka 2019-06 held"),
        ("Trump and Putin met in Anchorage, Alaska, on August 15.", "summit Anchorage 2025-08-15 held"),
    ])
    func regionAfterTheCityIsNoBreak(sentence: String, expected: String) {
        #expect(meetings(leaders + sentence, published: "August 16, 2025") == [expected])
    }

    @Test func aListOfPlacesStillBreaks() {
        let text = leaders + "Trump and Putin met in Osaka, where Japan, Russia, and others sent envoys, in June 2019."
        #expect(meetings(text, published: "August 16, 2025") == ["summit Osaka - held"])
    }

    @Test func participleOfSayingAfterTheDay() {
        let text = "American and Ukrainian negotiators emerged from a day of talks in Geneva on Sunday saying they had made "
            + "significant progress on a U.S.-drafted plan."
        #expect(meetings(text, published: "November 24, 2025") == ["talks Geneva 2025-11-23 held"])
    }

    @Test func finiteVerbOfSayingAfterTheDayIsTheStatements() {
        let text = "Negotiators held talks in Geneva last week. Peskov on Sunday said the talks had been useful."
        #expect(meetings(text, published: "November 24, 2025").allSatisfy { !$0.contains("2025-11-23") })
    }

    @Test(arguments: [
        "Speaking at a summit of NATO's eastern-flank states in Vilnius on Monday, Ukrainian President Volodymyr Zelenskiy called the document bad.",
        "Ukrainian President Volodymyr Zelenskiy spoke at a summit of Nordic states in Vilnius on Monday.",
    ])
    func statesAfterAModifierIsANoun(text: String) {
        #expect(meetings(text, published: "June 3, 2025") == ["summit Vilnius 2025-06-02 held"])
    }

    @Test(arguments: [
        ("The report states that the plan was bad.", "report"),
        ("EU member states said the plan was bad.", "EU member states"),
    ])
    func statesAsVerbAndAsSpeaker(text: String, speaker: String) {
        let claims = Extractor.extract(body: "Headline here\n\nJune 3, 2025\n\n" + text).claims
        #expect(claims.map(\.speaker) == [speaker])
    }
}
