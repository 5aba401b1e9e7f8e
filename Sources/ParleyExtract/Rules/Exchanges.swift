/// Exchanges told as done: "a prisoner swap, which was completed on May 25", "the parties carried
/// out an exchange of prisoners", "an exchange completed over three days".
extension MeetingRules {
    /// The word that tells the exchange ending at `k` as done, after at most a relative pronoun,
    /// an auxiliary or a dashed aside ("swap — the largest of the war — completed on May 25").
    func completion(after k: Int, _ s: Sentence) -> Int? {
        var j = k
        while j < s.tokens.upperBound, j - k <= 16 {
            let w = t[j].lower
            if t[j].isMark("—") || t[j].isMark("–") {
                guard let close = (j + 1..<min(s.tokens.upperBound, j + 14)).first(where: { t[$0].isMark(t[j].text) }) else { return nil }
                j = close + 1; continue
            }
            // (", the largest of the war, which was carried out": past an appositive set off by commas.)
            if t[j].isMark(","), j + 1 < s.tokens.upperBound, t[j + 1].is(.article),
               let close = (j + 2..<min(s.tokens.upperBound, j + 9)).first(where: { t[$0].isMark(",") }) { j = close + 1; continue }
            // ("...: 1,000 for 1,000, carried out": past the count set off by a colon.)
            if t[j].isMark(":"), let close = (j + 1..<min(s.tokens.upperBound, j + 9)).first(where: { t[$0].isMark(",") }),
               (j + 1..<close).allSatisfy({ t[$0].kind == .number || t[$0].lower == "for" || t[$0].isMark("-") }) { j = close + 1; continue }
            if t[j].isMark(",") || Self.completionFillers.contains(w) { j += 1; continue }
            // ("The largest prisoner exchange of the war was carried out": past what it is the largest of.)
            if w == "of", j == k, j + 2 < s.tokens.upperBound, t[j + 1].lower == "the", Lexicon.warNouns.contains(t[j + 2].lower) { j += 3; continue }
            // ("a further exchange of severely wounded and young prisoners, which began on 9 June": past who was exchanged.)
            // (Only into a relative clause on the exchange: not "Talk of an exchange of prisoners began on 9 June".)
            if w == "of", j == k,
               let e = (j + 1..<min(s.tokens.upperBound, j + 8)).first(where: { Self.exchangedNouns.contains(t[$0].lower) }),
               (j + 1..<e).allSatisfy({ t[$0].isWord }), e + 2 < s.tokens.upperBound, t[e + 1].isMark(","),
               Self.thatOrWhich.contains(t[e + 2].lower) || t[e + 2].is(.article) { j = e + 1; continue }
            // ("The previous exchange between Russia and Ukraine took place on May 6": past the sides.)
            if w == "between", j == k {
                j += 1
                while j < s.tokens.upperBound, j - k <= 8, t[j].isCapitalized || t[j].lower == "and" || t[j].lower == "the" { j += 1 }
                continue
            }
            // ("The last prisoner swap before Thursday's took place on October 2": past the other swap it is told against.)
            if w == "before" || w == "after", j == k, j + 2 < s.tokens.upperBound, t[j + 1].is([.weekday, .month]) || t[j + 1].lower == "the",
               let e = (j + 1..<min(s.tokens.upperBound, j + 4)).first(where: { t[$0].kind == .possessive }) { j = e + 1; continue }
            if Lexicon.completionWords.contains(w) { return j }
            if w == "took", j + 1 < s.tokens.upperBound, t[j + 1].lower == "place" { return j }
            if w == "carried", j + 1 < s.tokens.upperBound, t[j + 1].lower == "out" { return j }
            return nil
        }
        return nil
    }

    /// ", a transfer it completed in mid-June", ", a swap that was carried out on May 25": the verb of completion of an
    /// apposition set off after the phrase ending before `k`, naming a handing over.
    func completedInApposition(after k: Int, _ s: Sentence) -> Int? {
        guard let comma = (k..<min(s.tokens.upperBound, k + 10)).first(where: { t[$0].kind == .punct }), t[comma].isMark(","),
              comma + 2 < s.tokens.upperBound, t[comma + 1].is(.article), Self.handingOverNouns.contains(t[comma + 2].lower) else { return nil }
        for j in comma + 3..<min(s.tokens.upperBound, comma + 7) {
            if Lexicon.completionWords.contains(t[j].lower) { return j }
            if j + 1 < s.tokens.upperBound, t[j].lower == "carried" && t[j + 1].lower == "out" || t[j].lower == "took" && t[j + 1].lower == "place" { return j }
            // (Only a subject and auxiliaries between: not "a transfer it has not completed", "that officials expect completed".)
            guard t[j].is(.personalPronoun) || t[j].is(.groupPronoun) || t[j].isCapitalized
                || Self.completionFillers.contains(t[j].lower) && !Self.notYetWords.contains(t[j].lower) else { return nil }
        }
        return nil
    }

