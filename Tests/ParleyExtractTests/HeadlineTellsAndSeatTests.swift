@testable import ParleyExtract
import Testing

/// Headlines: "Erdogan tells Zelenskyy Türkiye ready to host ..." (past the one told), "Kremlin says 'no compromise' yet on
/// territory after ..." (a seat of power speaks), and a section in capitals above the headline ("WORLD, RUSSIA-UKRAINE WAR").
@Suite struct HeadlineTellsAndSeatTests {
    private func claims(_ page: String) -> [String] {
        Extractor.extract(body: page).claims.map { "\($0.speaker) | \($0.text)" }
    }

    private let body = "\n\n24.07.2025\n\nTurkish President Recep Tayyip Erdogan spoke with Ukrainian President Volodymyr Zelenskyy by phone.\n"

    @Test func tellsPastItsListener() {
        #expect(claims("Erdogan tells Zelenskyy Türkiye ready to host Russia, Ukraine, US leaders" + body)
            == ["Recep Tayyip Erdoğan | Türkiye ready to host Russia, Ukraine, US leaders"])
    }

    @Test func seatOfPowerSpeaks() {
        #expect(claims("Kremlin says ‘no compromise’ yet on territory after five-hour Putin meeting with Trump envoys" + body)
            == ["Kremlin | ‘no compromise’ yet on territory"])
    }

    @Test func sectionInCapitalsAboveTheHeadline() {
        let out = Extractor.extract(body: "WORLD, RUSSIA-UKRAINE WAR\n\nErdogan tells Zelenskyy Türkiye ready to host Russia, Ukraine, US leaders" + body)
        #expect(out.source.title == "Erdogan tells Zelenskyy Türkiye ready to host Russia, Ukraine, US leaders")
    }

    @Test func tellsWithNoPersonAfterIsNoClaim() {
        #expect(claims("Erdogan tells reporters Türkiye ready to host leaders" + body).isEmpty)
    }
}
