/// Numbers about the talks: a value (or range) with a unit, a topic from nearby words,
/// a qualifier before it and a per-side marker after it. Every mention is returned: repeats are
/// told apart once figures are tied to their meetings (`distinct`).
enum FigureRules {
    static func find(_ doc: Document) -> [Figure] {
        var out: [Figure] = []
        let dotsGroupThousands = DigitGroups.dotsGroupThousands(doc)
        for s in doc.sentences where [.body, .heading].contains(doc.paragraphs[s.paragraph].kind) {
            var i = s.tokens.lowerBound
            // ("185 Ukrainian soldiers and 20 civilians came home", "guarantees for 15 years, while Ukraine wanted them to last up
            // to 50 years": a count of the same unit soon after a figure is of its topic.)
            var told: (unit: String, topic: String, end: Int)? = nil
            while i < s.tokens.upperBound {
                // Figures start at a number; skip the rest cheaply, testing the token in place without copying it.
                let isDigits = doc.tokens[i].kind == .number
                // (Shares written as fractions open with a number word, an article or "half": lengths first.)
                if !isDigits, doc.tokens[i].is(.numberWord) || doc.tokens[i].is(.article)
                    || doc.tokens[i].end - doc.tokens[i].start == 4 && doc.scalars[doc.tokens[i].start].value | 0x20 == 0x68,
                   let (figure, next) = fraction(doc, at: i, in: s) {
                    out.append(figure)
                    i = next
                    continue
                }
                guard isDigits || doc.tokens[i].is(.numberWord) || doc.tokens[i].is(.numberScale)
                    || doc.tokens[i].is(.article) && doc.tokens[i].lower == "an" else { i += 1; continue }
                guard let number = NumberPhrases.read(doc, at: i, in: s) else { i += 1; continue }
                // ("each release 157 prisoners of war, 314 in all": the total of the count just told.)
                if let f = told, let total = totalAfterCount(doc, number, told: f.end, in: s) {
                    out.append(Figure(topic: f.topic, value: number.value, unit: f.unit, text: doc.text(tokens: number.first..<total),
                                      span: doc.span(tokens: number.first..<total)))
                    told = nil
                    i = total
                    continue
                }
                let joined = told.flatMap { f in i - f.end <= 12 && Self.joinedToFigure(doc, from: f.end, to: i) ? (f.unit, f.topic) : nil }
                if let (figure, next) = figure(doc, number, in: s, dotsGroupThousands: dotsGroupThousands, joined: joined) {
                    out.append(figure)
                    told = figure.unit.map { ($0, figure.topic, next) }
                    i = next
                } else {
                    // Words make one number ("two hundred and fifty" is never also "fifty"); digits may
                    // not: in "May 16 300 prisoners" the 300 is read again on its own.
                    i = isDigits ? i + 1 : max(i + 1, number.next)
                }
            }
        }
        return out
    }

