extension Lexicon {
    /// A small actor dictionary: surnames (folded, see `NameKey`) of well-known actors in the
    /// Russia–Ukraine talks, with the state each acts for. It only fills in a country the article
    /// leaves unsaid; people are always found by pattern, never by this table.
    static let actorCountries: [String: String] = [
        "putin": "RU", "lavrov": "RU", "peskov": "RU", "medinsky": "RU", "ushakov": "RU", "zakharova": "RU",
        "dmitriev": "RU", "shoigu": "RU", "belousov": "RU", "galuzin": "RU", "fomin": "RU", "kostyukov": "RU",
        "medvedev": "RU", "nebenzia": "RU", "zelensky": "UA", "umerov": "UA", "yermak": "UA", "sybiha": "UA",
        "kuleba": "UA", "budanov": "UA", "kyslytsya": "UA", "shmyhal": "UA", "svyrydenko": "UA", "podolyak": "UA",
        "podoliak": "UA", "arakhamia": "UA", "trump": "US", "rubio": "US", "witkoff": "US", "vance": "US",
        "kellogg": "US", "biden": "US", "blinken": "US", "waltz": "US", "hegseth": "US", "erdogan": "TR",
        "fidan": "TR", "kalin": "TR", "stubb": "FI", "macron": "FR", "starmer": "GB", "merz": "DE", "scholz": "DE",
        "tusk": "PL", "duda": "PL", "meloni": "IT", "orban": "HU", "lukashenko": "BY", "guterres": "",
    ]
}
