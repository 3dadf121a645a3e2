import Testing
@Test func scaffold() { #expect(1 == 1) }