    /// `joined`: the unit and topic of a figure just told before in the sentence, which a count of that unit takes when it has
    /// no topic word of its own.
    static func figure(_ doc: Document, _ number: NumberPhrase, in s: Sentence, dotsGroupThousands: Bool,
                       joined: (unit: String, topic: String)? = nil) -> (Figure, Int)? {
        let t = doc.tokens
        let end = s.tokens.upperBound
        let i = number.first
        let afterNumber = number.next
        // Dates and times are not figures.
        // A colon is a clock's only when it touches the digits ("10:30"); "...: 175 for 175" is a count.
        if i > s.tokens.lowerBound, t[i - 1].is(.month) || t[i - 1].isMark(":") && t[i - 1].end == t[i].start { return nil }
        if afterNumber < end, t[afterNumber].is(.month) || t[afterNumber].isMark(":") { return nil }
        if DateRules.isYear(t, at: i) != nil, !(afterNumber < end && t[afterNumber].is(.unitNoun) && t[afterNumber].lower != "years") { return nil }
        var j = afterNumber
        var upper: NumberPhrase? = nil
        // Ranges: "24 to 48", "24-48", "between 24 and 48", "two or three days".
        // "two-to-three-day": the words joined by hyphens.
        if j + 3 < end, t[j].isMark("-"), t[j + 1].lower == "to", t[j + 2].isMark("-") { j += 2 }
        // ("a two- to three-day ceasefire", "24- to 48-hour": the first number's hyphen hangs for the unit after the second.)
        else if j + 2 < end, t[j].isMark("-"), t[j].end < t[j + 1].start, t[j + 1].lower == "to" { j += 1 }
        if j + 1 < end, ["to", "-", "\u{2013}", "and", "or"].contains(t[j].lower), let n2 = NumberPhrases.read(doc, at: j + 1, in: s),
           n2.largest > number.largest {
            if t[j].lower != "and" || (i > s.tokens.lowerBound && t[i - 1].lower == "between") {
                upper = n2
                j = n2.next
            }
        }
        // "1,000-for-1,000": the same number each way, so per side.
        var oneForOne = false
        if j + 3 < end, t[j].isMark("-"), t[j + 1].lower == "for", t[j + 2].isMark("-"),
           let n2 = NumberPhrases.read(doc, at: j + 3, in: s), n2.value == number.value {
            oneForOne = true
            j = n2.next
        } else if j + 1 < end, t[j].lower == "for", let n2 = NumberPhrases.read(doc, at: j + 1, in: s), n2.value == number.value,
                  i > s.tokens.lowerBound, t[i - 1].lower == "of" || t[i - 1].lower == "exchange" || tellsExchange(doc, before: i, in: s) {
            // "a prisoner exchange of 1,000 for 1,000": the unit is the exchange's.
            oneForOne = true
            j = n2.next
        }
        // "four and a half hours" is 4.5 ("an hour and a half" is read whole); without a unit after it, no figure.
        var half = 0.0
        // ("the two-and-a-half-hour call": the same words joined by hyphens.)
        let hyphens = j + 6 < end && t[j].isMark("-") && t[j + 2].isMark("-") && t[j + 4].isMark("-") ? 1 : 0
        if number.value.rounded() == number.value, j + 2 + 3 * hyphens < end, t[j + hyphens].lower == "and",
           t[j + 1 + 2 * hyphens].lower == "a", t[j + 2 + 3 * hyphens].lower == "half" {
            j += 3 + 3 * hyphens
            if hyphens == 1, j < end, t[j].isMark("-") { j += 1 }
            guard j < end, t[j].is(.unitNoun), upper == nil else { return nil }
            half = 0.5
        }
        // Unit: "-day", "fallen soldiers", "prisoners of war".
        if j < end, t[j].isMark("-"), t[j].start == t[j - 1].end { j += 1 }
        var u = j
        if number.value == 1.5, t[i].lower == "an" { u = i + 1 }
        // ("307 Ukrainians": a plural demonym is the unit itself.)
        // ("6,000 frozen bodies": or a word in small letters right before a noun of people or bodies.)
        while u < end, u - j < 4, t[u].is(.unitModifier) || t[u].is(.demonym) && t[u].isCapitalized && !t[u].is(.unitNoun)
                || describesCounted(doc, u, end: end) { u += 1 }
        var unitWord = u < end && t[u].is(.unitNoun) ? Lexicon.unitNouns[t[u].lower] : nil
        // "19%", "70 percent", "70 per cent".
        if unitWord == nil, u < end, t[u].isMark("%") || t[u].lower == "per" && u + 1 < end && t[u + 1].lower == "cent" {
            unitWord = "percent"
            if t[u].lower == "per" { u += 1 }
        }
        // "$90 billion", "90 billion dollars": an amount of money.
        let sign = i > s.tokens.lowerBound ? Lexicon.currencySigns[t[i - 1].text] : nil
        if unitWord == nil, let sign { unitWord = sign; u = j - 1 }
        if unitWord == nil, u < end, let noun = Lexicon.currencyNouns[t[u].lower] { unitWord = noun }
        if unitWord == nil, oneForOne, u < end, ["swap", "exchange", "prisoner", "pow"].contains(t[u].lower) { unitWord = "prisoners" }
        // "an exchange of prisoners under the 1,000-for-1,000 formula": the formula counts the exchange's prisoners.
        if unitWord == nil, oneForOne, i + 1 < end, t[i + 1].isMark("-"), s.tokens.contains(where: { ["exchange", "swap", "prisoners"].contains(t[$0].lower) }) {
            unitWord = "prisoners"
        }
        let unitBefore = unitWord == nil && oneForOne && (i >= s.tokens.lowerBound + 2 && t[i - 1].lower == "of"
            && ["swap", "exchange"].contains(t[i - 2].lower) || tellsExchange(doc, before: i, in: s))
        if unitBefore { unitWord = "prisoners" }
        // "the bodies of 1,000 fallen defenders": the unit is told before the number.
        let bodiesBefore = unitWord == nil && i >= s.tokens.lowerBound + 2 && t[i - 1].lower == "of"
            && ["bodies", "remains"].contains(t[i - 2].lower)
        if bodiesBefore { unitWord = "bodies" }
        // ("139 of those released", "more than 7,000 of its citizens": the people a count takes its part of.)
        if unitWord == nil, let (partUnit, partEnd) = partOf(doc, after: j, in: s) { unitWord = partUnit; u = partEnd - 1 }
        // ("handed over around 7,000 bodies ... and was prepared to transfer another 3,000": more of the count just told.)
        // (Not "another 15 drones", "another two exchanges": a noun of its own after the count.)
        if unitWord == nil, let joined, i > s.tokens.lowerBound, ["another", "further"].contains(t[i - 1].lower),
           j >= end || !t[j].isWord || t[j].is(.placePreposition), Lexicon.countUnits.contains(joined.unit) { unitWord = joined.unit; u = j - 1 }
        // ("another batch of prisoners was released, 250 from each side": a count per side of the people the clause named.)
        if unitWord == nil, j < end, t[j].lower == "from" || t[j].lower == "each", let c = countNounBefore(doc, i, in: s) { unitWord = c; u = j - 1 }
        // ("brought the total number of captives exchanged through UAE mediation ... to 4,955": the number the count is of.)
        // (Not the end of a span of days: "held from May 23 to 25".)
        if unitWord == nil, i - 1 > s.tokens.lowerBound, t[i - 1].lower == "to", t[i - 2].kind != .number, !t[i - 2].is(.month),
           j >= end || !t[j].isWord, let c = numberOf(doc, before: i - 1, in: s) {
            unitWord = c; u = j - 1
        }
        // "soldiers aged 18 to 25": an age band of the people counted, in years.
        let ageBand = unitWord == nil && isAge(doc, before: i, in: s)
        if ageBand { unitWord = "years" }
        guard var unit = unitWord else { return nil }
        // ("the two countries swapped 84 prisoners each", "the three nations": states taken up by their count, not counted.)
        if unit == "countries", i > s.tokens.lowerBound, t[i - 1].lower == "the", upper == nil, t[i].is(.numberWord) { return nil }
        // "after three and a half years of conflict": the length of the war itself is no figure.
        if Lexicon.durationUnits.contains(unit), u + 2 < end, t[u + 1].lower == "of", Lexicon.warNouns.contains(t[u + 2].lower) { return nil }
        // ("The talks come three days after last Friday's summit", "two weeks ago": when, not how long.)
        if Lexicon.durationUnits.contains(unit), u + 1 < end, ["ago", "later", "earlier"].contains(t[u + 1].lower)
            || ["after", "before"].contains(t[u + 1].lower) && u + 2 < end
                && (["the", "last", "a", "an", "his", "her", "their", "its"].contains(t[u + 2].lower) || t[u + 2].isCapitalized) { return nil }
        var last = ageBand || unitBefore || bodiesBefore ? j : u + 1
        if number.value == 1.5, t[i].lower == "an" { last = i + 5 }
        if last + 1 < end, t[last].lower == "of", t[last + 1].lower == "war" { last += 2 }
        // Per side.
        var perSide = oneForOne
        for marker in Lexicon.perSideMarkers where last + marker.count <= end {
            if marker.indices.allSatisfy({ t[last + $0].lower == marker[$0] }) { perSide = true; last += marker.count; break }
        }
        // "175 prisoners for 175": one for one, so per side.
        if !perSide, last + 1 < end, t[last].lower == "for", let n2 = NumberPhrases.read(doc, at: last + 1, in: s), n2.value == number.value {
            perSide = true
            last = n2.next
        }
        // Qualifier ("around $90 billion": before the currency sign).
        let lead = sign != nil && unit == sign ? i - 1 : i
        var first = lead
        var qualifier: String? = nil
        for q in Lexicon.qualifiers where lead - q.count >= s.tokens.lowerBound {
            if q.indices.allSatisfy({ t[lead - q.count + $0].lower == q[$0] }) {
                // "handed over 78 bodies": the particle of a verb, not "more than".
                if q == ["over"], lead - 2 >= s.tokens.lowerBound, Lexicon.overVerbs.contains(t[lead - 2].lower) { break }
                first = lead - q.count
                qualifier = doc.text(tokens: first..<lead)
                break
            }
        }
        // A count told as the exchange's ("an exchange of ...: 175 for 175") is the exchange's, however far back it was named.
        let sameUnit = joined.flatMap { j in j.unit == unit || unit == "people" && ["prisoners", "bodies"].contains(j.unit) ? j.topic : nil }
        guard let topic = unitBefore ? "prisoner_exchange" : topic(doc, around: i, unit: ageBand ? "people" : unit, in: s, nounAfter: last) ?? sameUnit
        else { return nil }
        if unit == "people" { unit = topic == "remains_return" ? "bodies" : topic == "prisoner_exchange" ? "prisoners" : unit }
        if topic == "remains_return", unit == "prisoners" { unit = "bodies" }
        let whole = Lexicon.countUnits.contains(unit)
        let value = number.resolved(wholeThings: whole, dotsGroupThousands: dotsGroupThousands) + (whole ? 0 : half)
        let valueMax = upper.map { $0.resolved(wholeThings: whole, dotsGroupThousands: dotsGroupThousands) }.flatMap { $0 > value ? $0 : nil }
        let span = doc.span(tokens: first..<last)
        return (Figure(topic: topic, value: value, valueMax: valueMax, unit: unit, perSide: perSide, qualifier: qualifier,
                       text: doc.text(span), span: span), last)
    }

