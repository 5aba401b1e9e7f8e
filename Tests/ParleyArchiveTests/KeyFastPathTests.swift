import Foundation
@testable import ParleyArchive
import TestSupport
import Testing

/// The fast key paths must give exactly the keys the general Foundation paths give: keys are
/// stored, so a difference would split one name or one claim into two.
@Suite struct KeyFastPathTests {
    @Test(arguments: Array(NameKey.plainPunctuation))
    func plainPunctuationFoldsAsFoundationFoldsIt(_ scalar: Unicode.Scalar) {
        let text = "A\(scalar)b \(scalar)"
        #expect(NameKey.foldedPlain(text) == NameKey.ofByFoundation(text))
    }

    @Test(arguments: [
        "", "  ", " Leading and trailing\t\n", "MIXED Case, digits 1,200 and 24-48", "“We are satisfied,” he said.",
        "«absolutely contradictory,»", "Zelensky’s ‘plan’ – a \"deal\" — maybe", "tab\tand\r\nnewlines\u{0B}\u{0C}",
    ])
    func plainTextsFoldAsFoundationFoldsThem(_ text: String) {
        #expect(NameKey.foldedPlain(text) == NameKey.ofByFoundation(text))
    }

    @Test(arguments: ["Erdoğan", "naïve café", "Кремль", "ＦＵＬＬ width", "non\u{A0}breaking"])
    func otherTextsTakeTheGeneralPath(_ text: String) {
        #expect(NameKey.foldedPlain(text) == nil)
        #expect(NameKey.of(text) == NameKey.ofByFoundation(text))
    }

    @Test func everySampleSentenceFoldsAsFoundationFoldsIt() throws {
        var checked = 0
        for path in ProjectFiles.samples {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for line in text.split(separator: "\n") where NameKey.foldedPlain(String(line)) != nil {
                #expect(NameKey.of(String(line)) == NameKey.ofByFoundation(String(line)))
                checked += 1
            }
        }
        #expect(checked > 20)
    }

    @Test(arguments: [
        "zelenskyy", "umierov", "sergey", "dmitriy", "syrskyi", "kheraskov", "podolyak", "yuriy", "ya", "iy", "phillip",
        "ks", "aksakov", "mykhailo", "o'brien", "anne-marie", "x", "", "ieie", "kksks",
    ])
    func asciiWordsFoldAsCharactersFold(_ word: String) {
        #expect(PersonKey.foldASCII(Array(word.utf8)) == PersonKey.foldCharacters(word))
    }
}
