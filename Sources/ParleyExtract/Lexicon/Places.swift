extension Lexicon {
    /// Places (countries, regions, cities, venues' cities) with the ISO code of the state they
    /// belong to. A capitalised word here is never a person.
    static let placeCountry: WordMap<String> = WordMap(knownPlaces.merging(worldCities) { first, _ in first }
        .merging(worldStates) { first, _ in first }.merging(gazetteerCities) { first, _ in first })
    /// The first words of the places of several words ("united" of "united states"): a word not here starts none, so
    /// asking for a pair that starts with it needs no String built.
    static let placeFirstWords = WordSet(placeCountry.keys.compactMap { key in
        key.unicodeScalars.firstIndex(of: " ").map { String(key.unicodeScalars[..<$0]) } })

    /// The place of two words `first second` ("United States"), when there is one.
    static func placeCountry(_ first: String, _ second: String) -> String? {
        placeFirstWords.contains(first) ? placeCountry[first + " " + second] : nil
    }
    private static let knownPlaces: [String: String] = [
        "russia": "RU", "russian federation": "RU", "ukraine": "UA", "turkey": "TR", "türkiye": "TR", "turkiye": "TR",
        "united states": "US", "america": "US", "u.s.": "US", "us": "US", "u.s.a.": "US", "usa": "US", "washington": "US",
        "finland": "FI", "helsinki": "FI", "france": "FR", "paris": "FR", "germany": "DE", "berlin": "DE",
        "poland": "PL", "warsaw": "PL", "united kingdom": "GB", "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB",
        "london": "GB", "albania": "AL", "tirana": "AL", "china": "CN", "beijing": "CN", "sweden": "SE", "stockholm": "SE",
        "belarus": "BY", "minsk": "BY", "saudi arabia": "SA", "riyadh": "SA", "jeddah": "SA", "qatar": "QA", "doha": "QA",
        "switzerland": "CH", "geneva": "CH", "italy": "IT", "rome": "IT", "vatican": "VA", "hungary": "HU", "budapest": "HU",
        "moscow": "RU", "kremlin": "RU", "st. petersburg": "RU", "crimea": "UA", "donbas": "UA", "donbass": "UA",
        "donetsk": "UA", "luhansk": "UA", "zaporizhzhia": "UA", "kherson": "UA", "kharkiv": "UA", "odesa": "UA", "odessa": "UA",
        "cherkasy": "UA", "kyiv": "UA", "kiev": "UA", "lviv": "UA", "kursk": "RU", "belgorod": "RU",
        "istanbul": "TR", "ankara": "TR", "antalya": "TR", "congo": "CD", "africa": "", "europe": "", "asia": "",
        "brussels": "BE", "belgium": "BE", "netherlands": "NL", "hague": "NL", "denmark": "DK", "norway": "NO",
        "estonia": "EE", "latvia": "LV", "lithuania": "LT", "moldova": "MD", "georgia": "GE", "israel": "IL",
        "iran": "IR", "india": "IN", "japan": "JP", "canada": "CA", "brazil": "BR", "south africa": "ZA", "egypt": "EG",
        "uae": "AE", "abu dhabi": "AE", "dubai": "AE", "alaska": "US", "florida": "US", "anchorage": "US", "spain": "ES", "madrid": "ES",
        "austria": "AT", "vienna": "AT", "czech republic": "CZ", "prague": "CZ", "slovakia": "SK", "romania": "RO",
        "bulgaria": "BG", "greece": "GR", "serbia": "RS", "north korea": "KP", "korea": "KR", "syria": "SY",
        "new york": "US", "los angeles": "US", "san francisco": "US", "capitol hill": "US", "mar-a-lago": "US",
        "hong kong": "CN", "tel aviv": "IL", "sri lanka": "LK", "buenos aires": "AR", "kuala lumpur": "MY",
        "black sea": "", "sea of azov": "", "new delhi": "IN", "abu dhabi emirate": "AE", "st petersburg": "RU",
    ]

    /// Cities, used to pick the meeting place from "in <Place>".
    /// Places of `placeCountry` inside a state that are no city: "the capital of" one is not its state's.
    static let subnationalRegions: WordSet = ["crimea", "donbas", "donbass", "donetsk", "luhansk", "zaporizhzhia", "kherson",
                                              "kharkiv", "kursk", "belgorod", "alaska", "florida", "kremlin", "capitol hill",
                                              "mar-a-lago", "hong kong", "abu dhabi emirate", "black sea", "sea of azov",
                                              "new york", "washington"]
    static let cities: WordSet = WordSet(knownCities.union(worldCities.keys).union(gazetteerCities.keys))
    private static let knownCities: WordSet = [
        "istanbul", "ankara", "antalya", "moscow", "kyiv", "kiev", "washington", "geneva", "riyadh", "jeddah", "doha",
        "minsk", "helsinki", "paris", "berlin", "london", "warsaw", "tirana", "beijing", "brussels", "rome", "vatican",
        "budapest", "abu dhabi", "dubai", "anchorage", "vienna", "prague", "madrid", "stockholm", "saint petersburg",
        "lviv", "odesa", "odessa", "kharkiv", "hague",
    ]

    /// Organisations, agencies, institutions: never people.
    static let organisations: WordSet = [
        "kremlin", "nato", "united nations", "un", "european union", "eu", "ria novosti", "tass", "interfax", "anadolu",
        "anadolu agency", "reuters", "afp", "ap", "associated press", "bbc", "cnn", "bloomberg", "white house",
        "pentagon", "state department", "united russia", "duma", "state duma", "verkhovna rada", "rada", "kremlin officials",
        "general council", "foreign ministry", "defense ministry", "defence ministry", "security council", "g7", "g20",
        "osce", "red cross", "icrc", "ukrainska pravda", "kyiv independent", "le monde", "der spiegel", "novaya gazeta",
        "meduza", "kommersant", "izvestia", "rossiya", "channel one", "fox news", "sky news", "al jazeera", "politico",
        "axios", "telegram", "truth social", "wall street", "kyiv post", "rbc", "vedomosti", "hurriyet", "daily sabah", "un security council", "european commission", "council", "parliament", "senate",
        "congress", "ministry", "cabinet", "government", "gur", "sbu", "fsb", "treasury",
        // News agencies and outlets that report ("as Ukrinform reported", "told Euronews").
        "ukrinform", "unian", "euronews", "xinhua", "ria", "trt", "france 24", "dw", "deutsche welle", "nhk", "yonhap",
        "dpa", "efe", "ansa", "kyodo",
        // Photo agencies named in caption credits.
        "getty images", "getty", "epa", "scanpix", "leta", "sputnik", "pool", "shutterstock", "alamy",
    ]

    /// News agencies and broadcasters named by one word, which a source tells ("told AFP", "told Kyodo").
    static let newsAgencies: WordSet = [
        "afp", "ap", "reuters", "tass", "interfax", "ria", "xinhua", "anadolu", "ukrinform", "unian", "dpa", "efe", "ansa",
        "kyodo", "yonhap", "bloomberg", "euronews", "bbc", "cnn", "nhk", "trt", "rbc", "axios", "politico", "sputnik",
    ]

    /// Last words of multi-word organisation or place names ("Dolmabahçe Palace", "Cherkasy Oblast").
    static let institutionHeads: WordSet = [
        "palace", "agency", "party", "council", "oblast", "region", "province", "ministry", "office", "house",
        "bureau", "cooperation", "briefing", "newsletter", "photo", "democrat", "democrats", "republicans",
        "news", "novosti", "times", "post", "journal", "street", "square", "hotel", "center", "centre", "university", "academy",
        "institute", "committee", "commission", "union", "nations", "federation", "republic", "army", "forces",
        "guard", "service", "services", "bank", "fund", "foundation", "group", "press", "television", "tv", "radio",
        "airport", "bridge", "river", "sea", "mountains", "peninsula", "district", "city", "kingdom", "states",
        "organization", "organisation", "court", "assembly", "parliament", "senate", "congress", "department",
        "summit", "talks", "conference", "forum", "format", "process", "plan", "deal", "accords", "accord",
        "agreement", "treaty", "war", "day", "week", "month", "year", "hiatus", "round", "exchange", "meeting",
        "directorate", "headquarters", "community", "administration", "secretariat", "mission", "embassy", "coalition",
        "alliance", "initiative", "staff", "command", "board", "authority", "network", "channel",
        "mansion", "residence", "corridor", "commons", "chancellery", "cathedral", "museum", "stadium", "villa", "licence",
        "license", "pipeline", "herald", "gazette", "tribune", "telegraph", "chronicle", "courier", "inquirer",
        // ("the Holy Father": a title standing for a name; not "Hills", "Lake" or "Bay", which are surnames too.)
        "islands", "gulf", "father",
    ]
}
