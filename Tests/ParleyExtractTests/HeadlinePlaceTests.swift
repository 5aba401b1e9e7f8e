@testable import ParleyExtract
import Testing

/// The city a headline names its talks by places a main round the body leaves unplaced.
@Suite struct HeadlinePlaceTests {
    private let body = "Ukraine and the United States have drawn up an updated peace framework after the talks, the two sides said."

    private func places(_ headline: String) -> [String] {
        Extractor.extract(body: headline + "\n\n" + body).meetings.map { $0.place ?? "-" }
    }

    @Test(arguments: ["Ukraine and US say Geneva talks produced 'refined' peace framework", "Geneva Talks End With A New Framework",
                      "Framework agreed at talks in Geneva"])
    func theHeadlinesCityPlacesTheRound(_ headline: String) {
        #expect(places(headline) == ["Geneva"])
    }

    @Test func aHeadlineCityOfNoTalksPlacesNothing() {
        #expect(places("Geneva braces for a busy week") == ["-"])
    }

    @Test func theBodysOwnPlaceWins() {
        let found = Extractor.extract(body: "Geneva talks end\n\nThe talks in Abu Dhabi ended on Sunday, officials said.").meetings
        #expect(found.map { $0.place ?? "-" } == ["Abu Dhabi"])
    }

    @Test func aStateOfTwoWordsCountsAmongTheArticlesSides() {
        let text = "Talks end\n\nThe talks ended on Sunday. The United States and Ukraine agreed a plan. Russia was absent. "
            + "The United States said it was pleased."
        #expect(Extractor.extract(body: text).meetings.first?.parties == ["UA", "US"])
    }
}
