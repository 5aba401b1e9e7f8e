extension Lexicon {
    /// Capitals and other cities where talks are held or leaders meet, with the state each belongs
    /// to: a gazetteer, so a meeting "in Vilnius" or "in Astana" is placed without a rule of its own.
    static let worldCities: [String: String] = [
        // Europe
        "vilnius": "LT", "riga": "LV", "tallinn": "EE", "chisinau": "MD", "bucharest": "RO", "sofia": "BG", "athens": "GR",
        "belgrade": "RS", "zagreb": "HR", "ljubljana": "SI", "bratislava": "SK", "copenhagen": "DK", "oslo": "NO",
        "reykjavik": "IS", "dublin": "IE", "lisbon": "PT", "luxembourg": "LU", "valletta": "MT", "nicosia": "CY",
        "amsterdam": "NL", "bern": "CH", "lucerne": "CH", "bürgenstock": "CH", "burgenstock": "CH", "davos": "CH",
        "munich": "DE", "ramstein": "DE", "strasbourg": "FR", "milan": "IT", "naples": "IT", "castel gandolfo": "IT", "krakow": "PL",
        "rzeszow": "PL", "podgorica": "ME", "sarajevo": "BA", "skopje": "MK", "tbilisi": "GE", "yerevan": "AM",
        "baku": "AZ", "izmir": "TR", "bodrum": "TR",
        // Ukraine and Russia
        "dnipro": "UA", "mykolaiv": "UA", "sumy": "UA", "chernihiv": "UA", "poltava": "UA", "zhytomyr": "UA",
        "vinnytsia": "UA", "mariupol": "UA", "bakhmut": "UA", "pokrovsk": "UA", "sevastopol": "UA", "uzhhorod": "UA",
        "rostov-on-don": "RU", "sochi": "RU", "kazan": "RU", "novosibirsk": "RU", "yekaterinburg": "RU",
        "vladivostok": "RU", "kaliningrad": "RU", "novo-ogaryovo": "RU",
        // Asia, the Middle East, Africa, the Americas, Oceania
        "astana": "KZ", "almaty": "KZ", "tashkent": "UZ", "bishkek": "KG", "dushanbe": "TJ", "ashgabat": "TM",
        "tehran": "IR", "baghdad": "IQ", "damascus": "SY", "beirut": "LB", "amman": "JO", "cairo": "EG",
        "jerusalem": "IL", "muscat": "OM", "kuwait city": "KW", "manama": "BH", "tokyo": "JP", "osaka": "JP",
        "hiroshima": "JP", "seoul": "KR", "pyongyang": "KP", "islamabad": "PK", "kabul": "AF", "jakarta": "ID",
        "bali": "ID", "singapore": "SG", "bangkok": "TH", "hanoi": "VN", "manila": "PH", "ulaanbaatar": "MN",
        "shanghai": "CN", "mumbai": "IN", "ottawa": "CA", "mexico city": "MX", "brasilia": "BR", "rio de janeiro": "BR",
        "pretoria": "ZA", "johannesburg": "ZA", "nairobi": "KE", "addis ababa": "ET", "abuja": "NG", "canberra": "AU",
        "wellington": "NZ", "camp david": "US", "palm beach": "US", "miami": "US", "hallandale beach": "US",
        "sharm el-sheikh": "EG", "the hague": "NL",
        // Other cities where leaders meet on the sidelines of summits, forums and visits.
        "tianjin": "CN", "shenzhen": "CN", "guangzhou": "CN", "xiamen": "CN", "wuhan": "CN", "chengdu": "CN", "delhi": "IN",
        "zurich": "CH", "lausanne": "CH", "frankfurt": "DE", "hamburg": "DE", "toronto": "CA", "glasgow": "GB",
        "barcelona": "ES", "salzburg": "AT", "gdansk": "PL", "lyon": "FR", "marseille": "FR", "venice": "IT", "chicago": "US",
        "honolulu": "US", "busan": "KR", "kyoto": "JP", "karachi": "PK", "lahore": "PK", "yalta": "UA", "simferopol": "UA",
        "kramatorsk": "UA", "bryansk": "RU", "krasnodar": "RU", "murmansk": "RU", "novorossiysk": "RU", "ufa": "RU",
        // The other capitals, so a meeting in any of them is placed.
        "algiers": "DZ", "andorra la vella": "AD", "luanda": "AO", "nassau": "BS", "dhaka": "BD", "bridgetown": "BB",
        "belmopan": "BZ", "porto-novo": "BJ", "cotonou": "BJ", "thimphu": "BT", "gaborone": "BW", "brasília": "BR",
        "bandar seri begawan": "BN", "ouagadougou": "BF", "gitega": "BI", "bujumbura": "BI", "phnom penh": "KH",
        "yaounde": "CM", "yaoundé": "CM", "bangui": "CF", "n'djamena": "TD", "bogota": "CO", "bogotá": "CO", "moroni": "KM",
        "kinshasa": "CD", "brazzaville": "CG", "san jose": "CR", "san josé": "CR", "yamoussoukro": "CI", "abidjan": "CI",
        "havana": "CU", "roseau": "DM", "santo domingo": "DO", "quito": "EC", "san salvador": "SV", "malabo": "GQ",
        "asmara": "ER", "mbabane": "SZ", "suva": "FJ", "libreville": "GA", "banjul": "GM", "accra": "GH",
        "guatemala city": "GT", "conakry": "GN", "bissau": "GW", "port-au-prince": "HT", "tegucigalpa": "HN",
        "tarawa": "KI", "pristina": "XK", "vientiane": "LA", "maseru": "LS", "monrovia": "LR", "tripoli": "LY",
        "vaduz": "LI", "antananarivo": "MG", "lilongwe": "MW", "bamako": "ML", "majuro": "MH", "nouakchott": "MR",
        "port louis": "MU", "rabat": "MA", "maputo": "MZ", "naypyidaw": "MM", "windhoek": "NA", "kathmandu": "NP",
        "managua": "NI", "niamey": "NE", "panama city": "PA", "port moresby": "PG", "asuncion": "PY", "asunción": "PY",
        "kigali": "RW", "apia": "WS", "dakar": "SN", "freetown": "SL", "honiara": "SB", "mogadishu": "SO",
        "cape town": "ZA", "colombo": "LK", "khartoum": "SD", "paramaribo": "SR", "taipei": "TW", "dodoma": "TZ",
        "dar es salaam": "TZ", "dili": "TL", "lome": "TG", "lomé": "TG", "nuku'alofa": "TO", "port of spain": "TT",
        "tunis": "TN", "kampala": "UG", "montevideo": "UY", "port vila": "VU", "caracas": "VE", "sanaa": "YE",
        "sana'a": "YE", "lusaka": "ZM", "harare": "ZW", "ramallah": "PS",
    ]

    /// Capitals by state, for "the Saudi capital" with no name after it.
    static let capitals: WordMap<String> = [
        "SA": "Riyadh", "TR": "Ankara", "RU": "Moscow", "UA": "Kyiv", "US": "Washington", "QA": "Doha", "AE": "Abu Dhabi",
        "CH": "Bern", "FR": "Paris", "DE": "Berlin", "GB": "London", "PL": "Warsaw", "BY": "Minsk", "AL": "Tirana",
        "LT": "Vilnius", "FI": "Helsinki", "IT": "Rome", "VA": "Vatican", "HU": "Budapest", "CN": "Beijing", "KZ": "Astana",
        "AZ": "Baku", "EG": "Cairo", "IL": "Jerusalem",
    ]

    /// Cities by the state or province of their country that they lie in: a summit "in Alaska" and one "in Anchorage" of
    /// the same leaders may be one.
    static let cityRegions: WordMap<String> = [
        "anchorage": "alaska", "miami": "florida", "palm beach": "florida", "west palm beach": "florida",
        "hallandale beach": "florida", "doral": "florida", "fort lauderdale": "florida", "aventura": "florida",
        "sochi": "krasnodar", "yalta": "crimea", "odesa": "odesa", "lviv": "lviv",
    ]

    /// Venues that name their city: a meeting "at the Dolmabahçe Palace" is in Istanbul.
    static let venueCities: WordMap<String> = [
        "dolmabahçe palace": "Istanbul", "dolmabahce palace": "Istanbul", "dolmabahçe office": "Istanbul",
        "dolmabahce office": "Istanbul", "çırağan palace": "Istanbul", "ciragan palace": "Istanbul",
        "diriyah palace": "Riyadh", "joint base elmendorf-richardson": "Anchorage", "élysée palace": "Paris",
        "elysee palace": "Paris", "mariinsky palace": "Kyiv", "bürgenstock resort": "Bürgenstock",
        "white house": "Washington", "oval office": "Washington", "kremlin palace": "Moscow", "kremlin": "Moscow",
        "german chancellery": "Berlin", "federal chancellery": "Berlin", "downing street": "London", "lancaster house": "London",
        "mar-a-lago": "Palm Beach", "apostolic palace": "Vatican", "palais des nations": "Geneva", "bankova street": "Kyiv",
        "union buildings": "Pretoria", "nasrec": "Johannesburg",
    ]

    /// Those venues' names as the lower-case words and marks the tokenizer makes of them, by first word, so a
    /// sentence is matched token by token without building a name.
    static let venueWordRuns: [String: [[String]]] = {
        var out: [String: [[String]]] = [:]
        for name in venueCities.keys {
            let words = (Tokenizer.tokens(ofLine: name) ?? Document(name).tokens).map(\.lower)
            if let first = words.first { out[first, default: []].append(words) }
        }
        return out.mapValues { $0.sorted { $0.count > $1.count } }
    }()

    /// States the main table leaves out, by name.
    static let worldStates: [String: String] = [
        "armenia": "AM", "azerbaijan": "AZ", "kazakhstan": "KZ", "uzbekistan": "UZ", "kyrgyzstan": "KG", "tajikistan": "TJ",
        "turkmenistan": "TM", "ireland": "IE", "portugal": "PT", "iceland": "IS", "croatia": "HR", "slovenia": "SI",
        "montenegro": "ME", "bosnia": "BA", "north macedonia": "MK", "cyprus": "CY", "malta": "MT", "luxembourg": "LU",
        "iraq": "IQ", "jordan": "JO", "lebanon": "LB", "kuwait": "KW", "oman": "OM", "bahrain": "BH", "pakistan": "PK",
        "afghanistan": "AF", "indonesia": "ID", "vietnam": "VN", "australia": "AU", "new zealand": "NZ", "mexico": "MX",
        "argentina": "AR", "nigeria": "NG", "kenya": "KE", "ethiopia": "ET", "mongolia": "MN", "thailand": "TH",
        "philippines": "PH", "united arab emirates": "AE", "holy see": "VA",
    ]
}
