/// A leader received as a guest, told in the passive: "The following day, Volodymyr Zelensky was received at the
/// White House", "Zelensky was welcomed by Erdogan in Ankara on Thursday".
extension MeetingRules {
    static let guestVerbs: Set<String> = ["received", "welcomed", "hosted"]

    mutating func receivedGuest(_ s: Sentence, dates: [DateMention], place: String?, venue: String?) {
        for v in s.tokens where v > s.tokens.lowerBound + 1 && Self.guestVerbs.contains(t[v].lower)
            && ["was", "were"].contains(t[v - 1].lower) {
            // The guest: the person right before "was".
            guard let guest = people.personAt[v - 2], let home = people.people[guest].country else { continue }
            // The host: a person after "by", or the state of the venue or place named after the verb.
            var host: String? = nil
            if v + 2 < s.tokens.upperBound, t[v + 1].lower == "by", let p = people.personAt[v + 2] { host = people.people[p].country }
            let city = venue.flatMap { Lexicon.venueCities[$0.lexKey] } ?? place
            if host == nil, let city { host = Lexicon.placeCountry[city.lexKey] }
            guard let host, !host.isEmpty, host != home else { continue }
            let date = (openingDate(before: v, dates, s) ?? dates.first { $0.tokens.lowerBound > v && $0.tokens.lowerBound - v <= 8 })?.value
            heldSummit(s, trigger: v..<(v + 1), parties: [home, host], place: city, venue: venue, date: date)
            return
        }
    }

    /// The held leaders' meeting of these sides on that day (or undated), given what it lacked; else a new one.
    mutating func heldSummit(_ s: Sentence, trigger: Range<Int>, parties: [String], place: String?, venue: String?, date: DateValue?) {
        if let m = meetings.firstIndex(where: { $0.kind == .summit && Set($0.parties) == Set(parties) && ($0.date == nil || $0.date == date?.iso) }) {
            if meetings[m].place == nil { meetings[m].place = place }
            if meetings[m].venue == nil { meetings[m].venue = venue }
            if meetings[m].date == nil, let date { meetings[m].date = date.iso; meetings[m].monthDay = date.monthDay }
        } else {
            let m = add(.summit, s, trigger: trigger, place: place, date: date, status: .held, parties: parties)
            meetings[m].venue = venue
        }
    }
}
