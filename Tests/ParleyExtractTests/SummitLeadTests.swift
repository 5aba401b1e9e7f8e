@testable import ParleyExtract
import Testing

/// An AP summit story: two leaders who "wrapped up their first face-to-face meeting in more than six years on Friday
/// without an agreement" held a summit that day (the span of years is no distance, the missing agreement plans
/// nothing); "talks that ran close to three hours" at a venue are that summit, placed by it; "the next meeting" is the
/// leaders' next summit; "He said he would call Zelenskyy later that night" is a planned call by the one "he" is.
@Suite struct SummitLeadTests {
    private let text = "Trump and Putin leave Alaska summit without a deal\n\nUpdated 11:52 PM AKDT, August 15, 2025\n\n"
        + "ANCHORAGE, Alaska (AP) — President Donald Trump and Russian President Vladimir Putin wrapped up their first face-to-face "
        + "meeting in more than six years on Friday without an agreement to halt the fighting in Ukraine.\n\n"
        + "\"There's no deal until there's a deal,\" Trump told reporters at Joint Base Elmendorf-Richardson after talks that ran "
        + "close to three hours.\n\n"
        + "Putin suggested the next meeting take place \"next time in Moscow.\"\n\n"
        + "Trump, who had warned before the summit of consequences if Putin did not agree, struck a softer tone. "
        + "He said he would call Ukrainian President Volodymyr Zelenskyy later that night."

    @Test func theMeetings() {
        let e = Extractor.extract(body: text, actors: ActorDictionary())
        #expect(e.meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.parties) \($0.status.rawValue)" } == [
            "summit Anchorage 2025-08-15 [\"US\", \"RU\"] held", "summit Moscow - [\"US\", \"RU\"] proposed",
            "call - 2025-08-15 [\"US\", \"UA\"] planned",
        ])
    }
}

/// "Some channels between Moscow and Kyiv remain open. On Thursday, the two countries swapped 84 prisoners each": an
/// exchange's sides are the capitals the sentence before names, not the article's most named states.
@Suite struct LocalSidesTests {
    @Test func theCapitalsBefore() {
        let text = "President Donald Trump met Russian President Vladimir Putin in Anchorage on Friday. Trump praised Putin. "
            + "Trump thanked Putin.\n\nSome channels between Moscow and Kyiv remain open. On Thursday, the two countries swapped "
            + "84 prisoners each."
        let e = Extractor.extract(body: "Headline here\n\nPublished August 15, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.meetings.first { $0.kind == .exchange }?.parties == ["RU", "UA"])
    }
}

/// "Zelenskyy's office said late Friday that he would travel to Washington on Monday to meet Trump at the White
/// House": "he" is the one whose office spoke, and the city travelled to is no side.
@Suite struct TravelToMeetTests {
    @Test func aLeadersMeetingAhead() {
        let text = "US President Donald Trump met Ukrainian President Volodymyr Zelenskyy in February.\n\n"
            + "Zelenskyy's office said late Friday that he would travel to Washington on Monday to meet Trump at the White House."
        let e = Extractor.extract(body: "Headline here\n\nPublished August 15, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.meetings.last.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted()) \($0.status.rawValue)" }
            == "summit Washington 2025-08-18 [\"UA\", \"US\"] planned")
    }
}

/// "a day after a summit with Russian President Vladimir Putin", then "Trump and Putin met for nearly three hours on
/// Friday at Joint Base Elmendorf-Richardson": one summit, the fuller mention's.
@Suite struct SameDaySummitTests {
    @Test func oneSummit() {
        let text = "U.S. President Donald Trump said Saturday that the quickest way to end the war was a peace agreement, a shift "
            + "that came a day after a summit with Russian President Vladimir Putin produced no deal.\n\n"
            + "Trump and Putin met for nearly three hours on Friday at Joint Base Elmendorf-Richardson, an air force base on the edge of Anchorage."
        let e = Extractor.extract(body: "Headline here\n\nAug 17, 2025\n\n" + text, actors: ActorDictionary())
        #expect(e.meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" }
            == ["summit Anchorage 2025-08-15 [\"RU\", \"US\"]"])
    }
}
