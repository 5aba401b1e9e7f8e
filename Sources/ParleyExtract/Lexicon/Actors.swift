extension Lexicon {
    /// The built-in actor dictionary: well-known actors in the Russia–Ukraine talks, the name
    /// to report them under, other spellings, and the state each acts for. It fills in what an
    /// article leaves unsaid; people are always found by pattern, never by this table.
    /// `--actors FILE` adds to it and overrides it.
    static let builtInActors: [(name: String, aliases: [String], country: String?)] = [
        ("Vladimir Putin", [], "RU"), ("Sergei Lavrov", ["Sergey Lavrov"], "RU"), ("Dmitry Peskov", ["Dmitri Peskov"], "RU"),
        ("Vladimir Medinsky", [], "RU"), ("Yuri Ushakov", ["Yury Ushakov"], "RU"), ("Maria Zakharova", [], "RU"),
        ("Kirill Dmitriev", [], "RU"), ("Sergei Shoigu", [], "RU"), ("Andrei Belousov", [], "RU"),
        ("Mikhail Galuzin", [], "RU"), ("Alexander Fomin", [], "RU"), ("Igor Kostyukov", [], "RU"),
        ("Dmitry Medvedev", [], "RU"), ("Vassily Nebenzia", ["Vasily Nebenzya"], "RU"),
        ("Volodymyr Zelensky", ["Zelenskyy", "Zelenskiy"], "UA"), ("Rustem Umerov", ["Umierov"], "UA"),
        ("Andriy Yermak", ["Andrii Yermak"], "UA"), ("Andrii Sybiha", ["Andriy Sybiha"], "UA"), ("Dmytro Kuleba", [], "UA"),
        ("Kyrylo Budanov", [], "UA"), ("Serhiy Kyslytsya", [], "UA"), ("Denys Shmyhal", [], "UA"),
        ("Yulia Svyrydenko", [], "UA"), ("Mykhailo Podolyak", ["Podoliak"], "UA"), ("David Arakhamia", [], "UA"),
        ("Donald Trump", [], "US"), ("Marco Rubio", [], "US"), ("Steve Witkoff", [], "US"), ("Jared Kushner", [], "US"),
        ("Dan Driscoll", ["Daniel Driscoll"], "US"), ("JD Vance", ["J.D. Vance"], "US"),
        ("Keith Kellogg", [], "US"), ("Joe Biden", [], "US"), ("Antony Blinken", [], "US"), ("Mike Waltz", [], "US"),
        ("Pete Hegseth", [], "US"), ("Recep Tayyip Erdoğan", ["Erdogan"], "TR"), ("Hakan Fidan", [], "TR"),
        ("İbrahim Kalın", ["Ibrahim Kalin"], "TR"), ("Alexander Stubb", [], "FI"), ("Emmanuel Macron", [], "FR"),
        ("Keir Starmer", [], "GB"), ("Friedrich Merz", [], "DE"), ("Olaf Scholz", [], "DE"), ("Donald Tusk", [], "PL"),
        ("Andrzej Duda", [], "PL"), ("Giorgia Meloni", [], "IT"), ("Viktor Orbán", ["Viktor Orban"], "HU"),
        ("Alexander Lukashenko", [], "BY"), ("António Guterres", ["Antonio Guterres"], nil),
        // Leaders and envoys elsewhere who meet or call the sides.
        ("Narendra Modi", [], "IN"), ("Xi Jinping", [], "CN"), ("Wang Yi", [], "CN"), ("Mohammed bin Salman", [], "SA"),
        ("Faisal bin Farhan", [], "SA"), ("Mohamed bin Zayed", [], "AE"), ("Mark Carney", [], "CA"), ("Micheál Martin", ["Micheal Martin"], "IE"),
        ("Luiz Inácio Lula da Silva", ["Lula"], "BR"), ("Cyril Ramaphosa", [], "ZA"), ("Mark Rutte", [], nil),
        ("Ursula von der Leyen", [], nil), ("Kaja Kallas", [], nil), ("António Costa", ["Antonio Costa"], nil),
        ("Jonathan Powell", [], "GB"),
    ]

    /// Surname key → country, for the rules that run before the dictionary is applied.
    static let actorCountries: [String: String] = {
        var out: [String: String] = [:]
        for actor in builtInActors {
            for form in [actor.name] + actor.aliases {
                guard let last = form.split(separator: " ").last else { continue }
                out[NameKey.word(String(last))] = actor.country ?? ""
            }
        }
        return out
    }()
}

extension ActorDictionary {
    /// The dictionary every extraction starts from.
    public static let builtIn = ActorDictionary(Lexicon.builtInActors.map {
        Actor(name: $0.name, aliases: $0.aliases, country: $0.country)
    })
}
