@testable import ParleyExtract
import Testing

/// Meetings still to come told by what someone is expected, or hopes, to do.
@Suite struct TripsAndCallsAheadTests {
    private let cast = "US special envoy Steve Witkoff, US President Donald Trump and Russian President Vladimir Putin are named.\n\n"

    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nMarch 12, 2025\n\n" + cast + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.parties.sorted().joined(separator: "+")) \($0.status)" }
    }

    @Test(arguments: [
        "US special envoy Steve Witkoff is expected to travel to Moscow in the coming days, according to officials.",
        "Mr Witkoff is expected in Moscow later this week.",
        "EU capitals expect Witkoff to travel to Moscow next week to present the text.",
        "Steve Witkoff, the president's special envoy, is expected to travel to Moscow in the coming days.",
    ])
    func aTripAhead(_ sentence: String) {
        #expect(meetings(sentence) == ["talks Moscow RU+US planned"])
    }

    /// (A head of state's trip is a leaders' meeting.)
    @Test func aTripAPersonSaysTheyWouldMake() {
        #expect(meetings("Trump said he would travel to Moscow on Friday.") == ["summit Moscow RU+US planned"])
    }

    @Test(arguments: [
        ("Putin said he had spoken with Trump, and that he would travel to Washington on Monday to discuss the details.", "summit Washington RU+US planned"),
        ("Putin has said he is ready to travel to Washington once the document is in shape.", "summit Washington RU+US proposed"),
        ("Putin is expected to travel to Washington in the coming days, possibly before the end of the month, for a meeting with Trump.",
         "summit Washington RU+US planned"),
        ("A White House official said a Putin visit to Washington to finalise the deal was possible this week.", "summit Washington RU+US proposed"),
    ])
    func aLeadersTrip(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence) == [expected])
    }

    /// (A trip's words end at its comma: another meeting after it is still read.)
    @Test func aMeetingAfterTheTrip() {
        let found = meetings("Witkoff will travel to Moscow on Friday, and Putin met Trump in Riyadh on Tuesday.")
        #expect(found.contains("talks Moscow RU+US planned"))
        #expect(found.contains("summit Riyadh RU+US held"))
    }

    @Test(arguments: [
        ("Putin, speaking at a joint news conference, called the meeting constructive and invited Trump to Moscow.",
         "summit Moscow RU+US proposed"),
        ("Putin invited Witkoff to visit Moscow.", "talks Moscow RU+US proposed"),
    ])
    func anInvitationProposesAMeetingWhereTheGuestIsInvited(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence) == [expected])
    }

    @Test func anInvitationToNoCityIsNoMeeting() {
        #expect(meetings("Putin invited Trump to speak first.").isEmpty)
    }

    @Test func theSameTripToldTwiceIsOne() {
        #expect(meetings("Witkoff is expected to travel to Moscow soon. Mr Witkoff is expected in Moscow on Friday.").count == 1)
    }

    @Test(arguments: ["Witkoff did not travel to Moscow this time.", "Putin is expected in Moscow on Friday."])
    func noTripWithoutAPlanOrAHost(_ sentence: String) {
        #expect(meetings(sentence).isEmpty)
    }

    @Test func aTripToMeetIsThatMeetingOnly() {
        #expect(meetings("Witkoff is expected to travel to Moscow to meet Putin.").filter { $0.hasPrefix("talks Moscow") }.count <= 1)
    }

    @Test(arguments: [
        ("Trump said he hoped to speak to Russian President Vladimir Putin this week.", "call - RU+US proposed"),
        ("Trump said he expected to speak with Putin, possibly within days.", "call - RU+US planned"),
        ("Putin said he would speak to Trump on Friday.", "call - RU+US planned"),
    ])
    func aCallAhead(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence) == [expected])
    }
}

/// A leader's visit to another leader's seat, told as a trip to come.
@Suite struct SeatVisitAheadTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nAugust 16, 2025\n\nUkrainian President Volodymyr Zelensky spoke.\n\n" + text).meetings
            .map { "\($0.kind) \($0.venue ?? "-") \($0.date ?? "-") \($0.parties.sorted().joined(separator: "+")) \($0.status)" }
    }

    @Test(arguments: [
        "Trump said the Ukrainian president would come to the White House on Monday.",
        "Trump said Zelensky will travel to the White House on Monday.",
    ])
    func aVisitToASeatAhead(_ sentence: String) {
        #expect(meetings(sentence) == ["summit White House 2025-08-18 UA+US planned"])
    }

    @Test(arguments: ["Zelensky would come to the conclusion that it was over.", "Trump will return to the White House on Monday."])
    func noVisitOfAnotherState(_ sentence: String) {
        #expect(meetings(sentence).isEmpty)
    }
}
