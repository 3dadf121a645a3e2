import WardServices
import Commendation
import Desk
import Foundation
import Testing
import TerminalUI

/// The string tables and the key table agree with the code that uses them.
@Suite struct ResourceConsistencyTests {
    @Test func bothLanguagesHaveTheSameKeys() throws {
        let vi = try Shipped.strings(.vi), en = try Shipped.strings(.en)
        #expect(vi.keys.subtracting(en.keys).sorted() == [])
        #expect(en.keys.subtracting(vi.keys).sorted() == [])
    }

    @Test func everyKeyUsedInTheSourcesExists() throws {
        let vi = try Shipped.strings(.vi)
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let pattern = try NSRegularExpression(pattern: #"(?:\bs|strings)\("([a-zA-Z][a-zA-Z0-9_.-]*)""#)
        var used = Set<String>()
        for module in ["Desk", "TerminalUI", "tdkt"] {
            let folder = sources.appendingPathComponent(module)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    if let range = Range(match.range(at: 1), in: text) { used.insert(String(text[range])) }
                }
            }
        }
        #expect(used.count > 50)
        // Keys ending in "." are prefixes completed at run time (checked below).
        let missing = used.filter { !$0.hasSuffix(".") && !vi.has($0) }
        #expect(missing.sorted() == [])
        for status in NominationStatus.allCases { #expect(vi.has("status." + status.rawValue)) }
        for eligibility in [Eligibility.eligible, .notEligible, .incomplete, .notAssessed] {
            #expect(vi.has("eligibility." + eligibility.rawValue))
            #expect(vi.has("verdict." + eligibility.rawValue))
        }
    }

    @Test func everyBindingHasItsWordsAndNoKeyIsBoundTwiceInAContext() throws {
        let vi = try Shipped.strings(.vi), en = try Shipped.strings(.en)
        var seen = Set<String>()
        for binding in DeskKeymap.standard.bindings {
            #expect(vi.has(binding.label) && en.has(binding.label), "\(binding.label)")
            #expect(vi.has(binding.help) && en.has(binding.help), "\(binding.help)")
            #expect(vi.has("help.context." + binding.context.rawValue), "\(binding.context.rawValue)")
            for key in binding.keys {
                let id = binding.context.rawValue + "/" + key.displayName
                #expect(!seen.contains(id), "\(id) bound twice")
                seen.insert(id)
            }
        }
    }

    @Test func pendingReportAgreesWithTheStore() throws {
        let pilot = try Pilot("report")
        let report = try PendingReport(store: pilot.store, rules: try WardRules.of(pilot.store, holidays: nil, today: Pilot.today),
                                       today: Pilot.today)
        #expect(report.items.count == (try pilot.store.pendingCount()))
        let strings = try Shipped.strings(.vi)
        let json = try JSONSerialization.jsonObject(with: Data(try report.encodedJSON(strings: strings).utf8)) as? [String: Any]
        #expect(json?["count"] as? Int == report.items.count)
        let groups = json?["groups"] as? [[String: Any]] ?? []
        #expect(groups.count == PendingGroup.allCases.count)
        #expect(groups.compactMap { $0["count"] as? Int }.reduce(0, +) == report.items.count)
        let table = report.table(strings: strings, language: .vi)
        #expect(table.hasPrefix("Hồ sơ chờ xử lý, tuổi tính theo ngày làm việc đến 29/11/2026:"))
        #expect(table.contains("Tổng cộng: \(report.items.count) hồ sơ chờ xử lý."))
    }
}

/// Hints name keys through the key table, never by hand, so that a rebound key is named right.
@Suite struct KeyNamesInStringsTests {
    @Test func everyKeyPlaceholderResolvesAndNoHintNamesAKeyByHand() throws {
        for language in [Language.vi, .en] {
            let raw = try Shipped.strings(language)
            let resolved = raw.withKeyNames(from: DeskKeymap.standard)
            let pattern = try NSRegularExpression(pattern: #"\bF([1-9]|1[0-2])\b|\bEsc\b|Ctrl-|\bPgDn\b|\bPgUp\b|\bSpace\b"#)
            for key in raw.keys.sorted() {
                #expect(!resolved(key).contains("{key:"), "\(language) \(key): \(resolved(key))")
                let text = raw(key).replacingOccurrences(of: #"\{key:[^}]*\}"#, with: "", options: .regularExpression)
                let hits = pattern.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
                #expect(hits == 0, "\(language) \(key) names a key by hand: \(raw(key))")
            }
        }
    }

    @Test func aReboundKeyIsNamedInTheHints() throws {
        var configuration = DeskConfiguration()
        configuration.read(keys: "nomination-form.save = Ctrl-S\nform-dialog.save = Ctrl-S\n")
        #expect(configuration.problems.isEmpty)
        let strings = try Shipped.strings(.vi).withKeyNames(from: configuration.keymap)
        #expect(strings("form.hint").contains("Ctrl-S: lưu"))
        #expect(strings("form.dialog.hint").hasPrefix("Ctrl-S xong"))
        #expect(!strings("form.hint").contains("F2"))
    }
}
