import ParleyExtract
import Testing

/// "on August 6, nine days before the Trump-Putin summit in Anchorage", "on August 14, on the eve of the Russia-US summit
/// in Alaska": the undated meeting a distance phrase names is dated from the sentence's own day.
@Suite struct NamedMeetingDayTests {
    static let lead = "Headline here\n\nPublished August 24, 2025\n\nU.S. President Donald Trump, Russian President Vladimir Putin "
        + "and U.S. envoy Steve Witkoff were named.\n\n"

    static func summits(_ text: String) -> [String] {
        Extractor.extract(body: lead + text).meetings.filter { $0.kind == .summit }.map { "\($0.place ?? "-") \($0.date ?? "-")" }
    }

    @Test(arguments: [
        ("Witkoff last met Putin in Moscow on August 6, nine days before the Trump-Putin summit in Anchorage, Alaska.", ["Anchorage 2025-08-15"]),
        ("On August 14, on the eve of the Russia-US summit in Alaska, 84 Ukrainians were returned home.", ["Alaska 2025-08-15"]),
        ("On August 13, two days before the summit in Alaska, Trump spoke with European leaders.", ["Alaska 2025-08-15"]),
    ])
    func theNamedMeetingTakesItsDay(text: String, expected: [String]) {
        #expect(NamedMeetingDayTests.summits(text) == expected)
    }

    /// "Speaking in Abu Dhabi ..., Trump said he would meet Putin": where he spoke does not place the meeting he announced.
    @Test func whereHeSpokeDoesNotPlaceTheMeetingToCome() {
        let text = "Speaking in Abu Dhabi at the end of his Gulf trip, Trump said he would meet Putin \"as soon as we can set it up.\""
        #expect(NamedMeetingDayTests.summits(text) == ["- -"])
    }
}

/// "Umerov and the chief of Ukraine's general staff, Andriy Hnatov, are due to meet Witkoff and Kushner": the role after
/// another name and "and" is the appositive name's, and that name is one of those who meet.
@Suite struct NameAfterRoleTests {
    static let text = "Headline here\n\nPublished December 3, 2025\n\nRustem Umerov, the secretary of Ukraine's security council, "
        + "US envoy Steve Witkoff and Jared Kushner spoke.\n\nUmerov and the chief of Ukraine's general staff, Andriy Hnatov, are "
        + "due to meet Witkoff and Kushner in Miami on Thursday, the Ukrainian side said."

    @Test func theRoleIsHisOwn() {
        let hnatov = Extractor.extract(body: NameAfterRoleTests.text).people.first { $0.name == "Andriy Hnatov" }
        #expect(hnatov?.roles.map(\.text) == ["chief of Ukraine's general staff"])
    }

    @Test func heIsAmongThoseWhoMeet() {
        let meetings = Extractor.extract(body: NameAfterRoleTests.text).meetings
        #expect(meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" }
            == ["talks Miami 2025-12-04 [\"UA\", \"US\"]"])
    }
}
