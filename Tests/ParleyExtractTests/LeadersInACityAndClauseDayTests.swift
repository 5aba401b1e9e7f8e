@testable import ParleyExtract
import Testing

/// "Leaders of Ukraine's allies agreed in Paris on Tuesday": a leaders' meeting there; "where he held talks with Trump at
/// his Mar-a-Lago resort in Palm Beach the following day": the day and city of the noun's own clause, the following day
/// counted from a day told earlier in the sentence; "since their Aug. 15 summit": the summit's day; "The third round ...,
/// hosted by Türkiye at Istanbul's Çırağan Palace on July 23,": the round's host is no other meeting.
@Suite struct LeadersInACityAndClauseDayTests {
    private func meetings(_ text: String, published: String = "January 7, 2026") -> [String] {
        Extractor.extract(body: "Headline\n\n\(published)\n\n" + text + "\n").meetings.map {
            "\($0.kind) \($0.place ?? "-") \($0.date ?? "-")"
        }
    }

    @Test(arguments: [
        ("Leaders of Ukraine’s allies agreed in Paris on Tuesday on the outlines of a multinational force.", "summit Paris 2026-01-06"),
        ("European leaders gathered in London on Sunday to discuss security guarantees.", "summit London 2026-01-04"),
        ("Tusk said he heard it first-hand after European leaders met Ukrainian President Volodymyr Zelensky and two US envoys in Berlin on Monday evening.",
         "summit Berlin 2026-01-05"),
    ])
    func leadersActingInACityOnADay(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence) == [expected])
    }

    @Test(arguments: ["European leaders agreed in Paris that more work was needed.",
                      "Russian officials said European leaders had failed, in Berlin on Monday, to agree."])
    func leadersWithNoDayOrCityOfTheirOwnMakeNoMeeting(_ sentence: String) {
        #expect(meetings(sentence).isEmpty)
    }

    @Test func theDayAndCityOfTheNounsOwnClause() {
        let text = "On Dec. 27, Ukrainian President Volodymyr Zelensky stopped in Halifax to meet Prime Minister Mark Carney on his way "
            + "to Florida, where he held talks with U.S. President Donald Trump at his Mar-a-Lago resort in Palm Beach the following day."
        let found = meetings(text)
        #expect(found.contains("summit Palm Beach 2025-12-28"))
        #expect(found.contains("summit Halifax 2025-12-27"))
    }

    @Test func aDayBeforeTheSummitNounAfterSince() {
        let text = "U.S. President Donald Trump and Russian President Vladimir Putin have not met in person since their Aug. 15 summit in Anchorage, Alaska."
        #expect(meetings(text, published: "September 7, 2025").contains("summit Anchorage 2025-08-15"))
    }

    @Test func aRoundsOwnHostIsNoOtherMeeting() {
        let text = "The third round of direct peace talks between Russia and Ukraine, hosted by Türkiye at Istanbul's Çırağan Palace "
            + "on July 23, ended after around 40 minutes."
        #expect(meetings(text, published: "July 24, 2025") == ["talks Istanbul 2025-07-23"])
    }
}

/// "In Kyiv, Zelensky said ... Ukraine was ready to meet the U.S. envoys again": where it was said is not where they meet.
@Suite struct SaidThereTests {
    @Test func aFrontedPlaceOfSpeakingIsNoMeetingPlace() {
        let text = "Headline\n\nDec. 3, 2025\n\nIn Kyiv, Ukrainian President Volodymyr Zelensky said Ukraine was ready to meet the U.S. envoys "
            + "again \"immediately.\"\n"
        let found = Extractor.extract(body: text).meetings
        #expect(found.count == 1)
        #expect(found.allSatisfy { $0.place == nil })
    }
}
