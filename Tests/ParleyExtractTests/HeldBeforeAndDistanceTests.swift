@testable import ParleyExtract
import Testing

/// While the article's round is still to come, a round a relative clause tells as held is an earlier one of its own;
/// and "The call came a day after X met Y" dates that meeting from the call.
@Suite struct HeldBeforeAndDistanceTests {
    private let lead = "Headline here\n\nPublished May 19, 2025\n\n"
        + "US President Donald Trump spoke by phone with Russian President Vladimir Putin on Monday. He said Russia and Ukraine "
        + "would immediately start negotiations. "

    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: lead + text).meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.status.rawValue)" }
    }

    @Test(arguments: [
        ("Putin thanked Trump for supporting direct talks between Russia and Ukraine, which took place in Istanbul last Friday.",
         "talks Istanbul 2025-05-16 held"),
        ("Putin recalled the direct talks, which were held in Istanbul on May 16.", "talks Istanbul 2025-05-16 held"),
    ])
    func anEarlierRoundToldAsHeld(_ text: String, _ expected: String) {
        #expect(meetings(text).contains(expected))
        #expect(meetings(text).contains { $0.hasPrefix("talks - -") })
    }

    @Test(arguments: [
        ("The call came a day after US Vice President JD Vance met Ukrainian President Volodymyr Zelenskyy in Rome.", "talks Rome 2025-05-18 held"),
        ("The call came a week after US Vice President JD Vance met Ukrainian President Volodymyr Zelenskyy in Rome.", "talks Rome 2025-05-12 held"),
    ])
    func aMeetingDatedFromTheCall(_ text: String, _ expected: String) {
        #expect(meetings(text).contains(expected))
    }
}

/// "held talks with Putin in the Kremlin on 2 December, a few days after meeting Umerov's team in Florida": two
/// meetings, each with its own sides, place and day.
@Suite struct MeetingAfterMeetingTests {
    @Test func theGerundIsAnotherMeeting() {
        let text = "Headline here\n\nPublished December 15, 2025\n\n"
            + "US envoy Steve Witkoff met Ukrainian President Volodymyr Zelensky in Berlin on Sunday. "
            + "US adviser Jared Kushner, Russian President Vladimir Putin and Ukrainian negotiator Rustem Umerov were also busy. "
            + "Witkoff and Kushner held talks with Putin in the Kremlin on 2 December, a few days after meeting Umerov's team in Florida."
        let meetings = Extractor.extract(body: text).meetings.map { "\($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted().joined(separator: " "))" }
        #expect(meetings.contains("Moscow 2025-12-02 RU US"))
        #expect(meetings.contains("Florida - UA US"))
    }
}

/// "met the crown prince in Jeddah a day before the talks", "held talks in Paris a day before the Riyadh meeting":
/// dated from the meeting the phrase names.
@Suite struct DayBeforeNamedMeetingTests {
    @Test(arguments: [
        ("Ukrainian President Volodymyr Zelensky, who met Saudi Crown Prince Mohammed bin Salman in Jeddah a day before the talks, said he was ready.",
         "Jeddah 2025-03-10"),
        ("The leaders of France and Germany held hastily arranged talks in Paris a day before the Jeddah meeting.", "Paris 2025-03-10"),
    ])
    func theDayFromTheMeetingNamed(_ text: String, _ expected: String) {
        let lead = "Headline here\n\nPublished March 11, 2025\n\nUS and Ukrainian officials held talks in Jeddah on Tuesday. "
        let meetings = Extractor.extract(body: lead + text).meetings.map { "\($0.place ?? "-") \($0.date ?? "-")" }
        #expect(meetings.contains("Jeddah 2025-03-11"))
        #expect(meetings.contains(expected))
    }
}

/// "The two leaders met ... in Anchorage, Alaska, on Friday": the two heads of state named last, and a day after the
/// city's state.
@Suite struct TwoLeadersMetTests {
    @Test func theLeadersNamedLast() {
        let text = "Headline here\n\nPublished August 16, 2025\n\nUS President Donald Trump and Russian President Vladimir Putin "
            + "arrived in Alaska. The two leaders met for nearly three hours at Joint Base Elmendorf-Richardson in Anchorage, Alaska, on Friday."
        let meetings = Extractor.extract(body: text).meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" }
        #expect(meetings == ["summit Anchorage 2025-08-15 [\"RU\", \"US\"]"])
    }
}

/// "announced a prisoner swap for Wednesday": a weekday something is set for lies ahead of the article's date.
@Suite struct SetForWeekdayTests {
    @Test func theDayAhead() {
        let text = "Headline here\n\nPublished March 18, 2025\n\nThe Kremlin also announced a prisoner swap for Wednesday."
        #expect(Extractor.extract(body: text).meetings.map { "\($0.kind.rawValue) \($0.date ?? "-")" } == ["exchange 2025-03-19"])
    }
}
