@testable import ParleyExtract
import Testing

/// "On December 14 and 15, Berlin hosted the latest round": a city right before "hosted" places the round; "Merz hosted a
/// meeting of European leaders with Zelensky at the same building": the same place as the meeting told before, even when
/// only its venue was named.
@Suite struct HostCityPlacesTests {
    private func meetings(_ text: String) -> [String] {
        Extractor.extract(body: "Headline here\n\nDecember 16, 2025\n\n" + text).meetings.map { "\($0.kind) \($0.place ?? "-")" }
    }

    @Test func theCityHosting() {
        #expect(meetings("On December 14 and 15, Berlin hosted the latest round of U.S.-brokered negotiations on ending the war.")
            == ["talks Berlin"])
    }

    @Test func theSameBuilding() {
        let text = "On December 14 and 15, the latest round of U.S.-brokered negotiations on ending the war took place.\n\n"
            + "On Sunday, Ukrainian President Volodymyr Zelensky and National Security and Defense Council Secretary Rustem Umerov sat "
            + "down with U.S. envoys Steve Witkoff and Jared Kushner at the German Chancellery. That session lasted more than five hours.\n\n"
            + "On Monday evening, Chancellor Friedrich Merz hosted a meeting of European leaders with Zelensky at the same building."
        #expect(meetings(text) == ["talks Berlin", "summit Berlin"])
    }
}
