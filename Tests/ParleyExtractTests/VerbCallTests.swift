@testable import ParleyExtract
import Testing

/// Calls told by a verb of calling with a person as its object, and a month that ends its sentence.
@Suite struct VerbCallTests {
    private let cast = "Ukrainian President Volodymyr Zelenskyy, Russian President Vladimir Putin and US President Donald Trump spoke.\n\n"

    private func meetings(_ sentence: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nAugust 19, 2025\n\n" + cast + sentence).meetings
            .map { "\($0.kind) \($0.date ?? "-") \($0.parties.joined(separator: "+"))" }
    }

    @Test(arguments: [
        ("Mr Trump broke off Monday's talks in the East Room to call the Russian president.", "call 2025-08-18 US+RU"),
        ("Trump phoned Zelenskyy on Sunday.", "call 2025-08-17 US+UA"),
        ("Trump called Putin after the meeting.", "call - US+RU"),
    ])
    func aVerbOfCallingWithAPerson(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence).contains(expected))
    }

    @Test(arguments: [
        "Trump called Putin a killer.",
        "Zelenskyy called on Putin to meet him.",
        "The call for a ceasefire was repeated.",
    ])
    func otherUsesAreNoCalls(_ sentence: String) {
        #expect(!meetings(sentence).contains { $0.hasPrefix("call") })
    }

    @Test func aMonthThatEndsItsSentence() {
        let text = "It was their first meeting there since a disastrous encounter in February."
        #expect(meetings(text).contains { $0.hasPrefix("summit 2025-02") })
    }
}

/// Leaders seen together in a fronted phrase, and conversations once a call is told.
@Suite struct FrontedEncounterTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nFebruary 18, 2025\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted().joined(separator: "+"))" }
    }

    @Test(arguments: [
        "Speaking in Ankara alongside Turkish President Recep Tayyip Erdoğan on Tuesday, President Volodymyr Zelensky said Kyiv would not recognise any deal.",
        "Speaking in Ankara on Tuesday after meeting Turkish President Recep Tayyip Erdoğan, President Volodymyr Zelensky said Kyiv would not recognise any deal.",
    ])
    func aFrontedPhraseWithACompanion(_ sentence: String) {
        #expect(meetings(sentence) == ["summit Ankara 2025-02-18 TR+UA"])
    }

    @Test func aConversationIsACallOnceOneIsTold() {
        let text = """
            Vladimir Putin and Donald Trump spoke by phone on Thursday. The conversation lasted an hour. \
            Their previous conversation, on February 12, lasted about 50 minutes.
            """
        #expect(meetings(text).filter { $0.hasPrefix("call") }.count == 2)
        #expect(meetings("Speaking to reporters, Dmitry Peskov called it a useful conversation.").isEmpty)
    }
}

/// A leader's seat naming a visit, and a weekday before "for a meeting with".
@Suite struct SeatVisitTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nAugust 19, 2025\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.status)" }
    }

    @Test func aVisitNamedByALeadersSeat() {
        let text = "Volodymyr Zelenskyy, whose previous Oval Office visit in February ended in a shouting match with Donald Trump, smiled."
        #expect(meetings(text) == ["summit Washington Oval Office 2025-02 held"])
        #expect(meetings("He postponed a visit to Saudi Arabia that had been planned for Wednesday.").isEmpty)
    }

    @Test func aWeekdayBeforeForAMeetingWith() {
        let text = "President Volodymyr Zelensky, who was in Ankara on Monday for a meeting with President Recep Tayyip Erdogan of Turkey, spoke."
        #expect(meetings(text) == ["summit Ankara - 2025-08-18 held"])
    }
}

/// A guest received, told in the passive.
@Suite struct ReceivedGuestTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nOctober 23, 2025\n\nUkrainian President Volodymyr Zelensky and Donald Trump spoke on Thursday, October 16.\n\n" + text)
            .meetings.filter { $0.kind == .summit }.map { "\($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.parties.sorted().joined(separator: "+"))" }
    }

    @Test func aGuestReceivedAtALeadersSeat() {
        #expect(meetings("The following day, Volodymyr Zelensky was received at the White House.") == ["Washington White House 2025-10-17 UA+US"])
        #expect(meetings("The parcel was received at the White House.").isEmpty)
    }

    @Test(arguments: [
        ("Volodymyr Zelensky, who was received by Donald Trump at the White House on Friday, watched from a European summit in Tirana.",
         "Washington White House 2025-10-17 UA+US"),
        ("Volodymyr Zelensky, who Donald Trump received at the White House on Friday, backed the idea.", "Washington White House 2025-10-17 UA+US"),
    ])
    func aGuestBeforeWho(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence).contains(expected))
    }

    @Test(arguments: [
        ("\"We will not accept it,\" Zelensky said in Ankara, where he was received on Tuesday by Turkish President Recep Tayyip Erdogan.",
         "Ankara - 2025-10-21 TR+UA"),
        ("The Ukrainian leader had arrived in Jeddah on Monday, when he was received by Saudi Crown Prince Mohammed bin Salman.",
         "Jeddah - 2025-10-20 SA+UA"),
    ])
    func aGuestHeOrSheStandsFor(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence).contains(expected))
    }

    @Test func aDayOwningTheTalksDatesThemAfterAnotherDay() {
        let text = "The Ukrainian leader had arrived in Jeddah on Monday, but did not attend Tuesday's talks with US officials."
        #expect(Extractor.extract(body: "Headline here\n\nOctober 23, 2025\n\n" + text).meetings.map { $0.date ?? "-" } == ["2025-10-21"])
    }

    @Test func aSummitInItsOwnCity() {
        let found = meetings("Volodymyr Zelensky, who was received by Donald Trump at the White House on Friday, watched from a European summit in Tirana.")
        #expect(found.contains { $0.hasPrefix("Tirana") })
    }
}

/// Heads of state who spoke, with no place and no phone named, spoke by phone; a season keeps its year.
@Suite struct LeadersSpokeTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nJuly 24, 2025\n\n" + text).meetings.map { "\($0.kind) \($0.date ?? "-")" }
    }

    @Test func headsOfStateWhoSpoke() {
        #expect(meetings("Donald Trump, who spoke to Vladimir Putin for more than two hours on May 19, has since grown frustrated.") == ["call 2025-05-19"])
        #expect(!meetings("Donald Trump spoke to reporters on May 19.").contains { $0.hasPrefix("call") })
        #expect(!meetings("Donald Trump spoke with Vladimir Putin in Anchorage on May 19.").contains { $0.hasPrefix("call") })
    }

    @Test func aSeasonKeepsItsYear() {
        let doc = Document("Headline\n\nThe talks collapsed in spring 2022.")
        #expect(DateRules.find(doc, in: doc.sentences.last!, articleDate: nil, anchor: nil).map(\.value.iso) == ["2022"])
    }
}
