@testable import ParleyArchive
import Testing

/// Statement ids learnt in an article that rolled back name rows that are gone: they must be forgotten.
@Suite struct StatementIDCacheTests {
    @Test func idsOfARolledBackArticleAreForgottenAndKeptOnesStay() {
        let cache = StatementIDCache()
        let kept = StatementIDCache.Key(textKey: "talks will go on", speakerKey: "person 1")
        let undone = StatementIDCache.Key(textKey: "no ceasefire", speakerKey: "speaker kremlin")
        cache.add(1, for: kept)
        cache.keep()
        cache.add(2, for: undone)
        cache.forgetUnkept()
        #expect(cache[kept] == 1)
        #expect(cache[undone] == nil)
    }
}
