import ParleyExtract
import Testing

/// A cookie banner above the headline is page debris: the headline under it is the title and its statement a claim.
@Suite struct BannerAndHeadlineTests {
    static let text = """
        We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. Accept all | Manage preferences

        The Independent

        News › World › Americas

        Trump says Russia and Ukraine will start ceasefire talks after two-hour call with Putin

        Monday 19 May 2025 22:41 BST

        Donald Trump spoke with Vladimir Putin by phone on Monday.
        """

    @Test func theHeadlineUnderTheBannerIsTheTitle() {
        let extraction = Extractor.extract(body: BannerAndHeadlineTests.text)
        #expect(extraction.source.title == "Trump says Russia and Ukraine will start ceasefire talks after two-hour call with Putin")
        #expect(extraction.claims.map { "\($0.speaker): \($0.text)" } == ["Donald Trump: Russia and Ukraine will start ceasefire talks"])
    }

    @Test(arguments: ["We use cookies to improve your experience.", "Accept all | Manage preferences", "Bookmark", "Email address"])
    func furnitureLinesAreDebris(line: String) {
        let extraction = Extractor.extract(body: "Talks end in Istanbul\n\n\(line)\n\nThe talks ended.")
        #expect(extraction.claims.isEmpty && extraction.people.isEmpty)
        #expect(extraction.source.title == "Talks end in Istanbul")
    }
}

/// "the US president wrote" is the president, not the "Vice-president".
@Suite struct WholeRoleWordTests {
    @Test func thePresidentIsNotTheVicePresident() {
        let text = "Headline here\n\nPublished May 19, 2025\n\nDonald Trump spoke to Vladimir Putin. Vice-president JD Vance said "
            + "the call was useful.\n\n\"It went very well,\" the US president wrote on Truth Social on Monday."
        let claims = Extractor.extract(body: text).claims
        #expect(claims.first { $0.text == "It went very well" }?.speaker == "Donald Trump")
    }
}
