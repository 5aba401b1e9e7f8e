extension Lexicon {
    /// Words that end with a dot without ending the sentence ("Mr. Putin", "Jan. 5").
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep",
        "st", "mt", "ft", "jr", "sr", "rev", "hon", "pres", "amb", "dept", "no", "vs", "etc", "approx",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "corp", "ltd", "co",
    ]
}
