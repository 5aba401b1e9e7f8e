extension Lexicon {
    /// Well-known transliteration variants, folded to one key (lower case, no diacritics).
    /// Applied word by word when comparing names, so "Sergey Lavrov" and "Sergei Lavrov" meet.
    static let transliterations: WordMap<String> = [
        "zelenskyy": "zelensky", "zelenskiy": "zelensky", "zelenskii": "zelensky", "zelenski": "zelensky",
        "sergey": "sergei", "umierov": "umerov", "dmitri": "dmitry", "dmitriy": "dmitry", "aleksandr": "alexander",
        "alexandr": "alexander", "yuri": "yury", "yuriy": "yury", "andriy": "andrii", "andrey": "andrei",
        "volodimir": "volodymyr", "oleksiy": "oleksii", "kiev": "kyiv", "ermak": "yermak", "sibiga": "sybiha",
        "peskow": "peskov", "lawrow": "lavrov", "tayip": "tayyip", "erdoan": "erdogan",
    ]
}
