import ParleyExtract
import Testing

/// Meetings told clause by clause between semicolons, and subjects that stand for people named before:
/// "the two men", "both envoys", "they ... again", and one "he" all through a sentence.
@Suite struct ClauseMeetingsTests {
    static let lead = "Headline here\n\nPublished August 7, 2025\n\nU.S. special envoy Steve Witkoff and Russian President Vladimir Putin "
        + "spoke to reporters.\n\n"

    static func meetings(_ text: String) -> [String] {
        Extractor.extract(body: lead + text).meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" }
    }

    @Test(arguments: [
        ("Witkoff met Putin in Moscow on 13 March; on 11 April the two men met again in St Petersburg.",
         ["talks Moscow 2025-03-13 [\"RU\", \"US\"]", "talks St Petersburg 2025-04-11 [\"RU\", \"US\"]"]),
        ("Witkoff flew to Moscow on 13 March and met Putin; on 11 April both envoys met again in Riyadh.",
         ["talks Moscow 2025-03-13 [\"RU\", \"US\"]", "talks Riyadh 2025-04-11 [\"RU\", \"US\"]"]),
        ("On 13 March he met Putin; and on 25 April they met again in Moscow.",
         ["talks - 2025-03-13 [\"RU\", \"US\"]", "talks Moscow 2025-04-25 [\"RU\", \"US\"]"]),
        // One "he" all through: not the teacher he collected.
        ("In February he flew in to collect the teacher Marc Fogel; on 13 March he met Putin.", ["talks - 2025-03-13 [\"RU\", \"US\"]"]),
        // A semicolon inside a quotation parts nothing.
        ("\"We met; we talked,\" Witkoff said.", []),
    ])
    func eachClauseItsOwnMeeting(text: String, expected: [String]) {
        #expect(ClauseMeetingsTests.meetings(text) == expected)
    }

    /// "They" with no "again" is too loose to name anyone.
    @Test func theyWithoutAgainNamesNobody() {
        #expect(ClauseMeetingsTests.meetings("Witkoff met Putin in Moscow on 13 March. Later they met in Riyadh.") == ["talks Moscow 2025-03-13 [\"RU\", \"US\"]"])
    }
}

/// "spoke for five hours in St Petersburg": conversing told at a city or venue, with no word of a call, is a meeting
/// in person; "spoke by phone" stays a call and "spoke about the war in Ukraine" is no meeting.
@Suite struct SpokeInPersonTests {
    @Test(arguments: [
        ("On 11 April the two men spoke for five hours in St Petersburg.", ["talks St Petersburg 2025-04-11 [\"RU\", \"US\"]"]),
        ("Putin talked with Witkoff at the Kremlin on Thursday.", ["talks Moscow 2025-08-07 [\"RU\", \"US\"]"]),
        ("Witkoff and Putin spoke by phone on Thursday.", ["call - 2025-08-07 [\"RU\", \"US\"]"]),
        ("Witkoff and Putin spoke about the war in Ukraine on Thursday.", []),
        ("Witkoff spoke to reporters in Moscow on Thursday.", []),
    ])
    func aMeetingOnlyWhereTheyWere(text: String, expected: [String]) {
        #expect(ClauseMeetingsTests.meetings(text) == expected)
    }
}

/// "spent more than five hours on Sunday in the German chancellery with Steve Witkoff": a day and a venue between the
/// time spent and those it was spent with; the venue names its city.
@Suite struct TimeSpentAtVenueTests {
    @Test func theMeetingItsVenueAndItsLength() {
        let text = "Headline here\n\nPublished December 16, 2025\n\nVolodymyr Zelensky, the Ukrainian president, and US envoy Steve "
            + "Witkoff spoke.\n\nMr. Zelensky spent more than five hours on Sunday in the German chancellery with Steve Witkoff."
        let extraction = Extractor.extract(body: text)
        #expect(extraction.meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-")" }
            == ["talks Berlin German chancellery 2025-12-14"])
        #expect(extraction.figures.map { "\($0.value) \($0.unit ?? "-") \($0.topic) \($0.meeting ?? "-")" } == ["5.0 hours negotiations m1"])
    }
}

/// "Witkoff ... held a separate closed-door meeting with Zelenskyy": a meeting told as held with the person met, before
/// any round of talks is known; only told as held, not "requested a meeting with".
@Suite struct HeldMeetingWithTests {
    static func meetings(_ sentence: String) -> [String] {
        let text = "Headline here\n\nPublished September 5, 2025\n\n" + sentence
        return Extractor.extract(body: text).meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" }
    }

    @Test func heldWithThePersonMet() {
        #expect(HeldMeetingWithTests.meetings("US special envoy Steve Witkoff held a separate closed-door meeting with Ukrainian "
            + "President Volodymyr Zelenskyy in Paris on Thursday.") == ["talks Paris 2025-09-04 [\"UA\", \"US\"]"])
    }

    @Test func requestedIsNoMeetingHeld() {
        #expect(HeldMeetingWithTests.meetings("US special envoy Steve Witkoff requested a meeting with Ukrainian President "
            + "Volodymyr Zelenskyy.").isEmpty)
    }
}

/// "Zelensky, on a visit to Dublin on Tuesday, met Irish Prime Minister Micheál Martin": an aside between those who meet
/// and the verb is skipped.
@Suite struct AsideBeforeMeetVerbTests {
    @Test func theLeadersEitherSideOfTheAside() {
        let text = "Headline here\n\nPublished December 3, 2025\n\nUkrainian President Volodymyr Zelensky, on a visit to Dublin on "
            + "Tuesday, met Irish Prime Minister Micheál Martin."
        #expect(Extractor.extract(body: text).meetings.map { "\($0.kind.rawValue) \($0.parties.sorted())" } == ["summit [\"IE\", \"UA\"]"])
    }
}
