/// "'Next time in Moscow,' the Russian president told Mr Trump as the two men wrapped up a brief press appearance on Friday at
/// Joint Base Elmendorf-Richardson", then "The leaders spent close to three hours together": a summit told with neither
/// place nor day met where and when the article first puts the two leaders together at a known venue.
extension MeetingRules {
    mutating func summitWhereThePairWas() {
        guard let m = meetings.firstIndex(where: { $0.kind == .summit && $0.status == .held && $0.place == nil && $0.venue == nil && $0.date == nil })
        else { return }
        // (Only before the summit is told, on a day of the week before the article: not "The two men famously clashed at the White
        // House on February 28".)
        for s in doc.sentences where doc.isFactual(s) && s.span.end <= meetings[m].span.start {
            // ("When Trump and Putin walked off the stage at Joint Base Elmendorf-Richardson in Anchorage on August 15": or the two
            // leaders of the summit named.)
            let leaders = Set(s.tokens.compactMap { people.personAt[$0] }.filter(isLeader))
            let named = leaders.count == 2 && Set(leaders.compactMap { people.people[$0].country }) == Set(meetings[m].parties)
            guard named || s.tokens.contains(where: { j in j - 2 >= s.tokens.lowerBound && (isTheTwoLeaders(endingAt: j)
                      || t[j].lower == "men" && t[j - 1].lower == "two" && t[j - 2].lower == "the") }),
                  let venue = venueIn(s), let city = Lexicon.venueCities[venue.lexKey],
                  let day = DateRules.find(doc, in: s, articleDate: articleDate, anchor: nil).first(where: { $0.value.day != nil && $0.value.iso != nil }),
                  !isAfterPublication(day.value), let o = day.value.ordinal, let now = articleDate?.ordinal, now - o <= 7 else { continue }
            meetings[m].venue = venue
            meetings[m].place = city
            meetings[m].setDay(day.value)
            return
        }
    }
}
