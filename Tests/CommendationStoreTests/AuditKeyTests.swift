import CommendationStore
import Foundation
import Testing

/// The audit key signs as HMAC-SHA256 does by the book, row after row with one signer.
@Suite struct AuditKeyTests {
    @Test func aSignerGivesTheStandardHMACForEveryRowItSigns() {
        // RFC 4231, test case 2; its key signs two texts in turn.
        let key = AuditKey(bytes: Data("Jefe".utf8))
        let signer = key.signer()
        let expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        #expect(signer.mac("what do ya want for nothing?") == expected)
        #expect(signer.mac("another row") != expected)
        // The first text again, after another: the signer keeps nothing of the texts it signed.
        #expect(signer.mac("what do ya want for nothing?") == expected)
        #expect(key.mac("what do ya want for nothing?") == expected)
        let case1 = AuditKey(bytes: Data(repeating: 0x0b, count: 20))
        #expect(case1.mac("Hi There") == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
    }
}