    /// Whether the words between a figure and the next count join them: "and", "while", "whereas", "but" or "or", with no
    /// verb of saying between ("a ceasefire of 30 days was possible, adding that the United States had taken 10 days").
    /// One figure per quantity: a figure told again (same topic, value and unit) is dropped unless the two are lengths of
    /// two different meetings ("nearly three hours" at the summit, "about three hours of talks" at the Kremlin a week before;
    /// a plan's "28 points" stay one whichever meeting discussed them). ("a 30-hour truce" and "a 30-day ceasefire" are two
    /// quantities.)
    /// ", 314 in all", ", 314 in total": a number set off right after a count, with the words that make it their sum; the end of
    /// those words.
    static func totalAfterCount(_ doc: Document, _ number: NumberPhrase, told end: Int, in s: Sentence) -> Int? {
        let t = doc.tokens
        guard number.first == end + 1, t[end].isMark(","), number.next < s.tokens.upperBound else { return nil }
        if t[number.next].lower == "altogether" { return number.next + 1 }
        guard number.next + 1 < s.tokens.upperBound, t[number.next].lower == "in",
              Self.totalWords.contains(t[number.next + 1].lower) else { return nil }
        return number.next + 2
    }

    static let totalWords: WordSet = ["all", "total"]

    static func distinct(_ figures: [Figure]) -> [Figure] {
        var kept: [Figure] = []
        for f in figures where !kept.contains(where: { k in k.topic == f.topic && k.value == f.value && k.unit == f.unit
            && (k.meeting == f.meeting || k.meeting == nil || f.meeting == nil || !(f.unit.map { Lexicon.durationUnits.contains($0) } ?? false)) }) {
            kept.append(f)
        }
        return kept
    }

