/// Which of the rarer rules a sentence can feed, found in one pass over its words by length first: each rule then
/// runs only where its word stands, instead of every rule walking every sentence.
struct SentenceCues {
    /// "travel", "visit", "expected" (trips ahead).
    var trip = false
    /// "presented", "handed", "delivered" (a document handed over).
    var handed = false
    /// "host", "hosting" (a leaders' meeting offered).
    var host = false
    /// "spent" (time spent with someone).
    var spent = false

    init(_ doc: Document, _ s: Sentence) {
        let t = doc.tokens
        for k in s.tokens {
            switch t[k].end - t[k].start {
            case 4: host = host || t[k].lower == "host"
            case 5: spent = spent || t[k].lower == "spent"; trip = trip || t[k].lower == "visit"
            case 6: trip = trip || t[k].lower == "travel"; handed = handed || t[k].lower == "handed"
            case 7: host = host || t[k].lower == "hosting"
            case 8: trip = trip || t[k].lower == "expected"
            case 9: handed = handed || t[k].lower == "presented" || t[k].lower == "delivered"
            default: break
            }
        }
    }
}