    static let notYetWords: WordSet = ["not", "never", "yet"]
    static let handingOverNouns: WordSet = ["transfer", "handover", "swap", "exchange", "return", "repatriation"]
    static let exchangedNouns: WordSet = ["prisoners", "pows", "captives", "servicemen", "soldiers", "bodies", "remains"]
    static let completionFillers: WordSet = ["which", "that", "was", "were", "had", "has", "been", "finally", "successfully"]

    /// "exchanged a total of 307 prisoners", "swapped some 390 POWs": the verb and the qualified count
    /// as a phrase (the plain "exchanged 175" is in the lexicon's phrases).
    func exchangedCount(at i: Int, _ s: Sentence) -> [String]? {
        guard Lexicon.exchangeVerbs.contains(t[i].lower) || releasedByEach(i, s) else { return nil }
        var k = i + 1
        while k < s.tokens.upperBound, k - i <= 4, t[k].kind != .number {
            guard t[k].isWord, Lexicon.countLeadIns.contains(t[k].lower) else { return nil }
            k += 1
        }
        guard k < s.tokens.upperBound, t[k].kind == .number else { return nil }
        return (i...k).map { t[$0].lower }
    }

    /// The last word of the count an exchange's phrase goes on with ("157 prisoners of war from each side", "84 POWs
    /// each"), from the count or the word before it; `k` itself when none follows.
    func exchangedCountEnd(after k: Int, _ s: Sentence) -> Int {
        var j = k + 1, end = k
        func skip(_ words: [String]) -> Bool {
            guard j + words.count <= s.tokens.upperBound, zip(j..<(j + words.count), words).allSatisfy({ t[$0.0].lower == $0.1 }) else { return false }
            j += words.count; end = j - 1; return true
        }
        // ("a swap of 1,000 prisoners from each side in May": past the noun's "of".)
        if j + 1 < s.tokens.upperBound, t[j].lower == "of", t[j + 1].kind == .number { end = j; j += 1 }
        while j < s.tokens.upperBound, t[j].kind == .number || t[j].isMark(",") && j + 1 < s.tokens.upperBound && t[j + 1].kind == .number {
            end = j; j += 1
        }
        guard end > k || t[k].kind == .number, j < s.tokens.upperBound, t[j].is(.unitNoun) else { return k }
        end = j; j += 1
        _ = skip(["of", "war"])
        _ = skip(["from", "each", "side"]) || skip(["on", "each", "side"]) || skip(["per", "side"]) || skip(["each"])
        // ("1,000 prisoners for 1,000": the count given in return.)
        if j + 1 < s.tokens.upperBound, t[j].lower == "for", t[j + 1].kind == .number { end = j + 1; j += 2 }
        // ("exchanged 314 prisoners of war, 157 from each side, on Thursday", ", 157 for 157,": past the count per side set off by
        // commas.)
        if j + 2 < s.tokens.upperBound, t[j].isMark(","), t[j + 1].kind == .number,
           let close = (j + 2..<min(s.tokens.upperBound, j + 6)).first(where: { t[$0].isMark(",") }),
           // (", 157 for 157,": or the count given in return.)
           (j + 2..<close).allSatisfy({ Self.perSideWords.contains(t[$0].lower) || t[$0].kind == .number && t[$0 - 1].lower == "for" }) { end = close }
        return end
    }

    static let perSideWords: WordSet = ["from", "on", "each", "per", "side", "for"]

