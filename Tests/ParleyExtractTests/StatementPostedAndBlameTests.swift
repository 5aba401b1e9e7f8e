@testable import ParleyExtract
import Testing

/// "..., Witkoff said in a statement posted on X": the words describing the statement are no words said, the fronted ones
/// are, past a label and its colon ("Driving the news:"); a verb of blame says something only with what it blames for
/// ("criticized Russia for ...", "accused Moscow of ..."), not "criticised the offer on Monday".
@Suite struct StatementPostedAndBlameTests {
    private func claims(_ text: String) -> [String] { DatedArticle.claims("US envoy Steve Witkoff spoke. " + text, on: "February 5, 2026") }

    @Test(arguments: ["Russia and Ukraine will each release 157 prisoners, Witkoff said in a statement posted on X.",
                      "Driving the news: Russia and Ukraine will each release 157 prisoners, Witkoff said in a statement posted on X."])
    func theWordsBeforeAStatementPosted(_ text: String) {
        #expect(claims(text) == ["Steve Witkoff | Russia and Ukraine will each release 157 prisoners"])
    }

    @Test func blameWithWhatItIsFor() {
        #expect(claims("Ukrainian President Volodymyr Zelensky criticized Russia for stalling the talks.")
            == ["Volodymyr Zelensky | Russia for stalling the talks"])
        #expect(claims("Ukrainian President Volodymyr Zelensky accused what he called war instigators in Europe and Britain of trying "
            + "to derail the talks.").count == 1)
    }

    @Test func blameWithNothingItIsFor() {
        #expect(claims("Ukrainian President Volodymyr Zelensky, who has pressed for a full ceasefire of at least 30 days, criticised the "
            + "offer on Monday.").isEmpty)
    }
}
