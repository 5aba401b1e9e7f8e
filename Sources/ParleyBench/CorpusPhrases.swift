/// The generator's word lists: people, roles, places and phrasing of wire copy.
struct Person {
    let full: String
    let surname: String
    let role: String
}

struct Cast {
    let a: Person
    let b: Person
    let place: String

    static func pick(_ random: inout BenchRandom) -> Cast {
        func person() -> Person {
            // Transliteration variants appear as they do across outlets.
            let last = random.pick(Names.last)
            let first = random.pick(Names.first)
            return Person(full: "\(first) \(last)", surname: last, role: random.pick(Phrases.roles))
        }
        return Cast(a: person(), b: person(), place: random.pick(Phrases.places))
    }
}

enum Dates {
    struct Day {
        let weekday: String
        let monthDay: String
        let year: Int
    }

    static func pick(_ random: inout BenchRandom) -> Day {
        Day(weekday: random.pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
            monthDay: "\(random.pick(["January", "March", "May", "June", "July", "September", "November"])) \(1 + random.below(28))",
            year: 2022 + random.below(4))
    }
}

enum Names {
    static let first = ["Vladimir", "Volodymyr", "Sergei", "Sergey", "Rustem", "Dmitry", "Marco", "Donald", "Recep", "Alexander",
                        "Olena", "Andriy", "Yuriy", "Maria", "Hakan", "Antony", "Kaja", "Emmanuel", "Olaf", "Keir", "Mikhail",
                        "Oleksandr", "Kyrylo", "Yulia", "Denys", "Igor", "Anna", "Petro", "Nikolai", "Ursula"]
    static let last = ["Medinsky", "Zelensky", "Zelenskyy", "Lavrov", "Umerov", "Umierov", "Peskov", "Rubio", "Trump", "Erdoğan",
                       "Erdogan", "Stubb", "Fidan", "Yermak", "Budanov", "Kuleba", "Sybiha", "Ushakov", "Zakharova", "Galuzin",
                       "Kallas", "Macron", "Scholz", "Starmer", "Witkoff", "Kellogg", "Shoigu", "Nebenzya", "Podolyak", "Arakhamia"]
}

enum Phrases {
    static let headlines = [
        "{A} and {B} meet in {PLACE} as talks resume", "Prisoner exchange agreed after talks in {PLACE}",
        "{A} says ceasefire proposal is on the table", "Kremlin downplays hopes before {PLACE} round",
        "{B} rejects {A}'s terms for a summit", "Second round of talks ends in {PLACE} without breakthrough",
    ]
    static let agencies = ["Reuters", "AFP", "AP", "Anadolu Agency", "RIA Novosti", "Ukrinform", "TASS", "dpa"]
    static let places = ["Istanbul", "Ankara", "Geneva", "Riyadh", "Jeddah", "Minsk", "Doha", "Vatican City", "Kyiv", "Moscow"]
    static let roles = ["presidential aide", "foreign minister", "defence minister", "chief negotiator", "Kremlin spokesman",
                        "head of the delegation", "deputy foreign minister", "security council secretary", "envoy"]
    static let roundWords = ["talks", "negotiations", "round", "meeting", "consultations"]
    static let numbers = ["1,000", "1,200", "390", "84", "6,000", "two hundred", "a thousand", "307", "1 000"]
    static let quoteMarks = [("“", "”"), ("«", "»"), ("\"", "\""), ("‘", "’"), ("“", "»")]
    static let debris = ["Comments", "Add a public comment...", "Share this", "Also Read; Markets close higher", "Related: Talks in Istanbul",
                         "We use cookies to improve your experience."]
    static let functionWords = ["the", "of", "and", "to", "a", "in", "that", "on", "for", "with", "as", "was", "by", "at", "it",
                                "from", "is", "be", "has", "have", "not", "but", "would", "their", "this", "after", "its", "were"]
    static let newsWords = ["ceasefire", "delegation", "negotiations", "talks", "prisoners", "exchange", "sanctions", "territory",
                            "officials", "president", "minister", "Russia", "Ukraine", "Turkey", "Kremlin", "Moscow", "Kyiv",
                            "proposal", "agreement", "security", "guarantees", "humanitarian", "bodies", "soldiers", "front",
                            "summit", "mediation", "sovereignty", "said", "told", "reporters", "meeting", "round", "week"]
    static let syllables = ["ka", "ro", "vi", "len", "dor", "mi", "sta", "pe", "lu", "zan", "tor", "ve", "ni", "bra", "gol",
                            "sha", "ki", "mun", "ter", "ol", "an", "es", "ur", "qui", "fel", "dro", "pa", "si", "lom", "ber"]
}