    static func joinedToFigure(_ doc: Document, from a: Int, to b: Int) -> Bool {
        let t = doc.tokens
        return (a..<b).contains { Self.figureJoiners.contains(t[$0].lower) } && !(a..<b).contains { t[$0].is(.sayingVerb) }
    }

    static let figureJoiners: WordSet = ["and", "while", "whereas", "but", "or", "then"]

    /// The nearest topic word within the sentence (ten words either side) that fits the unit.
    /// How long something lasted ("lasted two hours", "broke up after less than two hours") is
    /// told of what comes before, so only words before it count then.
    static func topic(_ doc: Document, around i: Int, unit: String, in s: Sentence, nounAfter: Int) -> String? {
        // ("Washington's 28-point proposal", "trimmed to 19 points": the points of a peace plan.)
        if unit == "points" { return "negotiations" }
        // ("Forty Minutes, a Prisoner Swap and No Peace": minutes time a meeting or a truce, never an exchange.)
        let allowed = unit == "minutes" ? Lexicon.minuteTopics : Lexicon.durationUnits.contains(unit) ? Lexicon.durationTopics
            : Lexicon.distanceUnits.contains(unit) ? Lexicon.distanceTopics
            : Lexicon.shareUnits.contains(unit) ? Lexicon.shareTopics
            : Lexicon.currencyNouns[unit] != nil ? Lexicon.moneyTopics : Lexicon.countTopics
        // "a 30-day ceasefire": the noun the quantity qualifies.
        // ("more than eight hours of talks": the noun after "of".)
        var noun = nounAfter + 1 < s.tokens.upperBound && doc.tokens[nounAfter].lower == "of" ? nounAfter + 1 : nounAfter
        // ("in 40-minute Istanbul talks": past a place naming the noun.)
        if noun + 1 < s.tokens.upperBound, doc.tokens[noun].isCapitalized, doc.tokens[noun].is(.place) || doc.tokens[noun].is(.city),
           doc.tokens[noun + 1].is(.figureTopicWord) { noun += 1 }
        // ("40 minutes of plenary talk": past one word describing it; "talk" counts only so, after "of".)
        if noun + 1 < s.tokens.upperBound, nounAfter + 1 < s.tokens.upperBound, doc.tokens[nounAfter].lower == "of",
           !doc.tokens[noun].is(.figureTopicWord), doc.tokens[noun].isWord, !doc.tokens[noun].isCapitalized,
           doc.tokens[noun + 1].is(.figureTopicWord) || doc.tokens[noun + 1].lower == "talk" { noun += 1 }
        if noun < s.tokens.upperBound, nounAfter < s.tokens.upperBound, doc.tokens[nounAfter].lower == "of", doc.tokens[noun].lower == "talk",
           allowed.contains("negotiations") { return "negotiations" }
        if noun < s.tokens.upperBound, doc.tokens[noun].is(.figureTopicWord),
           let topic = Lexicon.figureTopicWords[doc.tokens[noun].lower], allowed.contains(topic) {
            return topic
        }
        // ("met for the first time in more than three years": how long the talks had paused.)
        // ("President Donald Trump and Russian President Vladimir Putin ended their first in-person encounter in more than six
        // years": the gap between leaders' meetings, when the sentence tells leaders.)
        if Lexicon.durationUnits.contains(unit), allowed.contains("negotiations"), let k = hiatusStart(doc, before: i, in: s) {
            // ("It was the first swap in five months": the gap between exchanges.)
            if let swap = (k..<i).first(where: { Lexicon.figureTopicWords[doc.tokens[$0].lower] == "prisoner_exchange" }),
               doc.tokens[swap].is(.meetingTrigger) { return "prisoner_exchange" }
            // ("a swap of 314 prisoners of war - 157 from each side - the first in five months": "the first" set off after the
            // swap it takes up.)
            if k > s.tokens.lowerBound + 1, doc.tokens[k].lower == "first", doc.tokens[k - 1].lower == "the", k + 1 < i, doc.tokens[k + 1].lower == "in",
               doc.tokens[k - 2].isMark(",") || doc.tokens[k - 2].isDashMark,
               let noun = (max(s.tokens.lowerBound, k - 14)..<(k - 2)).last(where: { doc.tokens[$0].is(.meetingTrigger) }),
               Lexicon.figureTopicWords[doc.tokens[noun].lower] == "prisoner_exchange" { return "prisoner_exchange" }
            // ("The 314 prisoners who walked free were the first to come home in nearly five months": prisoners counted before,
            // with no meeting told between: not "The talks, which came a week after Russia freed 157 prisoners, were the first".)
            if k > s.tokens.lowerBound + 1, let counted = (s.tokens.lowerBound + 1..<k).last(where: { j in
                   doc.tokens[j - 1].kind == .number && Lexicon.unitNouns[doc.tokens[j].lower] == "prisoners" }),
               !(s.tokens.lowerBound..<k).contains(where: { doc.tokens[$0].is(.meetingTrigger) && $0 != counted }) {
                return "prisoner_exchange"
            }
            let leaders = (k..<i).contains(where: { doc.tokens[$0].is(.summitNoun) }) && s.tokens.contains(where: { doc.tokens[$0].is(.leaderNoun) })
            return leaders && allowed.contains("leaders_meeting") ? "leaders_meeting" : "negotiations"
        }
        // ("cut his deadline for Moscow to agree a ceasefire from 50 days to ten": days a deadline gives are the threat's.)
        // ("had given Moscow 10 days to agree to a ceasefire": the days an ultimatum gives. Not "The talks lasted two days, as the
        // deadline for new sanctions loomed".)
        if ["days", "day"].contains(unit), allowed.contains("sanctions"), !lastedFor(doc, before: i, in: s),
           (max(s.tokens.lowerBound, i - 8)..<min(s.tokens.upperBound, i + 4)).contains(where: { Self.deadlineWords.contains(doc.tokens[$0].lower) })
            || (max(s.tokens.lowerBound, i - 3)..<i).contains(where: { Self.givingVerbs.contains(doc.tokens[$0].lower) }) { return "sanctions" }
        var best: (Int, String)? = nil
        let lasted = lastedFor(doc, before: i, in: s)
        // "the meeting at Istanbul's Ciragan Palace, which lasted a little over an hour", "The talks at the Çırağan Palace
        // on July 23, hosted by ..., lasted around 40 minutes": the thing that lasted may be far back.
        let lastedVerb = lasted && (max(s.tokens.lowerBound, i - 5)..<i).contains { ["lasted", "lasting"].contains(doc.tokens[$0].lower) }
        let lo = max(s.tokens.lowerBound, i - (lastedVerb ? 24 : lasted ? 15 : 10))
        let hi = lasted ? i : min(s.tokens.upperBound, i + 14)
        // ("security guarantees for 15 years": only the guarantees themselves last; an army or arms near a span of years do not.)
        let duration = Lexicon.durationUnits.contains(unit)
        for k in lo..<hi {
            guard doc.tokens[k].is(.figureTopicWord), let topic = Lexicon.figureTopicWords[doc.tokens[k].lower], allowed.contains(topic),
                  !(duration && topic == "security_guarantees" && !doc.tokens[k].lower.hasPrefix("guarantee")),
                  // ("a coalition of 30 countries", "the coalition now counts 30 nations": only the states it counts, told after it.)
                  doc.tokens[k].lower != "coalition" || unit == "countries" && k < i && i - k <= 6 else { continue }
            let d = abs(k - i)
            if best == nil || d < best!.0 { best = (d, topic) }
        }
        // ("The Istanbul meeting, at which ... was led by ..., lasted about 90 minutes": what lasted opens the sentence.)
        // ("The latest, third round of direct negotiations ... wrapped up Wednesday evening at Istanbul's Çırağan Palace after
        // about 40 minutes": or after "after", further than the window.)
        if best == nil, lasted, lo > s.tokens.lowerBound,
           let k = (s.tokens.lowerBound..<lo).first(where: { doc.tokens[$0].is(.figureTopicWord) }),
           let topic = Lexicon.figureTopicWords[doc.tokens[k].lower], allowed.contains(topic) {
            best = (i - k, topic)
        }
        // "the conflict, which has now dragged on for over two years": what lasted is the war, which no topic fits.
        // ("the first talks since the full-scale invasion, ..., which lasted four and a half hours": a war named after
        // "since" only dates the talks.)
        // ("brief pauses in the fighting, lasting 24 to 48 hours": a war noun in the topic's own phrase is not what lasted.)
        if lasted, let (d, _) = best, (i - d..<i).contains(where: { k in Lexicon.warNouns.contains(doc.tokens[k].lower)
            && !(max(s.tokens.lowerBound, k - 6)..<k).contains { doc.tokens[$0].lower == "since" }
            && !(k - 2 >= s.tokens.lowerBound && doc.tokens[k - 1].lower == "the" && Self.phraseLinks.contains(doc.tokens[k - 2].lower)) }) {
            return nil
        }
        // ("The summit came together quickly after Witkoff spent about three hours with Putin": time spent with someone is that
        // meeting's, whatever a topic word before the verb names.)
        if let (_, topic) = best, Lexicon.durationUnits.contains(unit), ["leaders_meeting", "negotiations"].contains(topic), spentWith(doc, i, in: s),
           let spent = (max(s.tokens.lowerBound, i - 4)..<i).last(where: { doc.tokens[$0].lower == "spent" }),
           !(spent..<hi).contains(where: { doc.tokens[$0].is(.figureTopicWord) }) {
            return "negotiations"
        }
        if best == nil, unit == "prisoners" || unit == "people", handsPeopleOver(doc, in: s) { return "prisoner_exchange" }
        // ("Rubio, Waltz and Witkoff spent four and a half hours with Lavrov": time spent with the other side.)
        if best == nil, lasted, Lexicon.durationUnits.contains(unit), spentWith(doc, i, in: s) { return "negotiations" }
        return best?.1
    }

