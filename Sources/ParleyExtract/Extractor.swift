/// Entry point: article text in, `Extraction` out. Pure and deterministic.
public enum Extractor {
    /// Stored with every archived source so `reextract` knows what produced its rows.
    public static let version = "0.31.0"

    /// - Parameters:
    ///   - body: the article text as archived (UTF-8 validated, BOM stripped, CRLF folded, NFC).
    ///     Every span in the result is a code-point offset into exactly this string, so the
    ///     extractor never normalises it: callers pass text already composed, as `ArticleText` makes it.
    ///   - file: the file name to report in `source.file`.
    ///   - metadata: values already known from front matter or a manifest; they win over guesses.
    ///   - actors: what is known about people ahead of the article (names, spellings, countries, roles).
    public static func extract(body: String, file: String? = nil, metadata: ArticleMetadata = ArticleMetadata(),
                               actors: ActorDictionary = .builtIn) -> Extraction {
        let doc = Document(body)
        // Metadata: known values win over guesses.
        let guessedDate = MetadataRules.published(doc)
        let published = metadata.published ?? guessedDate?.iso
        let articleDate = metadata.published.flatMap(DateValue.parseISO) ?? guessedDate
        let source = SourceInfo(file: file, title: metadata.title ?? MetadataRules.title(doc), published: published,
                                outlet: metadata.outlet ?? MetadataRules.outlet(doc))

        let people = PeopleIndex(doc)
        // (An undated article still tells its year: "the three rounds that Türkiye has hosted in 2025, after the first
        // session ... on May 16". Days and months are read in the latest year it names; the source stays undated.)
        let ruleDate = articleDate ?? MetadataRules.latestYear(doc).map { DateValue(year: $0, month: nil, day: nil) }
        let meetingRules = MeetingRules(doc: doc, people: people, articleDate: ruleDate)
        let meetings = meetingRules.meetings
        let delegations = DelegationRules.find(doc, people, meetingRules)

        let claims = ClaimRules.find(doc, people).map { c -> Claim in
            let speaker: String
            switch c.speaker {
            case .person(let p, _): speaker = people.people[p].name
            case .label(let text, _): speaker = SpeakerByOffice.person(text, people, meetingRules, delegations) ?? text
            }
            return Claim(speaker: speaker, speakerSpan: c.speaker.span, kind: c.kind, text: c.text, span: c.span,
                         topics: TopicRules.topics(of: c.text))
        }

        var figures = FigureRules.find(doc)
        for f in figures.indices {
            switch figures[f].topic {
            case "prisoner_exchange":
                // ("The last prisoner exchange ... took place on Oct. 2, when each side released 185 servicemen": the exchange
                // the figure's own sentence tells, else the article's.)
                let told = FigureRules.exchangeTold(with: figures[f], in: doc, meetings, except: meetingRules.remainsReturn)
                figures[f].meeting = (told ?? meetingRules.prisonerExchange).map { meetings[$0].id }
            case "remains_return": figures[f].meeting = meetingRules.remainsReturn.map { meetings[$0].id }
            case "negotiations":
                // ("the meeting could take place within about two weeks", "met in Anchorage, where talks lasted nearly three
                // hours", "a call that lasted more than two hours": a leaders' meeting or call is the leaders' meeting's.)
                if let (m, _) = FigureRules.meetingTold(with: figures[f], in: doc, meetings) {
                    figures[f].meeting = meetings[m].id
                    // (Only a length is the leaders' meeting's: a plan's points or a share of issues settled ("around 90% of the
                    // issues") stay the negotiations' whatever meeting discussed them.)
                    if meetings[m].kind == .summit || meetings[m].kind == .call, isDuration(figures[f]) { figures[f].topic = "leaders_meeting" }
                } else {
                    // ("ended their summit ... . 'No deal,' Trump said after nearly three hours of talks": with no round of
                    // talks, the leaders' meeting held that was told last before.)
                    let start = figures[f].span.start
                    // (Not a main round first told after the figure: "after talks that ran close to three hours" at the summit,
                    // in an article that names "direct talks in Istanbul" at its end.)
                    let main = meetingRules.mainTalks.flatMap { meetings[$0].span.start < start ? $0 : nil }
                    let summit = meetings.lastIndex { m in m.kind == .summit && m.status == .held && m.span.end <= start }
                    let m = main ?? summit ?? meetingRules.mainTalks
                    figures[f].meeting = m.map { meetings[$0].id }
                    if let m, meetings[m].kind == .summit, isDuration(figures[f]) { figures[f].topic = "leaders_meeting" }
                }
            default: break
            }
        }
        figures = FigureRules.distinct(figures)

        let persons = people.people.map { f -> Person in
            var aliases: [String] = []
            for form in f.forms + f.initialForms where form != f.name && !aliases.contains(form) { aliases.append(form) }
            // "Pope Leo XIV": a pope's title is part of how he is named.
            if f.mentions.contains(where: { $0.lowerBound > 0 && doc.tokens[$0.lowerBound - 1].text == "Pope" }), !aliases.contains("Pope " + f.name) {
                aliases.append("Pope " + f.name)
            }
            return Person(name: f.name, aliases: aliases, country: f.country, roles: f.roles,
                          mentions: f.mentions.map { doc.span(tokens: $0) })
        }
        let merged = MeetingMerge.monthIntoDay(meetings, delegations, figures, sentences: doc.sentences.map(\.span))
        let found = Extraction(source: source, people: persons, meetings: merged.meetings, delegations: merged.delegations,
                               claims: claims, figures: merged.figures)
        return ActorKnowledge.apply(actors, to: found)
    }

    /// Whether a figure is a length of time ("nearly three hours"), the one kind a leaders' meeting takes over.
    private static func isDuration(_ f: Figure) -> Bool {
        f.unit.map { Lexicon.durationUnits.contains($0) } ?? false
    }
}
