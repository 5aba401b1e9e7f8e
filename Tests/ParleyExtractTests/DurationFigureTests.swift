@testable import ParleyExtract
import Testing

/// How long talks, calls and pauses last: "an hour", hyphenated ranges, and durations told of what came before.
@Suite struct DurationFigureTests {
    private func figures(_ text: String) -> [Figure] { Extractor.extract(body: text, actors: ActorDictionary()).figures }

    @Test(arguments: [
        ("The meeting at the palace lasted a little over an hour.", "negotiations", 1.0, nil as Double?),
        ("Officials said the talks lasted around an hour and a half.", "negotiations", 1.5, nil),
        ("The meeting broke up after less than two hours with no agreement on the ceasefire.", "negotiations", 2.0, nil),
        ("Moscow proposed a two-to-three-day ceasefire on some sections of the front.", "ceasefire", 2.0, 3.0),
        ("The two leaders spoke in a telephone call lasting more than two hours.", "leaders_meeting", 2.0, nil),
        ("Kyiv handed over a list of 339 Ukrainian children who were deported to Russia.", "humanitarian", 339.0, nil),
        ("Russia proposed short ceasefires of 24 to 48 hours.", "ceasefire", 24.0, 48.0),
        ("Moscow proposed a two- to three-day ceasefire in certain areas.", "ceasefire", 2.0, 3.0),
        ("Zelensky said about 6,400 Ukrainian soldiers remain in Russian captivity.", "prisoner_exchange", 6400.0, nil),
        ("He said more than 8,000 Ukrainians, both military and civilian, remain in Russian captivity.", "prisoner_exchange", 8000.0, nil),
        ("Washington's 28-point proposal has been reworked.", "negotiations", 28.0, nil),
        ("The draft would cap Ukraine's armed forces at 600,000 troops.", "security_guarantees", 600000.0, nil),
        ("Trump threatened Russia's oil buyers with secondary tariffs of up to 100%.", "sanctions", 100.0, nil),
        ("In the Diriyah Palace, Rubio, Waltz and Witkoff spent four and a half hours with Russian Foreign Minister Sergei Lavrov.",
         "negotiations", 4.5, nil),
        ("Russia offered 24- to 48-hour ceasefires to collect the dead.", "ceasefire", 24.0, 48.0),
        ("Zelensky pushed for a 30-day ceasefire prior to negotiations.", "ceasefire", 30.0, nil),
        ("Trump and Putin spoke by phone for more than two hours.", "leaders_meeting", 2.0, nil),
        ("He spoke after the meeting at Istanbul's Ciragan Palace, which lasted a little over an hour.", "negotiations", 1.0, nil),
        ("Russian President Vladimir Putin hosted US envoy Steve Witkoff at the Kremlin for nearly five hours.", "negotiations", 5.0, nil),
        ("Russian President Vladimir Putin met US envoy Steve Witkoff for five hours in Moscow.", "negotiations", 5.0, nil),
    ])
    func durationsAndCountsTakeTheirTopic(_ text: String, _ topic: String, _ value: Double, _ valueMax: Double?) throws {
        let found = figures(text)
        #expect(found.count == 1)
        let f = try #require(found.first)
        #expect(f.topic == topic)
        #expect(f.value == value)
        #expect(f.valueMax == valueMax)
    }

    @Test(arguments: ["The talks come three days after last Friday's summit in Alaska.", "The summit ended two weeks ago."])
    func aSpanThatPlacesAnEventInTimeIsNoFigure(_ text: String) {
        #expect(figures(text).isEmpty)
    }

    @Test func anHourWithoutTalksIsNoFigure() {
        #expect(figures("He waited an hour for the bus.").isEmpty)
    }
}

/// What lasted may open a long sentence, past a relative clause about its delegations.
@Suite struct LastedFarTests {
    @Test func theMeetingOpeningTheSentenceLasted() {
        let text = "Talks\n\nMay 26, 2025\n\nThe Istanbul meeting, at which Ukraine's delegation was led by Defense Minister Rustem Umerov "
            + "and Russia's by Kremlin aide Vladimir Medinsky, lasted about 90 minutes."
        #expect(Extractor.extract(body: text).figures.map { "\($0.topic) \($0.value)" } == ["negotiations 90.0"])
    }

    @Test func theWarThatLastedIsNoTopic() {
        let text = "Talks\n\nMay 26, 2025\n\nThe war, which Russia's army and its allies in the region have fought without a pause since February 2022, "
            + "has lasted more than three years."
        #expect(Extractor.extract(body: text).figures.isEmpty)
    }
}
