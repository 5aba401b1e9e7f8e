@testable import ParleyExtract
import Testing

/// Calls told by a verb of conversing and "by phone" rather than by the noun "call".
@Suite struct PhoneCallTests {
    private func meetings(_ text: String) -> [Meeting] { Extractor.extract(body: text, actors: ActorDictionary()).meetings }

    @Test func aCallAfterWhichSomethingWasAgreedWasHeld() {
        let text = "Vladimir Putin has agreed to a 30-day pause in attacks, but stopped short of a full ceasefire, after a phone call "
            + "with Donald Trump that lasted more than two hours."
        #expect(meetings(text).filter { $0.kind == .call }.map(\.status) == [.held])
    }

    @Test func aCallIsDatedByTheDayAfterItsPartiesNotByAnotherMeetingsDay() {
        let text = """
            WASHINGTON, Feb. 18, 2025 - Tuesday's meeting grew out of a phone call between Donald Trump and Vladimir Putin last \
            Wednesday, in which the two leaders agreed that their teams should begin negotiations.
            """
        let calls = meetings(text).filter { $0.kind == .call }
        #expect(calls.map { "\($0.date ?? "-") \($0.status)" } == ["2025-02-12 held"])
    }

    @Test func teamsToMeetAfterTheLeadersCallAreTheirs() {
        let text = """
            Putin agrees

            Vladimir Putin agreed to a pause after a phone call on Tuesday with Donald Trump.

            Steve Witkoff said that technical teams would meet in Geneva on Sunday.
            """
        let talks = meetings(text).filter { $0.kind == .talks }
        #expect(talks.map { "\($0.place ?? "-") \($0.parties.joined(separator: "+")) \($0.status)" } == ["Geneva RU+US planned"])
    }

    @Test func sinceADayWhenLeadersSpokeDuringAMeeting() {
        let text = """
            WASHINGTON, October 17, 2025 - Donald Trump spoke with Vladimir Putin by phone on Thursday. It was the first known \
            phone call between the two leaders since August 18, when Trump called Putin during a meeting with European leaders \
            at the White House.
            """
        let found = meetings(text).map { "\($0.kind) \($0.date ?? "-") \($0.status)" }
        #expect(found.contains("call 2025-08-18 held"))
        #expect(found.contains("summit 2025-08-18 held"))
    }

    @Test func bothCountriesAfterALeadersCallAreTheCallsStates() {
        let text = """
            Summit planned

            Donald Trump announced the plan on Thursday after a phone call with Vladimir Putin. Trump said high-level advisers \
            from both countries will meet next week, with the US side led by Secretary of State Marco Rubio.

            Ukraine and Russia last held talks in Istanbul in July.
            """
        let planned = meetings(text).filter { $0.kind == .talks && $0.status == .planned }
        #expect(planned.map { $0.parties.sorted() } == [["RU", "US"]])
    }

    @Test func leadersOfSeveralStatesSpeakingWithAnothersHeadOfStateSpokeByPhone() {
        let text = "During discussions held in Albania, leaders from the UK, France, Germany, and Poland deemed Russia's approach "
            + "unacceptable and spoke with U.S. President Donald Trump about these developments."
        let calls = meetings(text).filter { $0.kind == .call }
        #expect(calls.map(\.parties) == [["GB", "FR", "DE", "PL", "US"]])
    }

    @Test(arguments: [
        ("WASHINGTON, May 19, 2025 — U.S. President Donald Trump spoke with Russian President Vladimir Putin by phone on Monday.",
         "2025-05-19", ["RU", "US"]),
        ("KYIV, June 3, 2025 — Ukrainian President Volodymyr Zelensky and French President Emmanuel Macron talked over the phone on Tuesday.",
         "2025-06-03", ["FR", "UA"]),
        // A call with a person behind a title of several words; "JD" is initials without dots.
        ("KYIV, Nov 30, 2025 — On 27 November, President Volodymyr Zelensky held a call with US Vice President JD Vance.",
         "2025-11-27", ["UA", "US"]),
    ])
    func aConversationByPhoneIsAHeldCall(_ text: String, _ date: String, _ parties: [String]) throws {
        let calls = meetings(text).filter { $0.kind == .call }
        #expect(calls.count == 1)
        let call = try #require(calls.first)
        #expect(call.date == date)
        #expect(call.status == .held)
        #expect(Set(call.parties) == Set(parties))
    }

    @Test(arguments: [
        "The president was by the phone all day.",
        "Officials said the phone lines were down for hours.",
    ])
    func aPhoneWithoutAConversationIsNoCall(_ text: String) {
        #expect(meetings(text).filter { $0.kind == .call }.isEmpty)
    }
}

/// "The two presidents last spoke on 3 July" with no leaders' meeting or call told before: the states of the last two
/// heads of state named.
@Suite struct TwoPresidentsSpokeTests {
    @Test func theCallsSides() {
        let text = "Russian President Vladimir Putin praised US President Donald Trump. The two presidents last spoke on 3 July."
        let e = Extractor.extract(body: "Headline here\n\nPublished August 7, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.meetings.map { "\($0.kind.rawValue) \($0.date ?? "-") \($0.parties.sorted())" } == ["call 2025-07-03 [\"RU\", \"US\"]"])
    }
}