    /// "informed him that on March 19 an exchange of prisoners would take place", "on March 19, Russia and
    /// Ukraine would carry out an exchange": a day told before the exchange in its clause, with no other
    /// meeting between them. Not when the clause tells an agreement: its day is the agreement's.
    func datedBefore(_ i: Int, _ s: Sentence, dates: [DateMention]) -> DateMention? {
        // (A month opening the sentence dates it too: "Last month Russia handed over 1,000 bodies".)
        // ("On 14 August last year, 84 Ukrainian prisoners were swapped": the day the year right after it is told of.)
        guard var d = dates.last(where: { $0.tokens.upperBound <= i }) else { return nil }
        if d.value.day == nil, let day = dates.last(where: { $0.tokens.upperBound == d.tokens.lowerBound && $0.value.day != nil }) { d = day }
        guard d.value.day != nil || d.tokens.lowerBound <= s.tokens.lowerBound + 1,
              i - d.tokens.upperBound <= 14 else { return nil }
        let between = d.tokens.upperBound..<i
        // ("Earlier this month, the Abu Dhabi talks produced a swap": a month set before the clause is the whole clause's.)
        // (Not across another clause: "In December, talks in Miami stalled, and Kyiv has since pushed for a prisoner swap".)
        let frontedMonth = d.value.day == nil && d.tokens.lowerBound <= s.tokens.lowerBound + 1 && d.tokens.upperBound < i
            && t[d.tokens.upperBound].isMark(",")
            && !(d.tokens.upperBound + 1..<i).contains { t[$0].isMark(",") || t[$0].isMark(";") || t[$0].lower == "since" }
        // ("sessions on May 16 and June 2 that together produced ... the repatriation of": the days are the sessions'.)
        // ("The first round, held ... on 16 May, produced a 1,000-for-1,000 exchange": what a day's meeting produced came later.)
        if between.contains(where: { t[$0].is(.meetingTrigger) && !frontedMonth || t[$0].isMark(";") || t[$0].is(.sayingVerb)
            || Self.thatOrWhich.contains(t[$0].lower) || !frontedMonth && Self.producingVerbs.contains(t[$0].lower) }) { return nil }
        // (An agreement told after the exchange is the one it was done under: "were exchanged in a deal brokered by".)
        return clause(of: i, s).tokens.contains { $0 < i && Lexicon.agreementWords.contains(t[$0].lower) } ? nil : d
    }

    static let thatOrWhich: WordSet = ["that", "which"]
    static let producingVerbs: WordSet = ["produced", "yielded", "resulted"]

    /// "a full \"all for all\" exchange", "an 84-for-84 swap": a count for a count names an exchange of prisoners.
    func countForCount(before i: Int, _ s: Sentence) -> Bool {
        var words: [Int] = []
        var k = i - 1
        while k >= s.tokens.lowerBound, words.count < 3, i - k <= 8 {
            if t[k].isMark("-") || t[k].kind == .punct && Lexicon.quoteMarks.contains(t[k].text) { k -= 1; continue }
            guard t[k].isWord || t[k].kind == .number else { break }
            words.insert(k, at: 0)
            k -= 1
        }
        guard words.count == 3, t[words[1]].lower == "for" else { return false }
        return [words[0], words[2]].allSatisfy { t[$0].kind == .number || t[$0].lower == "all" }
    }

    /// "Russia and Ukraine exchanged 175 prisoners": the past verb tells it done, whatever else the sentence
    /// proposes; "will be exchanged" does not.
    func exchangedInPast(_ i: Int, _ s: Sentence) -> Bool {
        releasedByEach(i, s)
            || Lexicon.exchangeVerbs.contains(t[i].lower) && !(i > s.tokens.lowerBound && Self.infinitiveMarkers.contains(t[i - 1].lower))
            // ("The Abu Dhabi rounds ... produced an exchange of 157 prisoners of war per side on 5 February": what talks yielded.)
            || i - 2 >= s.tokens.lowerBound && t[i - 1].is(.article) && Self.outcomeVerbs.contains(t[i - 2].lower)
                // (Not one "to be carried out next week".)
                && !(i..<s.tokens.upperBound).contains { t[$0].is(.futureMarker) || t[$0].lower == "to" && $0 + 1 < s.tokens.upperBound && t[$0 + 1].lower == "be" }
    }

    static let outcomeVerbs: WordSet = ["produced", "yielded", "delivered"]

    /// ", the first swap in five months", ", the largest exchange so far": a noun set off after a comma to describe the
    /// exchange just told.
    func isExchangeApposition(at i: Int, _ s: Sentence) -> Bool {
        var k = i - 1
        while k > s.tokens.lowerBound, i - k <= 3, !t[k].is(.article) { k -= 1 }
        return k > s.tokens.lowerBound && t[k].is(.article) && t[k - 1].isMark(",")
            && (k + 1..<i).allSatisfy { t[$0].isWord && !t[$0].isCapitalized }
    }

