@testable import ParleyExtract
import Testing

/// "the first day of talks on Tuesday, 17 February" dates talks told ended on Wednesday; "At the two rounds in Abu Dhabi,
/// ..." gives the sentence's heads to each round held there; "a delegation ... under Admiral Igor Kostyukov" is headed by him.
@Suite struct FirstDayAndRoundsInCityTests {
    @Test func theFirstDayOfTalksDatesThem() {
        let text = "The trilateral talks between Russia, Ukraine and the United States in Geneva were difficult, Vladimir Medinsky "
            + "told journalists on Wednesday evening. He said the first day of talks on Tuesday, 17 February, had run to almost six hours."
        #expect(DatedArticle.meetings(text, on: "18.02.2026") == ["talks Geneva 2026-02-17 held"])
    }

    @Test func roundsInACityUnderOneHead() {
        let text = "Trilateral talks between Russia, Ukraine and the United States were held in Geneva on Tuesday.\n\nAt the two rounds "
            + "in Abu Dhabi, on 23–24 January and 4–5 February, Russia was represented by a delegation of defence ministry officials "
            + "under Admiral Igor Kostyukov, head of the Main Directorate of the General Staff."
        let e = DatedArticle.extract(text, on: "18.02.2026")
        let day = Dictionary(uniqueKeysWithValues: e.meetings.map { ($0.id, $0.date ?? "-") })
        #expect(e.delegations.map { "\(day[$0.meeting]!) \($0.side) \($0.head ?? "-")" }
            == ["2026-01-23 RU Igor Kostyukov", "2026-02-04 RU Igor Kostyukov"])
    }
}
