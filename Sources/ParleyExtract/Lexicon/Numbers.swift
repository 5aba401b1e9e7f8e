extension Lexicon {
    static let numberWords: WordMap<Double> = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    ]
    /// Multipliers after a number ("1.2 million", "three thousand").
    static let numberScales: WordMap<Double> = ["hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
                                               "bn": 1_000_000_000, "trillion": 1_000_000_000_000,
                                               // (Wire abbreviations: "$300 bln", "5 mln".)
                                               "bln": 1_000_000_000, "mln": 1_000_000, "mn": 1_000_000, "trln": 1_000_000_000_000]
    /// Currency signs before an amount and currency nouns after it, by the unit they give.
    static let currencySigns: [String: String] = ["$": "dollars", "€": "euros", "£": "pounds"]
    static let currencyNouns: WordMap<String> = ["dollars": "dollars", "euros": "euros", "pounds": "pounds"]
    /// Topics an amount of money can carry ("$90 billion of American weapons", "€140 billion of frozen assets").
    static let moneyTopics: WordSet = ["security_guarantees", "sanctions", "humanitarian"]
    /// Fractions written as words before "of" ("three-quarters of the Donetsk region"), as shares in percent.
    static let fractionWords: WordMap<Double> = ["half": 50, "third": 100.0 / 3, "thirds": 100.0 / 3, "quarter": 25, "quarters": 25,
                                                 "fifth": 20, "fifths": 20, "tenth": 10, "tenths": 10]

    /// Qualifiers written before a quantity (longest first so "more than" wins over "more").
    static let qualifiers: [[String]] = [
        ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["at", "most"], ["up", "to"],
        ["as", "many", "as"], ["nearly"], ["almost"], ["around"], ["about"], ["approximately"], ["roughly"],
        ["over"], ["some"], ["under"], ["close", "to"], ["an", "estimated"], ["just", "over"], ["just", "under"], ["barely"],
    ]

    /// Unit nouns after a quantity, mapped to the plain unit the contract uses.
    /// `nil` means "a count of people", resolved to prisoners or bodies by the topic.
    static let unitNouns: WordMap<String> = [
        "day": "days", "days": "days", "hour": "hours", "hours": "hours", "year": "years", "years": "years",
        "week": "weeks", "weeks": "weeks", "month": "months", "months": "months", "minute": "minutes", "minutes": "minutes",
        "prisoner": "prisoners", "prisoners": "prisoners", "pows": "prisoners", "pow": "prisoners", "captives": "prisoners",
        "detainees": "prisoners", "servicemen": "prisoners", "individuals": "people", "people": "people",
        "persons": "people", "civilians": "people", "soldiers": "people", "troops": "people", "fighters": "people", "personnel": "people",
        "bodies": "bodies", "remains": "bodies", "children": "people", "km": "km", "kilometres": "km", "kilometers": "km",
        "miles": "miles", "regions": "regions", "percent": "percent", "ukrainians": "people", "russians": "people",
        "point": "points", "points": "points", "countries": "countries", "nations": "countries", "defenders": "people",
        "citizens": "people",
    ]
    /// Words allowed between the number and its unit noun ("3,000 fallen soldiers", "1,000 Ukrainian prisoners").
    static let unitModifiers: WordSet = [
        "fallen", "dead", "killed", "wounded", "injured", "captured", "ukrainian", "russian", "more", "additional",
        "military", "civilian", "seriously", "severely", "young", "of", "war", "deceased", "other", "further",
    ]
    /// Phrases after the unit that make a figure per side.
    static let perSideMarkers: [[String]] = [
        ["from", "each", "side"], ["for", "each", "side"], ["on", "each", "side"], ["per", "side"], ["each"],
        ["from", "both", "sides"], ["on", "both", "sides"], ["apiece"], ["for", "each", "party"],
    ]

    static let months: WordMap<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let weekdays: WordMap<Int> = [
        "sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7,
    ]
    /// Words other than numbers, months and weekdays that may open a date ("the following day", "next Monday",
    /// "today", "the same day", "earlier this month", "later that day", "last year", "this week").
    static let dateOpeners: WordSet = ["following", "next", "previous", "today", "tonight", "yesterday", "same", "earlier", "later", "last", "this"]
}