    /// "Russia and Ukraine each released 157 prisoners of war": a release by each side is an exchange.
    func releasedByEach(_ i: Int, _ s: Sentence) -> Bool {
        i > s.tokens.lowerBound && t[i - 1].lower == "each" && Self.mutualReleaseVerbs.contains(t[i].lower)
    }

    /// "delegations ... had agreed to exchange 314 prisoners", after the exchange told as held: the agreement that led to it.
    func agreedBefore(_ i: Int, _ s: Sentence) -> Bool {
        // (Not one more: "Both sides had agreed to exchange 300 more in March".)
        guard i - 3 >= s.tokens.lowerBound, t[i - 1].lower == "to",
              !(i + 1..<min(s.tokens.upperBound, i + 6)).contains(where: { Self.moreWords.contains(t[$0].lower) }) else { return false }
        return t[i - 2].lower == "agreed" && t[i - 3].lower == "had"
    }

    static let moreWords: WordSet = ["more", "further", "another", "additional"]
    static let mutualReleaseVerbs: WordSet = ["released", "freed", "returned"]

    static let infinitiveMarkers: WordSet = ["be", "being", "to"]

    /// "Ukraine received the bodies of ...", "Russia returned the remains of ...": a hand-over told as done.
    func receivedBefore(_ i: Int, _ s: Sentence) -> Bool {
        var k = i - 1
        while k > s.tokens.lowerBound, t[k].is(.article) { k -= 1 }
        return k >= s.tokens.lowerBound && Self.receivingBackVerbs.contains(t[k].lower)
    }

    static let receivingBackVerbs: WordSet = ["received", "returned", "repatriated", "recovered"]

    /// "The bodies of 1,212 fallen defenders were returned to Ukraine": the passive of a hand-over a few words after the
    /// remains named.
    func returnedAfter(_ k: Int, _ s: Sentence) -> Int? {
        var j = k
        while j < s.tokens.upperBound, j - k < 4, t[j].isWord || t[j].kind == .number, !Self.handOverAuxiliaries.contains(t[j].lower) { j += 1 }
        guard j + 1 < s.tokens.upperBound, Self.handOverAuxiliaries.contains(t[j].lower) else { return nil }
        if t[j + 1].lower == "been", j + 2 < s.tokens.upperBound { j += 1 }
        return Self.handOverParticiples.contains(t[j + 1].lower) ? j + 1 : nil
    }

    static let handOverAuxiliaries: WordSet = ["was", "were", "have", "has"]
    static let handOverParticiples: WordSet = ["returned", "repatriated", "handed", "transferred", "received", "brought", "exchanged"]

    /// "the two sides swapped an undisclosed number of wounded and young soldiers": the past verb and the
    /// people it moved, with no count.
    func exchangedPeople(at i: Int, _ s: Sentence) -> [String]? {
        guard exchangedInPast(i, s) else { return nil }
        let people: Set<String> = ["prisoners", "pows", "soldiers", "servicemen", "captives", "detainees", "civilians", "bodies"]
        let found = (i + 1..<min(s.tokens.upperBound, i + 9)).contains { people.contains(t[$0].lower) }
        // ("150 prisoners from each side were exchanged", "84 Ukrainian prisoners were swapped": the counted people before a
        // passive, a demonym between.)
        let passive = i - 1 > s.tokens.lowerBound && Self.passiveMarkers.contains(t[i - 1].lower)
            && (max(s.tokens.lowerBound + 1, i - 9)..<(i - 1)).contains { k in people.contains(t[k].lower)
                && (t[k - 1].kind == .number || k - 2 >= s.tokens.lowerBound && t[k - 1].is(.demonym) && t[k - 2].kind == .number) }
        return found || passive ? [t[i].lower] : nil
    }

    static let passiveMarkers: WordSet = ["were", "was", "been"]

    /// "the final batch of 1,245 bodies on Monday", "1,212 bodies were returned to Ukraine": counted bodies
    /// with a verb of handing over in their clause.
    func countedBodiesHandedOver(at i: Int, _ s: Sentence) -> Bool {
        guard Self.bodyNouns.contains(t[i].lower), i > s.tokens.lowerBound, t[i - 1].kind == .number else { return false }
        return (max(s.tokens.lowerBound, i - 10)..<min(s.tokens.upperBound, i + 5)).contains { Self.bodyHandingVerbs.contains(t[$0].lower) }
    }

    static let bodyHandingVerbs: WordSet = ["received", "returned", "handed", "repatriated", "transferred"]

