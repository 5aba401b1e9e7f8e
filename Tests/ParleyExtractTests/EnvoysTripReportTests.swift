@testable import ParleyExtract
import Testing

/// A report on an envoys' trip with the rounds before it: time spent "with President Trump's special envoy Steve Witkoff" (a
/// name past words of title), "Messrs." before names, an apposition going on after "and" ("the head of ... fund and the
/// Kremlin's point man on ..."), talks held where a journey went with only the other side named (the traveller's state is
/// the first side), and a delegation led to a city on a day gone by, at a club after "to", with the side the next sentence
/// names.
@Suite struct EnvoysTripReportTests {
    private let article = """
        Putin hosts Trump envoys for five hours

        Updated Dec. 2, 2025 7:18 pm ET

        MOSCOW—Vladimir Putin spent roughly five hours at the Kremlin on Tuesday with President Trump's special envoy Steve \
        Witkoff and son-in-law Jared Kushner.

        Mr. Putin led the Russian side, which also included foreign-policy aide Yuri Ushakov and Kirill Dmitriev, the head of \
        Russia's sovereign-wealth fund and the Kremlin's point man on economic ties with Washington, while Mr. Witkoff headed \
        the American team.

        Mr. Ushakov said a new summit between Messrs. Trump and Putin was possible.

        Army Secretary Dan Driscoll flew to Abu Dhabi, where he held several hours of talks with a Russian delegation starting \
        on Nov. 24.

        Rustem Umerov led a Ukrainian delegation, including First Deputy Foreign Minister Sergiy Kyslytsya, to Witkoff's Shell \
        Bay golf club in Hallandale Beach, Fla., on Sunday. The American side was led by Secretary of State Marco Rubio and \
        included Messrs. Witkoff and Kushner.
        """

    @Test func eachMeetingWithItsSidesAndTeams() {
        let e = Extractor.extract(body: article)
        #expect(e.meetings.map { "\($0.kind.rawValue) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-") \($0.status.rawValue) \($0.parties.sorted())" }
            == ["talks Moscow Kremlin 2025-12-02 held [\"RU\", \"US\"]",
                "summit - - - proposed [\"RU\", \"US\"]",
                "talks Abu Dhabi - 2025-11-24 held [\"RU\", \"US\"]",
                "talks Hallandale Beach Shell Bay golf club 2025-11-30 held [\"UA\", \"US\"]"])
        let teams = e.delegations.map { "\($0.meeting) \($0.side) \($0.head ?? "-"): \($0.members.joined(separator: ", "))" }
        #expect(teams == ["m1 RU Vladimir Putin: Yuri Ushakov, Kirill Dmitriev", "m1 US Steve Witkoff: ", "m3 RU -: ",
                          "m4 UA Rustem Umerov: Sergiy Kyslytsya", "m4 US Marco Rubio: Steve Witkoff, Jared Kushner"])
    }

    @Test func oneWhoTellsOfTheTalksIsNoSide() {
        let e = Extractor.extract(body: "Headline here\n\nUpdated Dec. 2, 2025\n\nUkrainian President Volodymyr Zelensky said on Monday "
            + "that in Abu Dhabi, where he said Army Secretary Dan Driscoll held talks with a Russian delegation on Nov. 24, the "
            + "mood had been good.")
        #expect(!e.meetings.contains { $0.parties.contains("UA") && $0.place == "Abu Dhabi" })
    }
}
