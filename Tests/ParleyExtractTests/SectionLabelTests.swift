@testable import ParleyExtract
import Testing

/// Lines above the headline that name a section or the site are not its title, and a page date whose year runs
/// into the time ("April 29, 20255:02 AM ET") is still the article's date.
@Suite struct SectionLabelTests {
    @Test(arguments: [
        ("WORLD\n\nWitkoff says Putin sees a chance to reset ties\n\nText here.", "Witkoff says Putin sees a chance to reset ties"),
        ("International\nRussia-Ukraine war\n\nAfter the White House meeting, Europeans cling to a promise\n\nText here.",
         "After the White House meeting, Europeans cling to a promise"),
        ("NHK WORLD-JAPAN > News > World\n\nTrump says he will meet Putin in Budapest after a call\n\nText here.",
         "Trump says he will meet Putin in Budapest after a call"),
        ("Russia-Ukraine war\nWhat happened at the Moscow talks on the Ukraine plan?\n\nText here.",
         "What happened at the Moscow talks on the Ukraine plan?"),
        // (A short headline over running text stays the title.)
        ("Talks end\n\nISTANBUL\n\nRussian and Ukrainian delegations met on Wednesday.", "Talks end"),
    ])
    func theHeadlineIsUnderTheLabels(_ text: String, _ title: String) {
        #expect(Extractor.extract(body: text).source.title == title)
    }

    @Test func aYearRunIntoTheTimeStillDatesThePage() {
        let text = "WORLD\n\nWitkoff says Putin sees a chance to reset ties\n\nApril 29, 20255:02 AM ET\n\nText here."
        #expect(Extractor.extract(body: text).source.published == "2025-04-29")
    }
}

/// Lines of page furniture that name the outlet, and a wire credit in a lead after a summary's bullets.
@Suite struct OutletLineTests {
    @Test(arguments: [
        ("Talks end\n\nBy Euronews with AP, AFP\n\nThe delegations met on Friday.", "Euronews"),
        ("Talks end\n\nBy Kyiv Post\nJun 12, 2025\n\nThe delegations met on Friday.", "Kyiv Post"),
        ("Talks end\n\nText by: FRANCE 24\n\nThe delegations met on Friday.", "FRANCE 24"),
        ("Talks end\n\nThe delegations met on Friday.\n\nCopyright 2025 NPR", "NPR"),
        ("Talks end\n\nAnna Holloway\n\nBBC News, Berlin and Kyiv\n\nThe delegations met on Friday.", "BBC News"),
        ("Talks end\n\n30.05.2025 14:12\n\nUkrinform\n\nThe delegations met on Friday.", "Ukrinform"),
        ("Talks end\n\nSummary\n- Sides agree to talk\n- No date yet\n\nRIYADH, Feb 18 (Reuters) - The delegations met on Tuesday.", "Reuters"),
    ])
    func theOutletNamed(_ text: String, _ outlet: String) {
        #expect(Extractor.extract(body: text).source.outlet == outlet)
    }

    @Test(arguments: ["WORLD\n\nTalks end in Istanbul after two hours\n\nThe delegations met on Friday.",
                      "Talks end\n\nBy Jane Doe\n\nThe delegations met on Friday."])
    func noOutletNamed(_ text: String) {
        #expect(Extractor.extract(body: text).source.outlet == nil)
    }
}