    /// "23 seriously wounded servicemen ... will be handed over", "Ukraine brought home 33 servicemen":
    /// people counted as they change hands are prisoners exchanged, though no exchange is named.
    static func handsPeopleOver(_ doc: Document, in s: Sentence) -> Bool {
        s.tokens.contains { k in
            let w = doc.tokens[k].lower
            // ("Ukraine returned 185 servicemen": "returned" right before the count, not "Zelensky returned to Kyiv".)
            return Lexicon.handingOverWords.contains(w)
                || w == "returned" && k + 1 < s.tokens.upperBound && (doc.tokens[k + 1].kind == .number || doc.tokens[k + 1].is(.numberWord))
                || ["hand", "hands", "handing"].contains(w) && k + 1 < s.tokens.upperBound && doc.tokens[k + 1].lower == "over"
                || w == "home" && k > s.tokens.lowerBound && ["brought", "bring", "brings", "returned"].contains(doc.tokens[k - 1].lower)
                // ("The most recent exchange took place on Oct. 2, when 185 Ukrainian soldiers ... came home": in an exchange's sentence.)
                || w == "home" && k > s.tokens.lowerBound && ["came", "come"].contains(doc.tokens[k - 1].lower)
                    && s.tokens.contains { Lexicon.figureTopicWords[doc.tokens[$0].lower] == "prisoner_exchange" && doc.tokens[$0].is(.meetingTrigger) }
        }
    }

