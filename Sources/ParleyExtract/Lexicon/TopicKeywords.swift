extension Lexicon {
    /// Topic keyword stems, matched as prefixes of lower-case words (or word sequences).
    /// Order is the vocabulary order of `Topic.all`, so output topics come out sorted the same way.
    static let topicKeywords: [(topic: String, stems: [String])] = [
        ("ceasefire", ["ceasefire", "cease-fire", "truce", "armistice", "halting the conflict", "halt the fighting", "end hostilities", "ending hostilities",
                       "humanitarian pause"]),
        ("prisoner_exchange", ["prisoner", "pows", "pow", "swap", "captive", "exchange of prisoners", "exchange 1", "detainee"]),
        ("remains_return", ["remains", "bodies", "fallen soldiers", "dead soldiers", "deceased"]),
        ("leaders_meeting", ["summit", "meeting between the presidents", "meeting between presidents", "one-on-one", "direct meeting", "leaders", "presidents"]),
        ("territory", ["territor", "region", "crimea", "donbas", "donetsk", "luhansk", "zaporizhzhia", "kherson", "land", "annex", "border"]),
        ("sanctions", ["sanction", "ultimatum", "tariff", "embargo"]),
        ("security_guarantees", ["security guarantee", "security assurance", "guarantees", "boots on the ground", "nato"]),
        ("mediation", ["mediat", "host", "broker", "facilitat", "good offices"]),
        ("humanitarian", ["humanitarian", "wounded", "civilian", "medical", "injured", "aid"]),
        ("sovereignty", ["sovereign", "independent state", "territorial integrity", "international law", "independence"]),
        ("negotiations", ["negotiat", "talks", "dialogue", "diplomacy", "diplomatic", "discussions", "delegation", "round", "agreement", "peace process", "peace"]),
    ]
}
