extension Lexicon {
    /// Adjectives of nationality and state names (as they appear before roles or in possessives),
    /// mapped to ISO 3166-1 alpha-2 codes.
    static let demonyms: WordMap<String> = [
        "russian": "RU", "russians": "RU", "russia": "RU", "moscow": "RU", "kremlin": "RU",
        "ukrainian": "UA", "ukrainians": "UA", "ukraine": "UA", "kyiv": "UA", "kiev": "UA",
        "american": "US", "americans": "US", "u.s.": "US", "us": "US", "united states": "US", "washington": "US",
        "turkish": "TR", "turkey": "TR", "türkiye": "TR", "ankara": "TR",
        "finnish": "FI", "finland": "FI", "french": "FR", "france": "FR", "german": "DE", "germany": "DE",
        "polish": "PL", "poland": "PL", "british": "GB", "britain": "GB", "u.k.": "GB", "uk": "GB", "united kingdom": "GB",
        "albanian": "AL", "albania": "AL", "chinese": "CN", "china": "CN", "swedish": "SE", "sweden": "SE",
        "belarusian": "BY", "belarus": "BY", "saudi": "SA", "arabian": "SA", "qatari": "QA", "swiss": "CH", "italian": "IT",
        "hungarian": "HU", "hungary": "HU", "israeli": "IL", "iranian": "IR", "indian": "IN", "japanese": "JP",
        "canadian": "CA", "brazilian": "BR", "emirati": "AE", "spanish": "ES", "austrian": "AT", "estonian": "EE",
        "latvian": "LV", "lithuanian": "LT", "moldovan": "MD", "romanian": "RO", "czech": "CZ", "slovak": "SK",
        "uae": "AE", "emirates": "AE", "qatar": "QA", "italy": "IT", "norwegian": "NO", "norway": "NO", "dutch": "NL",
        "danish": "DK", "denmark": "DK", "greek": "GR", "bulgarian": "BG", "serbian": "RS", "armenian": "AM",
        "azerbaijani": "AZ", "kazakh": "KZ", "egyptian": "EG", "irish": "IE", "ireland": "IE", "slovenian": "SI",
        "croatian": "HR", "portuguese": "PT", "belgian": "BE", "icelandic": "IS", "australian": "AU", "south african": "ZA",
        "vatican": "VA", "european": "", "western": "",
        // States named as adjectives ("the India-Russia summit", "India's prime minister").
        "india": "IN", "japan": "JP", "canada": "CA", "brazil": "BR", "spain": "ES", "austria": "AT", "egypt": "EG",
        "israel": "IL", "iran": "IR", "switzerland": "CH", "netherlands": "NL", "belgium": "BE", "greece": "GR",
        "estonia": "EE", "latvia": "LV", "lithuania": "LT", "moldova": "MD", "romania": "RO", "serbia": "RS",
        "armenia": "AM", "azerbaijan": "AZ", "kazakhstan": "KZ", "portugal": "PT", "australia": "AU",
    ]
}