    /// "an exchange of prisoners of war, 175 for 175", "an exchange ... would take place between Russia and
    /// Ukraine: 175 for 175": the exchange named just before the comma or colon.
    static func tellsExchange(_ doc: Document, before i: Int, in s: Sentence) -> Bool {
        guard i - 1 > s.tokens.lowerBound, doc.tokens[i - 1].isMark(",") || doc.tokens[i - 1].isMark(":") else { return false }
        // ("the sides exchanged 314 prisoners of war, 157 for 157": the verb too.)
        return (max(s.tokens.lowerBound, i - 15)..<(i - 1)).contains { Self.exchangeWords.contains(doc.tokens[$0].lower) }
    }

    /// "the total number of captives exchanged ... to": the people or bodies a number before `to` is of, within the clause.
    static func numberOf(_ doc: Document, before to: Int, in s: Sentence) -> String? {
        let t = doc.tokens
        for k in stride(from: to - 3, through: max(s.tokens.lowerBound, to - 14), by: -1) {
            if t[k].isMark(",") || t[k].isMark(";") { return nil }
            guard ["number", "total", "tally"].contains(t[k].lower), t[k + 1].lower == "of", let unit = Lexicon.unitNouns[t[k + 2].lower],
                  Lexicon.countUnits.contains(unit), unit != "countries" else { continue }
            return unit
        }
        return nil
    }

