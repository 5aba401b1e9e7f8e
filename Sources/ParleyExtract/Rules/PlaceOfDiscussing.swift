/// "Ushakov said a three-way meeting with the Ukrainian leader had not been discussed in Anchorage": the place a meeting was
/// talked about, after a verb of discussing it, is not where the meeting would be.
extension MeetingRules {
    func placeOfDiscussing(_ place: String, after i: Int, _ s: Sentence) -> Bool {
        guard let e = placeEnd(place, in: i..<s.tokens.upperBound) else { return false }
        let words = place.split(separator: " ").count
        let k = e - words + 1
        return k - 2 > i && t[k - 1].lower == "in" && Self.discussingParticiples.contains(t[k - 2].lower)
    }

    static let discussingParticiples: WordSet = ["discussed", "raised", "mentioned", "considered", "debated", "broached", "negotiated"]
}
