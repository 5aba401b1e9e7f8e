/// `claims.speaker_key`, as migration 0009 defines it: `coalesce('person ' || speaker_person_id,
/// 'speaker ' || lower(speaker))`. Written by parley so the insert trigger has nothing to fix;
/// SQLite's lower() folds ASCII letters only, and so does this.
enum SpeakerKey {
    static func of(personID: Int64?, speaker: String) -> String {
        if let personID { return "person \(personID)" }
        var bytes = Array("speaker ".utf8)
        bytes.reserveCapacity(bytes.count + speaker.utf8.count)
        for byte in speaker.utf8 { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
