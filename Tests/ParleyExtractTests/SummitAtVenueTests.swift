@testable import ParleyExtract
import Testing

/// A leaders' meeting at a venue of several words, dated by the day after the venue, and what lasted there.
@Suite struct SummitAtVenueTests {
    private let lead = "ANCHORAGE, Alaska — US President Donald Trump and Russian President Vladimir Putin ended their summit "
        + "at Joint Base Elmendorf-Richardson on Friday without agreeing a ceasefire."

    private func extract(_ text: String) -> Extraction {
        Extractor.extract(body: "Headline here\n\nAugust 16, 2025\n\n" + text)
    }

    @Test func theDayAfterTheVenueDatesTheSummit() {
        let m = extract(lead).meetings
        #expect(m.map { "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-")" }
            == ["summit Anchorage Joint Base Elmendorf-Richardson 2025-08-15"])
    }

    @Test func talksThatLastedWithNoRoundOfTheirOwnAreTheSummits() {
        let e = extract(lead + " \"There is no deal until there is a deal,\" Trump told reporters after nearly three hours of talks.")
        #expect(e.figures.map(\.value) == [3])
        #expect(e.figures.first?.meeting == e.meetings.first?.id)
    }

    @Test func aSummitProposedTakesNoPlaceFromAnAsideAboutAnotherEvent() {
        let text = "President Recep Tayyip Erdogan, who spoke with Ukrainian President Volodymyr Zelenskyy in Ankara on Thursday, "
            + "said Turkey was ready to host a leaders' summit."
        // (The aside's own meeting, spoken in person in Ankara, is held there.)
        #expect(extract(text).meetings.filter { $0.kind == .summit }.map { "\($0.place ?? "-") \($0.status.rawValue)" } == ["- proposed", "Ankara held"])
    }

    @Test func aMeetingToldAsOverIsNotTheOneToCome() {
        let text = "Russian and Ukrainian delegations held talks in Istanbul on Friday. Turkey offered to host a leaders' summit. "
            + "The meeting ended after about 90 minutes."
        let e = extract(text)
        #expect(e.figures.map(\.meeting) == [e.meetings.first { $0.kind == .talks }?.id])
    }

    @Test func aSummitWithSomeoneIsTheSpeakersTooAndItsAnnouncementDayIsNotItsOwn() {
        let text = "US President Donald Trump said on Tuesday he had shelved plans for a summit with Russian President Vladimir Putin "
            + "in Budapest. Trump had announced the meeting last Thursday after a phone call with Putin."
        let m = Extractor.extract(body: "Headline here\n\nOctober 22, 2025\n\n" + text).meetings
        #expect(m.map { "\($0.kind) \($0.place ?? "-") \($0.parties.sorted().joined(separator: "+"))" }
            == ["summit Budapest RU+US", "call - RU+US"])
    }

    @Test func aMeetingHeldAtAVenueMayBeIndefinite() {
        let text = "French President Emmanuel Macron spoke on Thursday, September 4, after a meeting of the coalition at the Élysée Palace."
        let m = Extractor.extract(body: "Headline here\n\nSeptember 5, 2025\n\n" + text).meetings
        #expect(m.map { "\($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.status)" } == ["Paris Élysée Palace 2025-09-04 held"])
        #expect(Extractor.extract(body: "Headline here\n\nA meeting at the Élysée Palace could follow.").meetings.isEmpty)
    }

    @Test func aSummitToldByVerbAndNounInOneSentenceIsOneDatedByItsPlace() {
        let text = "US President Donald Trump met Russian President Vladimir Putin once already this year, in Anchorage in August, "
            + "a summit that ended without a ceasefire."
        let m = Extractor.extract(body: "Headline here\n\nOctober 22, 2025\n\n" + text).meetings
        #expect(m.map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted().joined(separator: "+"))" }
            == ["summit Anchorage 2025-08 RU+US"])
    }

    @Test func theDayOfAQuestionIsNotTheMeetings() {
        let text = "Asked on Tuesday whether the meeting in Budapest would go ahead, US President Donald Trump said he did not know."
        let m = Extractor.extract(body: "Headline here\n\nWednesday, October 22, 2025\n\n" + text).meetings
        #expect(m.allSatisfy { $0.date == nil })
    }
}

/// Meetings the text denies, and one leaders' meeting told twice on its day.
@Suite struct DeniedAndRepeatedMeetingTests {
    @Test(arguments: ["Ushakov told Russian state television that a trilateral meeting had not been discussed in Anchorage.",
                      "Officials said no talks were held in Geneva."])
    func aDeniedMeetingIsNone(_ sentence: String) {
        #expect(Extractor.extract(body: "Headline here\n\n" + sentence).meetings.filter { $0.kind == .talks }.isEmpty)
    }

    @Test func aSummitWithOneSideToldThenBothMetThatDayIsOne() {
        let text = "Headline here\n\nAugust 16, 2025\n\nOn Friday, a summit with Russian President Vladimir Putin produced no deal. "
            + "US President Donald Trump and Putin met for nearly three hours on Friday in Anchorage."
        let summits = Extractor.extract(body: text).meetings.filter { $0.kind == .summit }
        #expect(summits.count == 1)
        #expect(Set(summits.first?.parties ?? []) == ["RU", "US"])
    }
}
