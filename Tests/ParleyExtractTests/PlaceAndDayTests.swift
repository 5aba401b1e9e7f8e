@testable import ParleyExtract
import Testing

/// Where and when, told the long way: a slashed page date settled by the month written after it,
/// a city behind a long description, a day before a summit's name, and a past day that makes a
/// meeting held.
@Suite struct PlaceAndDayTests {
    private func found(_ text: String) -> (published: String?, meetings: [String]) {
        let e = Extractor.extract(body: text)
        return (e.source.published, e.meetings.map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status)" })
    }

    @Test func aSlashedDateIsSettledByTheMonthWrittenAfterIt() {
        #expect(found("Talks in Jeddah\n\nMarkus Vogel\n03/12/2025March 12, 2025\n\nThe talks ended.").published == "2025-03-12")
        #expect(found("Talks in Jeddah\n\n03/12/2025\n\nThe talks ended.").published == nil)
    }

    @Test func aCityBehindALongDescription() {
        let text = "Talks in Jeddah\n\nMarch 12, 2025\n\nAfter eight hours of talks in the Saudi Red Sea city of Jeddah on Tuesday, Ukraine said it was ready."
        #expect(found(text).meetings == ["talks Jeddah 2025-03-11 held"])
    }

    @Test func aDayBeforeTheSummitsName() {
        let text = "TIRANA, May 17, 2025 - Zelensky, who spent Friday at the European Political Community summit in Tirana, spoke to reporters."
        #expect(found(text).meetings == ["summit Tirana 2025-05-16 held"])
    }

    @Test func aMeetingDatedBeforeTheArticleIsHeld() {
        let text = """
            RIYADH, February 18, 2025 - It followed a 90-minute phone call between Trump and Putin on February 12, after \
            which Trump said the two leaders had agreed that their teams would start negotiations.
            """
        #expect(found(text).meetings.first == "call - 2025-02-12 held")
    }
}

/// Places told as hosts, a city inside a group's name, and a weekday right after a summit.
@Suite struct HostPlaceTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: text).meetings.map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-")" }
    }

    @Test(arguments: [
        ("Zelensky was speaking from Tirana, where he attended the European Political Community summit on Friday.", "summit Tirana 2025-05-16"),
        ("President Volodymyr Zelensky, speaking at the Bucharest Nine summit in Vilnius on Friday, said Ukraine was ready.", "summit Vilnius 2025-05-16"),
        ("Pope Leo XIV has repeatedly offered the Vatican as a venue for talks.", "talks Vatican -"),
        ("Istanbul hosted Russian-Ukrainian talks in March 2022, the last time the two sides met face to face.", "talks Istanbul 2022-03"),
    ])
    func thePlaceIsTheHost(_ sentence: String, _ expected: String) {
        #expect(meetings("KYIV, May 17, 2025 - \(sentence)") == [expected])
    }
}
