@testable import ParleyExtract
import Testing

/// Exchanges told as done are held, dated by the day of their completion, and an earlier exchange
/// recounted as done is its own meeting beside the one just agreed.
@Suite struct CompletedExchangeTests {
    private func exchanges(_ text: String) -> [String] {
        Extractor.extract(body: text).meetings.filter { $0.kind == .exchange }.map { "\($0.status) \($0.date ?? "-")" }
    }

    @Test(arguments: [
        ("KYIV, June 3, 2025 - The first meeting in Istanbul on May 16 produced a 1,000-for-1,000 prisoner swap — the largest of the war — completed on May 25.",
         ["held 2025-05-25"]),
        ("MOSCOW, June 3, 2025 - Following the first round, the parties carried out an exchange of prisoners.", ["held -"]),
        ("ANKARA, June 1, 2025 - The talks produced an agreement to exchange 1,000 prisoners of war each. The exchange was completed on May 25.",
         ["held 2025-05-25"]),
        ("DOHA, July 29, 2025 - The sides agreed to exchange 1,200 prisoners each. In May, they agreed to a 1,000-for-1,000 prisoner exchange, which was completed on May 25.",
         ["planned -", "held 2025-05-25"]),
        ("KYIV, June 3, 2025 - The exchange of 500 prisoners will take place next week.", ["planned -"]),
        ("LONDON, Tue 10 Jun 2025 - Russia and Ukraine exchanged a total of 307 prisoners each on Monday.", ["held 2025-06-09"]),
        ("MOSCOW, June 10, 2025 - Zakharova said Moscow had handed over the bodies of 1,212 soldiers.", ["held -"]),
        ("KYIV, Aug 25, 2025 - Russia and Ukraine each released 146 prisoners of war on Sunday in an exchange mediated by the UAE.",
         ["held 2025-08-24"]),
        ("MOSCOW, June 10, 2025 - The talks in Istanbul ended. Putin and Erdogan discussed the talks by telephone on 9 June.", []),
    ])
    func anExchangeToldAsDoneIsHeld(_ text: String, _ expected: [String]) {
        #expect(exchanges(text) == expected)
    }

    @Test func aCountReadAsADaysNumberDoesNotTrap() {
        // Found by the fuzzer: "exchange 31" is a phrase whose number also starts the date "31 February".
        let found = Extractor.extract(body: "The sides agreed an exchange 31 February of prisoners.")
        #expect(found.meetings.filter { $0.kind == .exchange }.count == 1)
    }
}

/// The days of an exchange told by counts of people changing hands.
@Suite struct CountedStageTests {
    private func exchanges(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nMay 26, 2025\n\nRussia and Ukraine agreed in Istanbul on May 16 to exchange 1,000 prisoners each.\n\n" + text)
            .meetings.filter { $0.kind == .exchange && $0.status == .held }.map { $0.date ?? "-" }
    }

    @Test(arguments: [
        ("On Friday, each side handed over 390 people.", "2025-05-23"),
        ("On Friday, 390 Ukrainians came home, and Russia received the same number.", "2025-05-23"),
        ("Another 307 were exchanged on Saturday.", "2025-05-24"),
    ])
    func aDayOfPeopleChangingHands(_ sentence: String, _ day: String) {
        #expect(exchanges(sentence) == [day])
    }

    @Test(arguments: ["Each side will hand over 390 people on Friday next week.", "On Friday, the talks were handed over to experts."])
    func noStageWithoutACountOrYetToCome(_ sentence: String) {
        #expect(exchanges(sentence).isEmpty)
    }
}

/// A day counted from a meeting already told.
@Suite struct DayFromMeetingTests {
    @Test func theDayBeforeTheSummitDatesWhatTheSentenceTells() {
        let text = "Headline\n\nAugust 17, 2025\n\nUS President Donald Trump and Russian President Vladimir Putin met in Anchorage on Friday. "
            + "Trump will host Zelensky at the White House on Monday.\n"
            + "The day before the summit, Russia and Ukraine exchanged 84 prisoners each, with the United Arab Emirates acting as mediator."
        let exchange = Extractor.extract(body: text).meetings.first { $0.kind == .exchange }
        #expect(exchange?.date == "2025-08-14")
    }
}

