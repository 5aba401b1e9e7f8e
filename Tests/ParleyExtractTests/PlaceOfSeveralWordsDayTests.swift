@testable import ParleyExtract
import Testing

/// "hosted Zelenskyy at his Mar-a-Lago club in Palm Beach, Florida, on Sunday": the day right after a place of several
/// words is found as after one of one word.
@Suite struct PlaceOfSeveralWordsDayTests {
    @Test(arguments: ["in Palm Beach on Sunday", "in Palm Beach, Florida, on Sunday", "in Abu Dhabi on Sunday"])
    func theDayAfterThePlace(place: String) {
        let text = "US President Donald Trump spoke. Ukrainian President Volodymyr Zelenskyy spoke. "
            + "President Donald Trump hosted Ukrainian President Volodymyr Zelenskyy at his private club \(place)."
        let out = Extractor.extract(body: "Headline here\n\nDecember 28, 2025\n\n" + text)
        #expect(out.meetings.map { "\($0.kind) \($0.date ?? "-")" } == ["summit 2025-12-28"])
    }
}