extension Lexicon {
    /// Words near a figure that decide its topic; the nearest one wins.
    static let figureTopicWords: WordMap<String> = [
        "prisoner": "prisoner_exchange", "prisoners": "prisoner_exchange", "swap": "prisoner_exchange",
        "exchange": "prisoner_exchange", "exchanges": "prisoner_exchange", "pows": "prisoner_exchange",
        "pow": "prisoner_exchange", "captives": "prisoner_exchange", "captive": "prisoner_exchange", "detainees": "prisoner_exchange",
        "captivity": "prisoner_exchange",
        "remains": "remains_return", "bodies": "remains_return", "repatriation": "remains_return",
        "ceasefire": "ceasefire", "ceasefires": "ceasefire", "truce": "ceasefire", "cease-fire": "ceasefire", "truces": "ceasefire",
        // "cease-fire" is three tokens; "cease" alone tells it.
        "cease": "ceasefire", "moratorium": "ceasefire",
        // ("humanitarian pauses of 24 to 48 hours"; a single "pause of two hours" may be the talks'.)
        "halt": "ceasefire", "pauses": "ceasefire",
        "sanctions": "sanctions", "sanction": "sanctions", "ultimatum": "sanctions", "deadline": "sanctions", "tariffs": "sanctions", "tariff": "sanctions",
        "talks": "negotiations", "negotiations": "negotiations", "hiatus": "negotiations", "negotiation": "negotiations",
        "discussions": "negotiations", "meeting": "negotiations", "meetings": "negotiations", "call": "negotiations", "conversation": "negotiations",
        "round": "negotiations", "session": "negotiations", "sessions": "negotiations", "phone": "negotiations", "spoke": "negotiations", "talked": "negotiations", "met": "negotiations", "hosted": "negotiations", "negotiators": "negotiations", "delegations": "negotiations", "summit": "leaders_meeting", "issues": "negotiations", "withdraw": "territory", "withdrawal": "territory", "pull": "territory",
        "buffer": "security_guarantees", "demilitarized": "security_guarantees", "demilitarised": "security_guarantees",
        "army": "security_guarantees", "armed": "security_guarantees", "peacekeepers": "security_guarantees",
        "guarantees": "security_guarantees", "guarantee": "security_guarantees", "weapons": "security_guarantees", "arms": "security_guarantees",
        "reassurance": "security_guarantees", "coalition": "security_guarantees", "framework": "negotiations",
        "assets": "sanctions",
        "territory": "territory", "territories": "territory", "region": "territory", "regions": "territory",
        "annexed": "territory", "donetsk": "territory", "luhansk": "territory", "crimea": "territory", "children": "humanitarian", "deported": "humanitarian",
    ]
    /// Verbs that tell people changing hands; "over" alone is too common to count.
    static let handingOverWords: WordSet = ["handed", "released", "freed", "repatriated", "received", "swapped", "exchanged", "release",
                                             "releases", "free", "frees"]
    /// Topics a counted unit can carry, and topics a duration can carry.
    /// Verbs whose particle is "over" ("handed over 78 bodies"), so "over" before a number is no qualifier.
    static let overVerbs: WordSet = ["handed", "hand", "hands", "handing", "turned", "turn", "turning", "passed", "took", "taken"]
    static let countTopics: WordSet = ["prisoner_exchange", "remains_return", "humanitarian", "security_guarantees"]
    /// Nouns that name a leaders' meeting itself, so a figure told of one is the leaders' meeting's.
    static let leadersMeetingNouns: WordSet = ["meeting", "summit", "encounter", "meetings", "summits"]
    static let minuteTopics: WordSet = ["ceasefire", "negotiations", "leaders_meeting"]
    static let durationTopics: WordSet = ["ceasefire", "sanctions", "negotiations", "leaders_meeting", "prisoner_exchange", "security_guarantees"]
    /// Words before a duration that make it how long something before them lasted.
    static let lastingWords: WordSet = ["lasted", "lasting", "after", "lasts", "last", "for", "spent"]
    /// Hedges between such a word and the duration ("lasted a little over an hour").
    static let durationHedges: WordSet = [
        "a", "little", "just", "over", "under", "more", "less", "than", "about", "around", "nearly", "almost", "some",
        "roughly", "approximately", "barely", "only", "slightly",
    ]
    /// Nouns for the war itself, whose length no figure records.
    static let warNouns: WordSet = ["war", "conflict", "fighting", "invasion", "hostilities"]
    /// Units that count whole things: their figures are never fractions.
    static let countUnits: WordSet = ["prisoners", "bodies", "people", "countries"]
    /// Land counted or shared out ("four regions", "19 percent of Ukraine's territory") speaks of territory.
    static let shareUnits: WordSet = ["regions", "percent"]
    /// ("90 percent of the issues had been agreed": a share of what the talks settle.)
    static let shareTopics: WordSet = ["territory", "sanctions", "negotiations", "security_guarantees"]
    static let durationUnits: WordSet = ["days", "hours", "years", "weeks", "months", "minutes"]
    /// Distances ("pull back five to 10 kilometers", "a 30-km buffer zone") speak of the line and what guards it.
    static let distanceUnits: WordSet = ["km"]
    static let distanceTopics: WordSet = ["territory", "security_guarantees", "ceasefire"]
}