    /// "another batch of prisoners was released, 250 from each side": the prisoners or bodies named in the clause before the
    /// comma right before the count at `i`.
    static func countNounBefore(_ doc: Document, _ i: Int, in s: Sentence) -> String? {
        let t = doc.tokens
        // ("a swap of 314 prisoners of war - 157 from each side -": a dash sets the count per side off too.)
        guard i - 1 > s.tokens.lowerBound, t[i - 1].isMark(",") || t[i - 1].isDashMark else { return nil }
        for k in stride(from: i - 2, through: max(s.tokens.lowerBound, i - 10), by: -1) {
            if t[k].isMark(",") || t[k].kind == .number { return nil }
            if let unit = Lexicon.unitNouns[t[k].lower], unit == "prisoners" || unit == "bodies" { return unit }
        }
        return nil
    }

    /// A word in small letters right before a noun of people or bodies counted ("frozen bodies", "exhausted soldiers").
    static func describesCounted(_ doc: Document, _ u: Int, end: Int) -> Bool {
        let t = doc.tokens
        guard u + 1 < end, t[u].isWord, !t[u].isCapitalized, !t[u].is(.unitNoun), !t[u].is(.article), let unit = Lexicon.unitNouns[t[u + 1].lower] else { return false }
        return Lexicon.countUnits.contains(unit) && unit != "countries"
    }

