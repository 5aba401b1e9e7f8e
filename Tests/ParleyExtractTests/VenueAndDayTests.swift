@testable import ParleyExtract
import Testing

/// The main round placed and dated by a later sentence, "earlier in the day" and "the same venue",
/// the day a meeting was put forward, a round of an earlier year told of the noun itself.
@Suite struct VenueAndDayTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: text).meetings.map { "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-")" }
    }

    private let lead = "ISTANBUL, May 16, 2025 - Russia and Ukraine held their first direct talks in Istanbul in more than three years."

    @Test func aLaterSentencePlacesAndDatesTheMainRound() {
        let text = "\(lead)\n\nThe delegations sat at Dolmabahçe Palace for about an hour and a half on Friday, with Fidan chairing the session."
        #expect(meetings(text) == ["talks Istanbul Dolmabahçe Palace 2025-05-16"])
        // A comma between the venue and the day: the day is another clause's (the venue is still where they sat, and
        // the lead under the dated dateline dates the round).
        let apart = "\(lead)\n\nThe delegations sat at Dolmabahçe Palace, and Zelensky flew to Tirana on Saturday."
        #expect(meetings(apart) == ["talks Istanbul Dolmabahçe Palace 2025-05-16"])
    }

    @Test func earlierInTheDayAtTheSameVenue() {
        let text = """
            \(lead) The talks at Dolmabahçe Palace lasted two hours.

            Earlier in the day, Turkish Foreign Minister Hakan Fidan and Secretary of State Marco Rubio met a Ukrainian delegation headed by Yermak in a three-way format at the same venue.
            """
        #expect(meetings(text).last == "talks Istanbul Dolmabahçe Palace 2025-05-16")
    }

    @Test func laterThatDayIsTheDayJustTold() {
        let text = "KYIV, May 20, 2025 - Volodymyr Zelensky spoke to Donald Trump by phone on May 19. Later that day, Zelensky and Recep Tayyip Erdoğan met in Ankara."
        #expect(meetings(text).contains("summit Ankara - 2025-05-19"))
    }

    @Test func aDayOpeningTheSentenceDatesItsLeadersMeeting() {
        let text = "\(lead)\n\nEarlier in the day, Turkish Foreign Minister Hakan Fidan held a trilateral meeting with Ukrainian Defense Minister Rustem Umerov."
        // (Ministers meeting make talks, not a leaders' summit.)
        #expect(meetings(text).last == "talks - - 2025-05-16")
        // A day of speaking about the meeting is not its day.
        let spoken = "\(lead)\n\nOn Thursday, press secretary Karoline Leavitt called the summit a listening exercise."
        #expect(!meetings(spoken).contains { $0.hasSuffix("2025-05-15") })
    }

    @Test func theDayAMeetingWasPutForward() {
        let text = "\(lead)\n\nPutin floated the direct talks on May 11, after European leaders called for a truce."
        // (The dateline's day, not the day of the proposal.)
        #expect(meetings(text) == ["talks Istanbul - 2025-05-16"])
    }

    @Test func anEarlierYearToldOfTheNounItself() {
        let text = "\(lead)\n\nPutin had described the format as a resumption of the talks that collapsed in the spring of 2022."
        #expect(meetings(text) == ["talks Istanbul - 2025-05-16", "talks - - 2022"])
    }
}

/// A round named inside what a delegate said is not the round the sentence's delegation sat at.
@Suite struct DelegationSpeechTests {
    @Test func aRoundToldInSpeechKeepsTheDelegationAtTheMainRound() {
        let text = """
            ISTANBUL, June 2, 2025 - Russia and Ukraine held talks in Istanbul on Monday. Rustem Umerov led Kyiv's delegation.

            The Ukrainian delegation also included First Deputy Foreign Minister Serhiy Kyslytsya, who told reporters that Russia \
            repeated demands Moscow had made at the talks in Istanbul in 2022.
            """
        let e = Extractor.extract(body: text)
        let main = e.meetings.first { $0.date == "2025-06-02" }?.id
        #expect(e.delegations.map { "\($0.meeting == main ? "main" : $0.meeting) \($0.side) \($0.members)" } == ["main UA [\"Serhiy Kyslytsya\"]"])
    }
}
