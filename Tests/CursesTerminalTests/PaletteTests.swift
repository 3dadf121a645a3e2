import CNcursesw
import TerminalUI
import Testing
@testable import CursesTerminal

extension CursesTerminalTests {
    @Test func noColorMeansMonochrome() {
        #expect(CursesPalette.mode(hasColors: true, noColor: "1") == .monochrome)
        #expect(CursesPalette.mode(hasColors: true, noColor: "") == .color)
        #expect(CursesPalette.mode(hasColors: true, noColor: nil) == .color)
        #expect(CursesPalette.mode(hasColors: false, noColor: nil) == .monochrome)
        #expect(CursesPalette.mode(hasColors: true, colorPairs: 8, noColor: nil) == .monochrome)
    }

    @Test func monochromeMapping() {
        #expect(CursesPalette.monochrome(.selected) == .reverse)
        #expect(CursesPalette.monochrome(.title) == .reverse)
        #expect(CursesPalette.monochrome(.statusBar) == .reverse)
        #expect(CursesPalette.monochrome(.error) == .bold)
        #expect(CursesPalette.monochrome(.muted) == .dim)
        #expect(CursesPalette.monochrome(.highlight) == [.bold, .underline])
        #expect(CursesPalette.monochrome(.normal) == [])

        let mono = CursesPalette(mode: .monochrome)
        let selected = mono.rendition(for: Style(.selected))
        #expect(selected.attributes & tdkt_a_reverse() != 0)
        #expect(selected.pair == 0)
        let boldError = mono.rendition(for: Style(.error, .underline))
        #expect(boldError.attributes == tdkt_a_bold() | tdkt_a_underline())
    }

    @Test func colorMappingGivesEachRoleItsOwnPair() {
        let color = CursesPalette(mode: .color)
        #expect(color.rendition(for: .normal).pair == 0)
        #expect(color.rendition(for: .normal).attributes == tdkt_a_normal())
        let pairs = ColorRole.allCases.map { color.rendition(for: Style($0)).pair }
        #expect(Set(pairs).count == ColorRole.allCases.count)
        #expect(pairs.allSatisfy { $0 >= 0 && Int($0) < CursesPalette.pairsNeeded })
        #expect(color.rendition(for: Style(.muted)).attributes & tdkt_a_dim() != 0)
        #expect(color.rendition(for: Style(.ok, .bold)).attributes == tdkt_a_bold())
    }
}
