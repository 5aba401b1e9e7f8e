import ParleyExtract
import Testing

/// Speakers told in wire and newsletter shapes.
@Suite struct WireSpeakerTests {
    static func claims(_ text: String) -> [String] {
        Extractor.extract(body: "Talks end\n\n" + text).claims.map { "\($0.speaker) | \($0.text)" }
    }

    @Test(arguments: [
        // A lower-case agency and a plain hyphen close the dateline, which is not speech.
        ("Moscow (dpa) - Putin and the US envoys held talks on Tuesday, but the sides found no compromise, a senior Kremlin aide said.",
         "senior Kremlin aide | Putin and the US envoys held talks on Tuesday, but the sides found no compromise"),
        // The role's holder is named after the possessive role.
        ("Russian President Vladimir Putin met the envoys. \"So far, no compromise option has been found,\" Putin's foreign policy "
            + "adviser Yuri Ushakov told journalists.", "Yuri Ushakov | So far, no compromise option has been found"),
        // A newsletter's label is no speaker.
        ("What they're saying: Special envoy Steve Witkoff called the meetings \"productive and constructive\" in statements.",
         "Steve Witkoff | the meetings \"productive and constructive\""),
        // A participle placing unnamed sources belongs to how the text names them.
        ("European diplomats involved in the Berlin talks said privately that the real test would come later.",
         "European diplomats involved in the Berlin talks | the real test would come later"),
    ])
    func theSpeakerAsTold(text: String, expected: String) {
        #expect(WireSpeakerTests.claims(text).last == expected)
    }
}

/// The reported clause: a "that" after a named subject's own verb opens a relative clause, and a relative clause told
/// within the words ("which he says is funding ...") stays in them.
@Suite struct ReportedClauseShapeTests {
    @Test(arguments: [
        ("A Ukrainian source said Moscow tabled new demands that Kyiv considers non-starters.",
         "Ukrainian source | Moscow tabled new demands that Kyiv considers non-starters"),
        ("A White House official said Trump had urged the Europeans to stop buying Russian oil, which he says is funding Moscow's war.",
         "White House official | Trump had urged the Europeans to stop buying Russian oil, which he says is funding Moscow's war"),
    ])
    func theWholeClause(text: String, expected: String) {
        #expect(WireSpeakerTests.claims(text) == [expected])
    }
}

/// "Until then, they said, ...": "they" takes up the unnamed sources named last, and names nobody otherwise.
@Suite struct TheySaidTests {
    @Test func theSourcesNamedLast() {
        let text = "European diplomats involved in the Berlin talks said privately that the real test would come later. "
            + "Until then, they said, the progress in Berlin was progress among allies."
        #expect(WireSpeakerTests.claims(text).last == "European diplomats involved in the Berlin talks | Until then the progress in Berlin was progress among allies")
    }

    @Test func noSourcesBefore() {
        #expect(WireSpeakerTests.claims("Until then, they said, the progress in Berlin was progress among allies.").isEmpty)
    }
}
