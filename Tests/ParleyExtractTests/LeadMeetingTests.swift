@testable import ParleyExtract
import Testing

/// The meeting a feature's lead tells at length: modifiers before "meeting", names with initials,
/// a city by its outskirts, a venue before the noun, and dates and places that belong elsewhere.
@Suite struct LeadMeetingTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: text).meetings.map {
            "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.parties.joined(separator: "+"))"
        }
    }

    @Test func aLongLeadPlacesAndDatesTheMeeting() {
        let text = """
            The first high-level meeting between American and Russian officials in three years produced a plan — and alarm in Kyiv.

            Feb. 18, 2025

            Secretary of State Marco Rubio and Foreign Minister Sergey V. Lavrov of Russia sat across a polished table from \
            each other for four and a half hours on Tuesday in a gilded hall of Diriyah Palace, on the outskirts of the Saudi \
            capital.
            """
        #expect(meetings(text) == ["talks Riyadh Diriyah Palace 2025-02-18 RU+US"])
    }

    @Test func aDateAfterAnotherCallIsThatCalls() {
        let text = """
            RIYADH, Feb. 18, 2025 - It was the first meeting at this level in three years, and it came less than a week \
            after Trump and Putin spoke by phone last Wednesday.
            """
        // (The dateline places the round; the day is the call's, not the meeting's.)
        #expect(meetings(text).first?.hasPrefix("talks Riyadh - - ") == true)
    }

    @Test func aVenueBeforeTheNounAndAfterTheVerb() {
        let before = "WASHINGTON, Aug. 17, 2025 - Europe's leaders scrambled before a White House meeting between Trump and Zelensky."
        #expect(meetings(before).contains { $0.hasPrefix("summit Washington White House") })
        let after = "WASHINGTON, Aug. 17, 2025 - Mr. Zelensky will travel to Washington on Monday to meet Mr. Trump at the White House."
        #expect(meetings(after) == ["summit Washington White House 2025-08-18 UA+US"])
    }
}
