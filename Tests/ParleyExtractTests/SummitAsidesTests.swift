@testable import ParleyExtract
import Testing

/// A summit joined in a fronted phrase ("Speaking in Vilnius on Monday, where he joined a summit ... hosted by Lithuanian
/// President Gitanas Nauseda, Zelenskyy said") is the speaker's with the host, there and then; "such a summit" takes up
/// the one told; "in Kyiv's view" places nothing.
@Suite struct SummitAsidesTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\n03.06.2025\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.date ?? "-") \($0.parties.sorted())" }
    }

    @Test func aSummitJoinedInAFrontedPhrase() {
        let text = "Speaking in Vilnius on Monday, where he joined a summit of NATO's eastern flank states hosted by Lithuanian President "
            + "Gitanas Nauseda, Ukrainian President Volodymyr Zelenskyy dismissed the Russian memorandum."
        #expect(meetings(text) == ["summit Vilnius 2025-06-02 [\"LT\", \"UA\"]"])
    }

    @Test func suchASummitIsTheOneTold() {
        let text = "Asked about an offer by Turkish President Recep Tayyip Erdogan to host a meeting of Russian President Vladimir Putin, "
            + "Ukrainian President Volodymyr Zelenskyy and US President Donald Trump in Istanbul or Ankara, Kremlin spokesman Dmitry "
            + "Peskov said such a summit was \"hardly possible\" before the delegations had reached concrete agreements."
        #expect(meetings(text).count == 1)
    }

    @Test func aCityOwningAViewPlacesNothing() {
        let text = "Ukrainian Defense Minister Rustem Umerov said Ukraine had proposed holding the next round of talks later in June, "
            + "and that a meeting of the presidents remained, in Kyiv's view, the only way to settle the key issues."
        #expect(meetings(text).allSatisfy { !$0.contains("Kyiv") })
    }

    @Test func aStateOwningAPlaceStillPlaces() {
        let text = "Russian and Ukrainian delegations met in Turkey's largest city on Friday for direct talks."
        #expect(meetings(text).first?.contains("Turkey") == true)
    }

    @Test func aDayBeforeTheSummitIsNoOther() {
        let text = "Russian President Vladimir Putin and US President Donald Trump met in Anchorage on Friday.\n\n"
            + "On Thursday, a day before the summit, Russia and Ukraine exchanged 84 prisoners each."
        #expect(meetings(text).filter { $0.hasPrefix("summit") } == ["summit Anchorage 2025-05-30 [\"RU\", \"US\"]"])
    }
}
