@testable import ParleyExtract
import Testing

/// "the Alaska summit" is placed by the region that names it; "A fresh summit ... was not being prepared" is none.
@Suite struct SummitNamedByRegionTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "LONDON, Dec. 3, 2025 — " + text, actors: ActorDictionary()).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.status)" }
    }

    @Test func aRegionNamingASummitPlacesIt() {
        #expect(meetings("His previous trip, in early August, paved the way for the Alaska summit between the two presidents.")
            == ["summit Alaska held"])
    }

    @Test func aSummitTakenUpByItsRegionIsTheOneToldThere() {
        let text = "Donald Trump and Vladimir Putin met at Joint Base Elmendorf-Richardson in Anchorage on Friday.\n\n"
            + "The Alaska summit came a week after envoy Steve Witkoff visited Moscow."
        #expect(meetings(text).filter { $0.hasPrefix("summit") } == ["summit Anchorage held"])
    }

    @Test(arguments: [
        "A fresh summit between the two presidents was not being prepared for now, Yuri Ushakov said.",
        "No summit between the two presidents is planned, Yuri Ushakov said.",
    ])
    func aSummitDeniedIsNone(_ text: String) {
        #expect(meetings(text).isEmpty)
    }
}
