import TestSupport
import Testing

/// The new corrections from the command line: what they print, their exit codes, and that a
/// refused one leaves the archive as it was.
@Suite struct CurationCommandTests {
    /// A fresh folder whose parley.db holds the samples.
    func samples() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        #expect(parley(["import", ProjectFiles.samplesFolder, "--db", folder.file("parley.db")]).code == 0)
        return folder
    }

    func csv(_ sql: String, _ db: String) -> [Substring] {
        parley(["query", sql, "--db", db, "--csv"]).stdout.split(separator: "\r\n").dropFirst().map { $0 }
    }

    /// What a correction could change: the corrections, people and meetings as reported.
    func contents(_ db: String) -> [[Substring]] {
        ["v_corrections", "v_people", "v_meetings", "v_roles"].map { csv("SELECT * FROM \($0)", db) }
    }

    @Test func meetingsMergeAndSetDateAreListedAndUndone() throws {
        let folder = try samples(), db = folder.file("parley.db")
        let ids = csv("SELECT id FROM v_meetings WHERE kind = 'talks' ORDER BY id LIMIT 2", db)
        try #require(ids.count == 2)
        let merge = parley(["meetings", "merge", String(ids[0]), String(ids[1]), "--note", "one round", "--db", db])
        #expect(merge.code == 0)
        #expect(merge.stdout == "correction 1: merged meeting \(ids[1]) into meeting \(ids[0])\n")
        let date = parley(["meetings", "set-date", String(ids[0]), "2025-05", "--db", db])
        #expect(date.stdout == "correction 2: meeting \(ids[0]) is dated 2025-05\n")
        #expect(csv("SELECT date FROM meetings WHERE id = \(ids[0])", db) == ["2025-05"])
        #expect(csv("SELECT count(*) FROM meetings WHERE id = \(ids[1])", db) == ["0"])
        #expect(parley(["reextract", "--db", db]).code == 0)
        #expect(csv("SELECT id, action, note FROM v_corrections", db) == ["1,merge_meetings,one round", "2,set_meeting_date,"])
        #expect(parley(["curation", "undo", "2", "--db", db]).code == 0)
        #expect(parley(["curation", "undo", "1", "--db", db]).code == 0)
        #expect(csv("SELECT count(*) FROM v_meetings WHERE date = '2025-05'", db) == ["0"])
        #expect(csv("SELECT count(*) FROM v_corrections WHERE undone_at IS NOT NULL", db) == ["2"])
    }

    @Test func peopleSplitIsListedAndUndone() throws {
        let folder = try samples(), db = folder.file("parley.db")
        try folder.write("a.txt", "GENEVA, June 2, 2025 — John Smith, the British foreign secretary, said on Monday that the talks would resume. \"We are close to a ceasefire,\" Smith said.\n")
        try folder.write("b.txt", "KYIV, June 3, 2025 — General Smith, the commander of the Ukrainian army, said on Tuesday that prisoners would be exchanged.\n")
        #expect(parley(["import", folder.file("a.txt"), folder.file("b.txt"), "--db", db]).code == 0)
        // The resolver takes the general for the one Smith archived.
        #expect(csv("SELECT name FROM v_people WHERE name LIKE '%Smith' ORDER BY name", db) == ["John Smith"])
        let id = try #require(csv("SELECT id FROM people WHERE name = 'John Smith'", db).first)
        let split = parley(["people", "split", "Smith", "--from", String(id), "--note", "two Smiths", "--db", db])
        #expect(split.code == 0)
        #expect(split.stdout == "correction 1: Smith split off person \(id)\n")
        #expect(csv("SELECT name FROM v_people WHERE name LIKE '%Smith' ORDER BY name", db) == ["John Smith", "Smith"])
        #expect(csv("SELECT action, target, value, note FROM v_corrections", db) == ["split_person,john smith,Smith,two Smiths"])
        #expect(parley(["curation", "undo", "1", "--db", db]).code == 0)
        #expect(csv("SELECT name FROM v_people WHERE name LIKE '%Smith' ORDER BY name", db) == ["John Smith"])
    }

    @Test(arguments: [
        (["people", "split", "Nobody", "--from", "1"], "Error: person 1 is never called Nobody (its names: "),
        (["people", "split", "Smith", "--from", "99999"], "Error: no person with id 99999 (see parley report people)\n"),
        (["meetings", "merge", "1", "99999"], "Error: no meeting with id 99999 (see parley report meetings)\n"),
        (["meetings", "merge", "99999", "1"], "Error: no meeting with id 99999 (see parley report meetings)\n"),
        (["meetings", "set-date", "99999", "2025"], "Error: no meeting with id 99999 (see parley report meetings)\n"),
    ])
    func unknownIdsAndNamesFailWithOneLineAndChangeNothing(_ arguments: [String], _ message: String) throws {
        let folder = try samples(), db = folder.file("parley.db")
        let before = contents(db)
        let result = parley(arguments + ["--db", db])
        #expect(result.code == 1)
        #expect(result.stderr.hasPrefix(message))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(contents(db) == before)
    }

    @Test func aBadDateIsAUsageErrorThatNamesTheFormat() throws {
        let folder = try samples(), db = folder.file("parley.db")
        let before = contents(db)
        let result = parley(["meetings", "set-date", "1", "16 May 2025", "--db", db])
        #expect(result.code == 64)
        #expect(result.stderr.hasPrefix("Error: '16 May 2025' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"))
        #expect(contents(db) == before)
    }
}
