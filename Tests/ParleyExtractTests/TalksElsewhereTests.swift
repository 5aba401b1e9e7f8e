@testable import ParleyExtract
import Testing

/// Talks that go on elsewhere ("in Geneva on November 23 and again in Hallandale Beach, Florida, on Sunday", "followed by
/// US-Ukrainian talks in Jeddah on March 11"), teams of two states meeting ("a meeting of senior US and Russian
/// officials"), meetings denied ("no plans for Putin to meet Zelensky", "a trilateral summit “was not raised”") and a
/// lead's summit placed where the reporter files from, a host's meeting with no place in the city of that day's talks.
@Suite struct TalksElsewhereTests {
    private func extraction(_ text: String, dateline: String = "WASHINGTON, December 3, 2025") -> Extraction {
        Extractor.extract(body: "Headline\n\n" + dateline + "\n\n" + text + "\n")
    }

    private func meetings(_ text: String, dateline: String = "WASHINGTON, December 3, 2025") -> [String] {
        extraction(text, dateline: dateline).meetings.map {
            "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status) \($0.parties.joined(separator: "+"))"
        }
    }

    @Test func talksGoingOnInAnotherCityOnAnotherDay() {
        let text = "The draft was reworked at US-Ukrainian talks in Geneva on November 23 and again in Hallandale Beach, Florida, on Sunday."
        #expect(meetings(text) == ["talks Geneva 2025-11-23 held UA+US", "talks Hallandale Beach 2025-11-30 held UA+US"])
    }

    @Test func talksWithAnotherSideInAnotherCity() {
        let text = "Washington held separate talks with Moscow in Riyadh on February 18th and with Kyiv in Jeddah on March 11th."
        #expect(meetings(text).last == "talks Jeddah 2025-03-11 held US+UA")
    }

    @Test func aDayOpeningTheSentenceWithNoCommaDatesTheSummitThere() {
        let text = "On Friday he flew on to Tirana, where leaders of more than 40 countries were gathered for a summit of the European Political Community."
        #expect(meetings(text, dateline: "ISTANBUL, May 17, 2025") == ["summit Tirana 2025-05-16 held "])
    }

    @Test func aRegionTakesTheOneCityTheArticleNamesInIt() {
        let text = """
            The plan was cut after talks between US and Ukrainian negotiators in Geneva on Nov. 23 and in Florida on Sunday.

            The Ukrainian team in Hallandale Beach, Florida, was led by Rustem Umerov.
            """
        #expect(extraction(text).meetings.map { "\($0.place ?? "-") \($0.date ?? "-")" } == ["Geneva 2025-11-23", "Hallandale Beach 2025-11-30"])
    }

    @Test func aHeldMeetingWithNoPlaceIsInTheCityOfThatDaysMeetingInItsState() {
        let text = """
            Ukrainian and US negotiators held talks in Berlin on Sunday.

            German Chancellor Friedrich Merz welcomed Ukrainian President Volodymyr Zelensky at the Chancellery on Sunday afternoon.
            """
        #expect(meetings(text, dateline: "BERLIN, December 15, 2025") == ["talks Berlin 2025-12-14 held UA+US", "summit Berlin 2025-12-14 held DE+UA"])
    }

    @Test func talksFollowedByOthersWithTheirOwnPlaceAndDay() {
        let text = "Saudi Arabia hosted US-Russian talks at Diriyah Palace in Riyadh on February 18, followed by US-Ukrainian talks in Jeddah on March 11."
        #expect(meetings(text) == ["talks Riyadh 2025-02-18 held RU+US", "talks Jeddah 2025-03-11 held UA+US"])
    }

    @Test(arguments: [
        ("Contacts began with a meeting of senior US and Russian officials in Riyadh on February 18.", "talks Riyadh 2025-02-18 held RU+US"),
        ("A meeting between Ukrainian and American delegations in Geneva on November 23 set the tone.", "talks Geneva 2025-11-23 held UA+US"),
    ])
    func aMeetingOfTwoStatesTeamsIsTalks(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence) == [expected])
    }

    @Test(arguments: [
        "Kremlin spokesman Dmitry Peskov said on Wednesday that there were no plans for Putin to meet Zelensky.",
        "Yuri Ushakov told reporters that a trilateral summit “was not raised” in Anchorage.",
    ])
    func aMeetingNoOnePlansIsNone(_ sentence: String) {
        #expect(meetings(sentence).isEmpty)
    }

    @Test func aLeadsSummitWithNoPlaceWasWhereTheReporterFiles() {
        let text = "US President Donald Trump and Russian President Vladimir Putin ended their first face-to-face meeting in more than six years on Friday, although both men described the talks at Joint Base Elmendorf-Richardson as constructive."
        let e = Extractor.extract(body: "Headline\n\nAugust 16, 2025\n\nANCHORAGE, Alaska – " + text + "\n")
        #expect(e.meetings.map { "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-")" }
            == ["summit Anchorage Joint Base Elmendorf-Richardson 2025-08-15"])
    }
}
