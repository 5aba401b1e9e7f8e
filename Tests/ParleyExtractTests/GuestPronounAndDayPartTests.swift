@testable import ParleyExtract
import Testing

/// "where Trump received him": the guest a pronoun stands for, dated further on in the clause; "the following evening",
/// "the next morning": a part of the day after the one just told.
@Suite struct GuestPronounAndDayPartTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline\n\nVILNIUS, January 7, 2026\n\n" + text + "\n").meetings.map {
            "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status) \($0.parties.joined(separator: "+"))"
        }
    }

    @Test(arguments: [
        ("Ukrainian President Volodymyr Zelensky then flew to Florida, where US President Donald Trump received him at his Mar-a-Lago residence in Palm Beach on December 28.",
         "summit Palm Beach 2025-12-28 held US+UA"),
        ("Ukrainian President Volodymyr Zelensky went on to Ankara, where Turkish President Recep Tayyip Erdogan welcomed him on Thursday.",
         "summit Ankara 2026-01-01 held TR+UA"),
    ])
    func aGuestNamedByAPronoun(_ sentence: String, _ expected: String) {
        #expect(meetings(sentence).contains(expected))
    }

    /// (The host is no guest: "Trump received him" does not make Trump his own guest.)
    @Test func aPronounWithNoOtherPersonIsNoGuest() {
        #expect(meetings("US President Donald Trump received him at the White House on December 28.").isEmpty)
    }

    @Test(arguments: [
        ("The following evening, German Chancellor Friedrich Merz hosted European leaders and Ukrainian President Volodymyr Zelensky in Berlin for a dinner.", "2025-12-15"),
        ("The next morning, German Chancellor Friedrich Merz hosted European leaders and Ukrainian President Volodymyr Zelensky in Berlin for a dinner.", "2025-12-15"),
        ("The previous night, German Chancellor Friedrich Merz hosted European leaders and Ukrainian President Volodymyr Zelensky in Berlin for a dinner.", "2025-12-13"),
    ])
    func aPartOfTheDayAfter(_ sentence: String, _ date: String) {
        let found = meetings("On Sunday, December 14, Witkoff and Kushner met Rustem Umerov in Berlin.\n\n" + sentence)
        #expect(found.contains("summit Berlin \(date) held DE+UA"))
    }
}
