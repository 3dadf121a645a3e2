import Commendation
@testable import Desk
import Foundation
import Testing
import TerminalUI

/// The desk's language (issue 18): English where the rulebook has English, the ward's own word
/// for its residential groups, and dates written one way.
@Suite struct LanguageTests {
    @Test func englishUsesTheRulebooksEnglishAbbreviationsAndSourceTitles() throws {
        let pilot = try Pilot("language-en", language: .en)
        pilot.type("3")
        pilot.press(.end)
        #expect(pilot.screen.contains("Pr.Cert"), "\(pilot.screen)")
        #expect(pilot.screen.contains("Adv.Wkr"))
        #expect(!pilot.screen.contains("BK tỉnh"))
        #expect(!pilot.screen.contains("LĐTT"))
        // The group counts, too long for one row in English, take two: nothing is cut.
        #expect(pilot.terminal.screen.rowText(2).contains("submitted 1"), "\(pilot.screen)")
        pilot.press(.escape)
        pilot.openPending("2026-GDVH-0001")
        pilot.press(.function(3))
        #expect(pilot.dialogText.contains("Decree 86/2023/NĐ-CP on the standards"), "\(pilot.screen)")
        #expect(!pilot.dialogText.contains("quy định khung"))
        // In Vietnamese, the Vietnamese.
        let vi = try Pilot("language-vi")
        vi.openPending("2026-GDVH-0001")
        vi.press(.function(3))
        #expect(vi.dialogText.contains("Nghị định 86/2023/NĐ-CP quy định khung"))
    }

    @Test func theFilterUsesTheWardsOwnWordForItsResidentialGroups() throws {
        let pilot = try Pilot("language-group-word")
        pilot.type("3")
        pilot.press(.function(4))
        // The demo ward's groups are "Khu phố Bình Minh", "Khu phố Tân Hải"…
        #expect(pilot.dialogText.contains("Khu phố"), "\(pilot.screen)")
        #expect(!pilot.dialogText.contains("Tổ dân phố"))
        #expect(pilot.desk.environment.groupWord == "Khu phố")
        let english = try Pilot("language-group-word-en", language: .en)
        #expect(english.desk.environment.groupWord == "Residential group")
    }

    @Test func shippedTextWritesEveryDateWithTwoDigitDayAndMonth() throws {
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/data")
        // A day or month of one digit in a date ("01/7/2025", "1/5"), not a number and year ("24/2023").
        let oneDigit = try NSRegularExpression(pattern: #"(?<![0-9/])([0-9]/[0-9]{1,2}|[0-9]{1,2}/[0-9])(?![0-9]|/[0-9A-Za-zĐđ])"#)
        let files = FileManager.default.enumerator(at: data, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "json" } ?? []
        #expect(files.count > 5)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let hits = oneDigit.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { text[$0] } }
            #expect(hits.isEmpty, "\(file.lastPathComponent): \(hits.prefix(5))")
        }
    }
}
