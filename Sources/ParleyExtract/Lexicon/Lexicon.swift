/// Namespace for the extractor's data tables. Every table is plain data (arrays, sets,
/// dictionaries of strings) so it can be read, edited and extended without touching rules.
/// Keys are lower case with typographic apostrophes folded to "'" (see `String.lexKey`).
enum Lexicon {}
