@testable import ParleyExtract
import Testing

/// A city named as the owner of a plan or policy ("at the heart of Washington's peace plan") places no meeting.
@Suite struct CityOwningTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nDecember 3, 2025\n\n" + text).meetings
            .map { "\($0.kind) \($0.place ?? "-") \($0.venue ?? "-") \($0.date ?? "-")" }
    }

    @Test(arguments: [
        ("Vladimir Putin met US envoy Steve Witkoff at the Kremlin on Tuesday night, in talks that ran for nearly five hours "
            + "but produced no agreement on the questions at the heart of Washington's peace plan.",
         ["talks Moscow Kremlin 2025-12-02"]),
        ("The talks on Tuesday at the heart of Moscow's diplomacy ended late.", ["talks - - 2025-12-02"]),
        ("Russian and Ukrainian negotiators met on the outskirts of Riyadh on Tuesday.", ["talks Riyadh - 2025-12-02"]),
    ])
    func aCityOwningWhatThePartIsOf(text: String, expected: [String]) {
        #expect(meetings(text) == expected)
    }
}