    /// "carried out an exchange", "completed a swap", "carried out an 84-for-84 exchange": the doing verb
    /// just before the exchange at `i`, past its article and count.
    func completion(before i: Int, _ s: Sentence) -> Int? {
        var k = i - 1
        // ("have carried out the third and final stage of the large-scale prisoner exchange": past the stage told.)
        while k > s.tokens.lowerBound, i - k <= 12, t[k].is(.article) || t[k].kind == .number || t[k].isMark("-")
            || Self.exchangeModifiers.contains(t[k].lower) || Self.stageWords.contains(t[k].lower) || Lexicon.roundOrdinals[t[k].lower] != nil { k -= 1 }
        guard k > s.tokens.lowerBound else { return nil }
        if t[k].lower == "out", t[k - 1].lower == "carried" { return k - 1 }
        if t[k].lower == "over", t[k - 1].lower == "handed" { return k - 1 }
        // ("each released 146 prisoners of war on Sunday in an exchange mediated by ...": the people freed in it.)
        if t[k].lower == "in", k < i - 1 {
            return (max(s.tokens.lowerBound, k - 12)..<k).last { Self.releasingVerbs.contains(t[$0].lower) }
        }
        return Lexicon.completionWords.contains(t[k].lower) ? k : nil
    }


    static let releasingVerbs: WordSet = ["released", "freed", "exchanged", "swapped", "returned", "repatriated", "handed"]
    static let exchangeModifiers: WordSet = ["for", "prisoner", "pow", "large", "new", "another", "latest"]
    static let stageWords: WordSet = ["stage", "phase", "part", "of", "and", "final", "last", "scale", "large-scale"]

    /// A done exchange after another was already told: the same one when a definite noun takes it up
    /// just after ("produced an agreement to exchange ... . The exchange was completed on May 25"),
    /// otherwise an earlier exchange of its own ("a 1,000-for-1,000 exchange, which was completed").
    /// "The first stage took place on Monday", "A third stage came on Thursday", "on Saturday ... in the fourth stage of
    /// the exchange": once the article has an exchange, each stage told with its own day is an exchange held that day.
    mutating func exchangeStage(_ s: Sentence, dates: [DateMention]) {
        guard prisonerExchange != nil || remainsReturn != nil else { return }
        for k in s.tokens where t[k].end - t[k].start == 5 && t[k].lower == "stage" && k > s.tokens.lowerBound
            && (Lexicon.roundOrdinals[t[k - 1].lower] != nil || Self.stageOrdinals.contains(t[k - 1].lower)) {
            guard let d = dates.first(where: { $0.value.day != nil && $0.value.iso != nil && sameClause($0, k)
                      && abs(($0.tokens.lowerBound > k ? $0.tokens.lowerBound : $0.tokens.upperBound) - k) <= 12 }),
                  !meetings.contains(where: { $0.kind == .exchange && $0.date == d.value.iso }) else { continue }
            // ("the next stage will follow on Monday": a stage to come is not yet held.)
            let held = d.value < (articleDate ?? d.value) || d.value == articleDate
            _ = add(.exchange, s, trigger: k..<(k + 1), date: d.value, status: held ? .held : .planned, parties: [])
        }
    }

    static let stageOrdinals: WordSet = ["another", "latest", "next", "final", "last"]

    mutating func completedExchange(at trigger: Range<Int>, done: Int, _ s: Sentence, dates: [DateMention]) {
        let i = trigger.lowerBound
        let date = (dates.first { $0.tokens.lowerBound > done && $0.tokens.lowerBound - done <= 7 } ?? datedBefore(min(i, done), s, dates: dates))?.value
        let anaphor = trigger.count == 1 && i > s.tokens.lowerBound && Self.exchangeAnaphors.contains(t[i - 1].lower)
        // (Further on only when no other exchange was told since: "agreed ... to exchange 314 prisoners", a few paragraphs of
        // what was said, then "The exchange was carried out later on Thursday".)
        let lastTold = meetings.lastIndex { $0.kind == .exchange }
        if anaphor, let e = prisonerExchange, meetings[e].status != .held,
           s.span.start - meetings[e].span.start < (lastTold == e ? 1200 : 400) {
            meetings[e].status = .held
            if meetings[e].date == nil, let date { meetings[e].setDay(date) }
        } else if !meetings.contains(where: { $0.kind == .exchange && $0.status == .held && $0.date == date?.iso }) {
            _ = add(.exchange, s, trigger: trigger, date: date, status: .held, parties: [])
        }
    }

    static let exchangeAnaphors: WordSet = ["the", "this", "that", "an"]
}
