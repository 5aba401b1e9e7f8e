@testable import ParleyExtract
import Testing

/// "On Monday morning, ... Zelensky attended the summit of the Bucharest Nine and the Nordic countries in Vilnius": a day
/// opening the sentence past a part of the day dates it, and a summit in a city of its own phrase, on a day already come,
/// is not the summit proposed before.
@Suite struct SummitOfItsOwnTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline\n\nKYIV, June 2, 2025\n\n" + text + "\n").meetings.map {
            "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.status)"
        }
    }

    private let summit = "On Monday morning, before the talks began, Zelensky attended the summit of the Bucharest Nine and the Nordic countries in Vilnius."

    @Test func aDayOpeningTheSentenceWithAPartOfTheDay() {
        #expect(meetings(summit).contains("summit Vilnius 2025-06-02 held"))
    }

    @Test func aSummitOfItsOwnIsNotTheOneProposed() {
        let text = "Kyiv repeated its proposal for a meeting between President Volodymyr Zelensky and Russian ruler Vladimir Putin.\n\n" + summit
        let found = meetings(text)
        #expect(found.contains("summit Vilnius 2025-06-02 held"))
        #expect(found.contains("summit - - proposed"))
    }

    /// (The summit still to come is taken up when told again with its day ahead.)
    @Test func aSummitToComeIsTakenUpWithItsDay() {
        let text = """
            Trump and Putin agreed to a summit between the two presidents in Budapest.

            The summit would take place on June 20, Peskov said.
            """
        #expect(meetings(text).filter { $0.hasPrefix("summit") }.count == 1)
    }
}