    /// "of those released", "of its citizens": after a count, the unit of the people it is part of, and where that ends.
    static func partOf(_ doc: Document, after j: Int, in s: Sentence) -> (String, Int)? {
        let t = doc.tokens
        guard j + 2 < s.tokens.upperBound, j >= 1, t[j - 1].kind == .number, t[j].lower == "of", Self.partDeterminers.contains(t[j + 1].lower) else { return nil }
        if Self.setFreeWords.contains(t[j + 2].lower) { return ("prisoners", j + 3) }
        if let unit = Lexicon.unitNouns[t[j + 2].lower], Lexicon.countUnits.contains(unit) { return (unit, j + 3) }
        return nil
    }

    static let partDeterminers: WordSet = ["those", "its", "their", "the"]
    static let setFreeWords: WordSet = ["released", "freed", "exchanged", "swapped", "repatriated"]

    /// "aged 18 to 25", "aged between 18 and 25", "ages 18-25".
    static func isAge(_ doc: Document, before i: Int, in s: Sentence) -> Bool {
        var k = i - 1
        if k > s.tokens.lowerBound, doc.tokens[k].lower == "between" { k -= 1 }
        return k >= s.tokens.lowerBound && ["aged", "ages"].contains(doc.tokens[k].lower)
    }

    /// "spent four and a half hours with ...": "spent" before the duration and "with" after its unit.
    static func spentWith(_ doc: Document, _ i: Int, in s: Sentence) -> Bool {
        let before = (max(s.tokens.lowerBound, i - 4)..<i).contains { doc.tokens[$0].lower == "spent" }
        // ("spent more than five hours on Sunday in the German chancellery with Steve Witkoff": a day and place between.)
        guard before, let end = (i + 1..<min(s.tokens.upperBound, i + 11)).first(where: { doc.tokens[$0].lower == "with" }) else { return false }
        return !(i + 1..<end).contains { doc.tokens[$0].kind == .punct }
    }

    /// "for the first time in more than three years", "their first talks in three years": a pause since the last meeting.
    /// Where the words telling a pause or interval before the duration at `i` start ("first ... in", "a pause of",
    /// "second time in"), if they do.
    static func hiatusStart(_ doc: Document, before i: Int, in s: Sentence) -> Int? {
        var k = i - 1
        while k > s.tokens.lowerBound, i - k <= 4, Lexicon.durationHedges.contains(doc.tokens[k].lower) { k -= 1 }
        // ("held in Istanbul on May 16 after a pause of more than three years": the pause names it.)
        if k - 1 > s.tokens.lowerBound, doc.tokens[k].lower == "of", Self.pauseNouns.contains(doc.tokens[k - 1].lower) { return k - 1 }
        guard k > s.tokens.lowerBound, doc.tokens[k].lower == "in" else { return nil }
        // ("for the second time in less than three weeks": an interval between two meetings.)
        if k - 2 >= s.tokens.lowerBound, doc.tokens[k - 1].lower == "time", doc.tokens[k - 2].lower == "second" { return k - 2 }
        if let f = (max(s.tokens.lowerBound, k - 4)..<k).last(where: { doc.tokens[$0].lower == "first" }) { return f }
        // ("their first in-person encounter in": further back across a word of meeting, not "first prisoner exchange in".)
        guard let f = (max(s.tokens.lowerBound, k - 6)..<k).last(where: { doc.tokens[$0].lower == "first" }),
              (f..<k).contains(where: { doc.tokens[$0].is(.summitNoun) || doc.tokens[$0].is(.talksNoun) }) else { return nil }
        return f
    }

    static let pauseNouns: WordSet = ["pause", "hiatus", "break", "gap"]
    static let exchangeWords: WordSet = ["exchange", "swap", "exchanged", "swapped"]
    static let runningVerbs: WordSet = ["run", "ran", "amounted"]
    static let deadlineWords: WordSet = ["deadline", "ultimatum"]
    static let givingVerbs: WordSet = ["gave", "given", "giving"]
    static let phraseLinks: WordSet = ["in", "of", "to"]

    /// "lasted (a little over) two hours", "after less than two hours", "for about an hour".
    static func lastedFor(_ doc: Document, before i: Int, in s: Sentence) -> Bool {
        var k = i - 1
        while k >= s.tokens.lowerBound, i - k <= 4 {
            let w = doc.tokens[k].lower
            if Lexicon.lastingWords.contains(w) { return true }
            // ("had run to almost six hours".)
            if w == "to", k > s.tokens.lowerBound, Self.runningVerbs.contains(doc.tokens[k - 1].lower) { return true }
            guard doc.tokens[k].isWord, Lexicon.durationHedges.contains(w) else { return false }
            k -= 1
        }
        return false
    }
}
