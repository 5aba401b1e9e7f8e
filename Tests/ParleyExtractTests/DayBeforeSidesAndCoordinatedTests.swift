@testable import ParleyExtract
import Testing

/// "the Alaska meeting on Aug. 15 between US President Donald Trump and Russian President Vladimir Putin": those met after
/// the day told of the noun; "..., and US and Ukrainian officials met in Jeddah on March 11": a clause joined by ", and"
/// with a verb of meeting, its own place and day is another meeting.
@Suite struct DayBeforeSidesAndCoordinatedTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline\n\nKYIV, August 24, 2025\n\n" + text + "\n").meetings.map {
            "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status) \($0.parties.sorted().joined(separator: "+"))"
        }
    }

    @Test(arguments: [
        ("It was the first since the Alaska meeting on Aug. 15 between US President Donald Trump and Russian President Vladimir Putin.",
         "summit Alaska 2025-08-15 held RU+US"),
        ("The meeting on Friday between US President Donald Trump and Russian President Vladimir Putin ended without a deal.",
         "summit - 2025-08-22 held RU+US"),
    ])
    func leadersAfterTheDayOfTheNoun(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence) == [expected])
    }

    @Test func aCoordinatedClauseWithItsOwnMeeting() {
        let found = meetings("Saudi Arabia hosted US-Russian talks in Riyadh on Feb. 18, and US and Ukrainian officials met in Jeddah on March 11.")
        #expect(found.contains("talks Riyadh 2025-02-18 held RU+US"))
        #expect(found.contains("talks Jeddah 2025-03-11 held UA+US"))
    }

    /// (A clause joined by ", and" with no place and day of its own adds nothing.)
    @Test func aCoordinatedClauseWithoutItsOwnPlaceAddsNothing() {
        let found = meetings("Russian and Ukrainian delegations met in Istanbul on May 16, and they met again later.")
        #expect(found == ["talks Istanbul 2025-05-16 held RU+UA"])
    }
}
