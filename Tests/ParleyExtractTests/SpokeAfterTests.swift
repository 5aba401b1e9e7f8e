@testable import ParleyExtract
import Testing

/// A call told by "after he spoke with", dated by the statement the lead makes after it, and a
/// meeting "between them" of the leaders named before.
@Suite struct SpokeAfterTests {
    private let cast = "US President Donald Trump and Russian President Vladimir Putin are rivals.\n\n"

    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nMay 19, 2025\n\n" + cast + text).meetings
            .map { "\($0.kind) \($0.date ?? "-") \($0.parties.sorted().joined(separator: "+")) \($0.status)" }
    }

    @Test(arguments: [
        ("President Donald Trump said Monday that Russia and Ukraine would start negotiations after he spoke with "
            + "Russian President Vladimir Putin for more than two hours.", "call 2025-05-19 RU+US held"),
        ("Trump said on Sunday that talks would begin soon after he talked with Putin.", "call 2025-05-18 RU+US held"),
    ])
    func aCallToldAfterTheStatement(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence).filter { $0.hasPrefix("call") } == [expected])
    }

    /// "... Macron said on Thursday after a summit of the so-called 'coalition of the willing' in Paris": a summit too.
    @Test func aSummitToldAfterTheStatement() {
        let text = "Twenty-six countries have committed to sending troops, French President Emmanuel Macron said on Monday after a summit of the "
            + "so-called 'coalition of the willing' in Paris."
        #expect(meetings(text).filter { $0.hasPrefix("summit") }.map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
            == ["summit 2025-05-19"])
    }

    /// "Ukraine on Tuesday endorsed a proposal at the end of talks with US officials": the day of what the subject did.
    @Test func talksEndedOnTheDayOfTheDeed() {
        let text = "Ukraine on Monday endorsed a proposal at the end of talks with US officials in Saudi Arabia."
        #expect(meetings(text).filter { $0.hasPrefix("talks") } == ["talks 2025-05-19 UA+US held"])
    }

    /// "RIYADH — ... agreed Monday ..., after a session of more than four hours here": a session told with its length or
    /// those met is the talks, placed by the dateline's "here"; "the session" someone opened is not a new one.
    @Test(arguments: [
        ("RIYADH, Saudi Arabia — American and Russian officials agreed Monday to start work, after a session of more than "
            + "four hours here to which Ukraine was not invited.", ["talks 2025-05-19 RU+US held"]),
        ("Ukraine endorsed a plan at the end of a marathon session with US officials in Jeddah.", ["talks - UA+US held"]),
        ("Turkish Foreign Minister Hakan Fidan opened the session with a call for peace.", []),
        // (A session of negotiation is talks however it is told.)
        ("Russian and Ukrainian delegations on Monday agreed to trade more prisoners during their second direct negotiating "
            + "session in Istanbul.", ["talks 2025-05-19 RU+UA held"]),
    ])
    func aSessionIsTalks(_ text: String, _ expected: [String]) {
        #expect(meetings(text).filter { $0.hasPrefix("talks") } == expected)
    }

    /// "In Paris, military chiefs ... met on Monday": a city of the verb's own clause is another round than the article's.
    @Test func aRoundInAnotherCity() {
        let text = "Ukraine on Monday endorsed a proposal at the end of talks with US officials in Jeddah. In Paris, military chiefs "
            + "from France and Britain met on Monday to discuss a possible reassurance force."
        #expect(meetings(text).filter { $0.hasPrefix("talks") }.count == 2)
    }

    @Test func aStatementWeeksBeforeDatesNoCall() {
        #expect(meetings("Trump said on April 2 that talks would begin after he spoke with Putin.").filter { $0.hasPrefix("call") }
            == ["call - RU+US held"])
    }

    @Test func aMeetingBetweenThem() {
        let text = "Yuri Ushakov said Monday that Trump and Putin had also discussed a possible meeting between them."
        #expect(meetings(text) == ["summit - RU+US proposed"])
        #expect(meetings("Officials said a meeting between them was possible.").isEmpty)
    }
}

/// Leaders who spoke on days told one after another, and a meeting whose subject carries an apposition.
@Suite struct SpokeOnDaysTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nJuly 4, 2025\n\nUS President Donald Trump and Russian President Vladimir Putin are rivals.\n\n" + text)
            .meetings.map { "\($0.kind) \($0.date ?? "-") \($0.status)" }
    }

    @Test func oneCallOnEachDay() {
        #expect(meetings("Trump and Putin previously spoke on Feb. 12, March 18 and May 19, when they talked for two hours.")
            == ["call 2025-02-12 held", "call 2025-03-18 held", "call 2025-05-19 held"])
    }

    @Test(arguments: ["Trump spoke on Monday about the war.", "Trump and Putin spoke on the need for peace."])
    func noCallWithoutTwoLeadersAndADay(_ sentence: String) {
        #expect(meetings(sentence).isEmpty)
    }

    @Test func aSubjectWithAnApposition() {
        let text = "Secretary of State Marco Rubio and Foreign Minister Sergei Lavrov are here. On June 12 Trump phoned Putin. "
            + "Six days later Marco Rubio, the secretary of state, sat down at Diriyah Palace in Riyadh with a Russian delegation."
        #expect(meetings(text).contains("talks 2025-06-18 held"))
    }
}

/// A call made on the flight home from the meeting just told was made that day.
@Suite struct FlightHomeTests {
    private func calls(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nAugust 17, 2025\n\nUS President Donald Trump, Ukrainian President Volodymyr Zelensky "
            + "and Russian President Vladimir Putin are named.\n\n" + text).meetings.filter { $0.kind == .call }.map { $0.date ?? "-" }
    }

    @Test func theCallTakesTheMeetingsDay() {
        #expect(calls("Trump and Putin met in Anchorage on Friday. Trump said he had phoned Zelensky on the flight home.") == ["2025-08-15"])
    }

    @Test func aCallWithNoFlightKeepsNoDay() {
        #expect(calls("Trump and Putin met in Anchorage on Friday. Trump said he had phoned Zelensky.") == ["-"])
    }
}

/// A call told as separate with each of several people is one call each.
@Suite struct SeparateCallsTests {
    private func calls(_ sentence: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nJuly 23, 2025\n\nTurkish President Recep Tayyip Erdoğan, Russian President Vladimir Putin "
            + "and Ukrainian President Volodymyr Zelenskyy are named.\n\n" + sentence)
            .meetings.filter { $0.kind == .call }.map { $0.parties.sorted().joined(separator: "+") }
    }

    @Test func oneCallEach() {
        #expect(calls("Erdoğan spoke separately by phone with Putin and Zelenskyy on Tuesday.") == ["RU+TR", "TR+UA"])
    }

    @Test func oneCallWithThemAll() {
        #expect(calls("Erdoğan spoke by phone with Putin and Zelenskyy on Tuesday.").count == 1)
    }
}
