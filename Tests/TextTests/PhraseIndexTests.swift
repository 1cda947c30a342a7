import Testing
@testable import PlanCheckText

@Suite struct PhraseIndexTests {
    let index = PhraseIndex(["đơn vị chủ trì", "đơn vị", "cơ quan chủ trì", "chủ trì"].map(Phrase.init))

    @Test func findsEveryPhraseStartingAtATokenInTheOrderGiven() {
        let tokens = TextNormalizer.normalize("Ghi rõ đơn vị chủ trì: Sở Tư pháp").tokens
        #expect(index.matches(at: 2, in: tokens, end: tokens.count) == [0, 1])
        #expect(index.first(at: 2, in: tokens, end: tokens.count)?.text == "đơn vị chủ trì")
        #expect(index.matches(at: 4, in: tokens, end: tokens.count) == [3])
        #expect(index.matches(at: 0, in: tokens, end: tokens.count).isEmpty)
    }

    @Test func aPhraseNeverRunsPastTheEndGiven() {
        let tokens = TextNormalizer.normalize("đơn vị chủ trì").tokens
        #expect(index.matches(at: 0, in: tokens, end: 2) == [1])
        #expect(!index.matchesAny(at: 0, in: tokens, end: 1))
        #expect(!index.matchesAny(at: 9, in: tokens, end: 20))
    }

    @Test func textWithoutDiacriticsFindsThePhraseByItsFold() {
        let tokens = TextNormalizer.normalize("giao don vi chu tri thuc hien viec nay").tokens
        #expect(index.matches(at: 1, in: tokens, end: tokens.count) == [0, 1])
        #expect(index.phrases[0].match(at: 1, in: tokens) == .fallback)
        // Written with other diacritics, it is another word.
        let other = TextNormalizer.normalize("Đơn vị chú trí").tokens
        #expect(index.matches(at: 0, in: other, end: other.count) == [1])
    }
}
