import Commendation
import CommendationStore
import Foundation
import TerminalUI
import Testing
import WardServices

/// Issue 16: the desk and the command line give the same answer to the same question, asked of
/// the same store — the export, the publication's preview, the pending groups, the money of a
/// decision. The command line is always the built `tdkt`. The desk is the built `tdkt` in tmux
/// for the export (a file, whatever the day), and the desk in this process on the same file for
/// the questions whose answer depends on the day (driven by its keys on 29/11/2026, the day the
/// command line is given with `--on` and `--date`).
@Suite(.serialized) final class FrontEndsAgreeTests {
    // MARK: Export

    /// "Dữ liệu" → "Xuất mọi đề nghị ra CSV" in the desk and `tdkt export --output F`: the same
    /// bytes. On a ward whose council has its own award, that award is named as the council
    /// named it, by both.
    @Test(arguments: [WardKind.demo, .councilLayer])
    func theExportIsTheSameFile(_ kind: WardKind) throws {
        let ward = try AgreeingWard(kind)
        let documents = ward.folder + "/van-ban"
        try ward.setSetting("documents.folder", to: documents)

        let session = try TmuxSession("'\(ward.tdkt)' --store '\(ward.store)'; echo \"EXIT=$?\"; sleep 60",
                                      width: 100, height: 30, environment: ward.environment)
        try #require(try session.waitFor("Trình đơn chính"), "\(session.lastScreen)")
        try session.type("8")
        try #require(try session.waitFor("Xuất mọi đề nghị ra CSV"), "\(session.lastScreen)")
        try session.type("2")
        #expect(try session.waitFor("Đã ghi"), "\(session.lastScreen)")
        let deskSaid = session.lastScreen
        // The exchange format too (both written as the rows are read).
        try session.type("3")
        #expect(try session.waitFor(".json"), "\(session.lastScreen)")
        try session.press("F10")
        #expect(try session.waitFor("EXIT=0"), "\(session.lastScreen)")
        let written = try FileManager.default.contentsOfDirectory(atPath: documents).filter { $0.hasSuffix(".csv") }
        try #require(written.count == 1, "\(written)")
        let deskFile = try Data(contentsOf: URL(fileURLWithPath: documents + "/" + written[0]))

        let file = ward.folder + "/tdkt-export.csv"
        let command = try ward.tdkt(["export", "--output", file])
        try #require(command.status == 0, "\(command.errors)")
        let commandFile = try Data(contentsOf: URL(fileURLWithPath: file))

        #expect(deskFile == commandFile, "the desk's \(written[0]) and tdkt export differ")
        // Both count the same rows.
        let rows = CSV.records(String(decoding: commandFile.dropFirst(3), as: UTF8.self))
        #expect(command.errors.contains("Đã ghi \(rows.count - 1) đề nghị"), "\(command.errors)")
        #expect(deskSaid.contains("Đã ghi \(rows.count - 1) dòng"), "\(deskSaid)")
        // Every award is named by the ward's rules, never left as its code.
        let header = try #require(rows.first)
        let code = try #require(header.firstIndex(of: "Mã danh hiệu")), name = try #require(header.firstIndex(of: "Danh hiệu / hình thức"))
        for row in rows.dropFirst() { #expect(row[name] != row[code] && !row[name].isEmpty, "\(row)") }
        let json = try FileManager.default.contentsOfDirectory(atPath: documents).filter { $0.hasSuffix(".json") }
        try #require(json.count == 1, "\(json)")
        let exchange = ward.folder + "/tdkt-export.json"
        let exported = try ward.tdkt(["export", "--format", "json", "--output", exchange])
        try #require(exported.status == 0, "\(exported.errors)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: documents + "/" + json[0])) == Data(contentsOf: URL(fileURLWithPath: exchange)))
        #expect(exported.errors.contains("Đã ghi \(rows.count - 1) đề nghị"), "\(exported.errors)")
        if kind == .councilLayer {
            let own = rows.filter { $0[code] == AgreeingWard.councilAward.code }
            #expect(own.count == 1)
            #expect(own.first?[name] == "Thanh niên tiêu biểu")
        }
    }

    // MARK: Publication

    /// "Dữ liệu" → "Danh sách công bố … (xem trước)" in the desk and `tdkt export
    /// --publication --output F` (on the demo ward also with `--status decided`): the same
    /// preview lines, the same count, and, written, the same file.
    @Test(arguments: [WardKind.demo, .provinceApproved])
    func thePublicationPreviewHasTheSameLines(_ kind: WardKind) throws {
        let ward = try AgreeingWard(kind)
        let documents = ward.folder + "/van-ban"
        try ward.setSetting("documents.folder", to: documents)
        let desk = try HeadlessDesk(store: ward.store)
        desk.type("8")
        desk.type("4")
        let dialog = try #require(desk.desk.app.dialogs.last as? MessageDialog, "\(desk.screen)")
        let deskLines = dialog.lines
        // What the dialog holds is what the clerk reads (wrapped to the box).
        #expect(collapsed(desk.dialogRows.joined(separator: " ")).contains(collapsed(deskLines.joined(separator: " "))), "\(desk.screen)")
        let title = try #require(dialog.title.firstMatch(of: /Danh sách công bố: (\d+) khen thưởng năm (\d+)/))
        let deskCount = Int(title.1)!
        #expect(deskCount > 0)
        if kind == .provinceApproved {
            // The latest year with an award is the province's one.
            #expect(title.2 == "2026")
            #expect(deskLines.contains { $0.contains("Nguyễn Văn Đạt") && $0.contains("1520/QĐ-UBND") }, "\(deskLines)")
        }
        desk.press(.enter)  // "Ghi tệp"
        let written = try FileManager.default.contentsOfDirectory(atPath: documents).filter { $0.hasPrefix("cong-bo-") }
        try #require(written.count == 1, "\(desk.statusBar)")
        let deskFile = try Data(contentsOf: URL(fileURLWithPath: documents + "/" + written[0]))

        var questions = [["export", "--publication"]]
        if kind == .demo { questions.append(["export", "--publication", "--status", "decided"]) }
        for (index, question) in questions.enumerated() {
            let file = ward.folder + "/cong-bo-\(index).csv"
            let preview = try ward.tdkt(question + ["--output", file])
            #expect(preview.status == 5, "\(preview.errors)")  // only the preview, nothing written without --yes
            let lines = preview.errors.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let start = try #require(lines.firstIndex { $0.hasPrefix("Xem trước danh sách công bố") }, "\(preview.errors)")
            let end = try #require(lines.firstIndex { $0.hasPrefix("Không bao giờ có ngày sinh") }, "\(preview.errors)")
            #expect(Array(lines[(start + 1)...end]) == deskLines, "\(question.joined(separator: " "))")
            #expect(lines[start].contains("(\(deskCount) dòng)"), "\(lines[start])")
            let confirmed = try ward.tdkt(question + ["--output", file, "--yes"])
            #expect(confirmed.status == 0, "\(confirmed.errors)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == deskFile, "\(question.joined(separator: " "))")
        }
        // Whatever is asked, a nomination not granted never goes on a public list.
        let pending = try ward.tdkt(["export", "--publication", "--status", "received", "on-agenda", "--output", ward.folder + "/x.csv"])
        #expect(pending.errors.contains("Xem trước danh sách công bố (0 dòng)"), "\(pending.errors)")
    }

    // MARK: Pending

    /// The desk's pending review and `tdkt pending --on 29/11/2026` (table and JSON): the same
    /// groups with the same counts, the same nominations in each, the same total; and for each
    /// nomination the same nominee, award, status, age and verdict. On a ward whose council
    /// added a criterion, the verdicts are the council's for both.
    @Test(arguments: [WardKind.demo, .councilLayer])
    func thePendingGroupsAndCountsAreTheSame(_ kind: WardKind) throws {
        let ward = try AgreeingWard(kind)
        let strings = try Shipped.strings(.vi)
        let columns = ["id", "nominee", "award", "status", "age", "deadline", "verdict"].map { strings("pending.column." + $0) }
        let desk = try HeadlessDesk(store: ward.store, size: Size(width: 160, height: 50))
        desk.type("3")

        // The desk: each group's heading "▾ Quá hạn (2)" and the nominations under it, read in
        // the columns its header names.
        var deskGroups: [Group] = []
        var deskCells: [String: [String]] = [:]
        var deskColumns: [Int]?
        for row in desk.rows {
            if let heading = row.firstMatch(of: /^ *[▾▸] (.+) \((\d+)\) *$/) {
                deskGroups.append(Group(label: String(heading.1), count: Int(heading.2)!))
            } else if deskColumns == nil, row.contains(columns[0]), row.contains(columns[6]) {
                deskColumns = starts(of: columns, in: row)
            } else if let id = row.firstMatch(of: /^ *■? *(\d{4}-[A-Z]+-\d{4})\s/), !deskGroups.isEmpty, let deskColumns {
                deskGroups[deskGroups.count - 1].ids.append(String(id.1))
                deskCells[String(id.1)] = cells(of: row, at: deskColumns)
            }
        }
        let summary = try #require(desk.rows.first { $0.contains(" hồ sơ: ") }, "\(desk.screen)")
        let deskTotal = try #require(summary.firstMatch(of: /(\d+) hồ sơ:\s/).map { Int($0.1)! })

        // The command line's table: "Quá hạn (2)", its header and rows, a blank line.
        let table = try ward.tdkt(["pending", "--on", "29/11/2026"])
        try #require(table.status == 0, "\(table.errors)")
        var tableGroups: [Group] = []
        var tableCells: [String: [String]] = [:]
        var tableColumns: [Int]?
        for line in table.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let heading = line.firstMatch(of: /^([^ ].*) \((\d+)\)$/) {
                tableGroups.append(Group(label: String(heading.1), count: Int(heading.2)!))
                tableColumns = nil
            } else if line.isEmpty {
                tableColumns = nil
            } else if !tableGroups.isEmpty, tableColumns == nil, line.hasPrefix(columns[0]) {
                tableColumns = starts(of: columns, in: line)
            } else if let tableColumns, let id = line.firstMatch(of: /^(\d{4}-[A-Z]+-\d{4})\s/) {
                tableGroups[tableGroups.count - 1].ids.append(String(id.1))
                tableCells[String(id.1)] = cells(of: line, at: tableColumns)
            }
        }
        let tableTotal = try #require(table.output.firstMatch(of: /Tổng cộng: (\d+) hồ sơ/).map { Int($0.1)! })

        // The command line's JSON.
        let json = try ward.tdkt(["pending", "--on", "29/11/2026", "--format", "json"])
        try #require(json.status == 0, "\(json.errors)")
        let report = try JSONDecoder().decode(PendingJSON.self, from: Data(json.output.utf8))
        let jsonGroups = report.groups.filter { $0.count > 0 }.map { group in
            Group(label: group.label, count: group.count, ids: report.pending.filter { $0.group == group.group }.map(\.id))
        }

        #expect(!deskGroups.isEmpty)
        #expect(deskGroups == tableGroups, "desk \(deskGroups)\ntable \(tableGroups)")
        #expect(deskGroups == jsonGroups, "desk \(deskGroups)\njson \(jsonGroups)")
        for group in deskGroups { #expect(group.ids.count == group.count, "\(group)") }
        #expect(deskTotal == tableTotal && deskTotal == report.count, "\(deskTotal) \(tableTotal) \(report.count)")
        // The desk's summary line counts every group, the empty ones too, as the JSON does.
        for group in report.groups {
            let short = strings("pending.groupShort." + group.group)
            #expect(summary.contains("\(short) \(group.count)"), "\(summary) ∌ \(short) \(group.count)")
            // And the command line's table says the same count under the group's full name.
            #expect(table.output.contains("  \(group.label): \(group.count)\n"), "\(group.label): \(group.count)")
        }
        // Each nomination: nominee, award, status, age, verdict (the deadline is written
        // "05/12" on the desk, "05/12/2026" on the command line: compared through the JSON).
        #expect(deskCells.count == report.count, "\(desk.screen)")
        for item in report.pending {
            let onDesk = try #require(deskCells[item.id], "\(item.id) not on the desk:\n\(desk.screen)")
            let inTable = try #require(tableCells[item.id], "\(item.id) not in the table")
            let compared = [0, 1, 2, 3, 4, 6]
            #expect(compared.map { onDesk[$0] } == compared.map { inTable[$0] }, "\(item.id)")
            #expect(onDesk[6] == strings("eligibility." + item.eligibility), "\(item.id): \(onDesk[6]) / \(item.eligibility)")
            #expect(onDesk[4] == (item.ageWorkingDays.map { strings("pending.age", $0) } ?? "—"), "\(item.id)")
            if let deadline = item.deadline {
                let day = String(deadline.dropFirst(8)) + "/" + String(deadline.dropFirst(5).prefix(2))
                #expect(onDesk[5].contains(day) || onDesk[5].hasPrefix("quá") || onDesk[5] == strings("pending.dueToday"),
                        "\(item.id): \(onDesk[5]) / \(deadline)")
            }
        }
        if kind == .councilLayer {
            // The council's criterion (blood donation, attested by nobody in the demo) fails the
            // pending Lao động tiên tiến nominations that met the national criteria.
            #expect(report.pending.contains { $0.id == "2026-LDTT-0001" && $0.eligibility == "not-eligible" })
        }
    }

    // MARK: Money

    /// A decision taken in the desk (pending review, F5 "ra quyết định") for Đặng Văn Quý's
    /// two recommended awards: the total and base salary the decision dialog shows are those of
    /// `tdkt document chi-tien` for the same awards on the same day, before and after; the
    /// payment list the desk writes (honour roll, F9) is the file `tdkt document chi-tien
    /// --decision N --format csv` writes.
    @Test(arguments: [WardKind.demo, .ownBaseSalary])
    func theMoneyOfADecisionIsTheSame(_ kind: WardKind) throws {
        let ward = try AgreeingWard(kind)
        let documents = ward.folder + "/van-ban"
        try ward.setSetting("documents.folder", to: documents)
        let desk = try HeadlessDesk(store: ward.store)
        desk.type("3")
        desk.press(.character("/"))
        desk.type("dang van quy")
        desk.press(.enter)
        desk.press(.character(" "), .character(" "))
        desk.press(.function(5))
        desk.type("ra quyet")
        desk.press(.enter)
        try #require(desk.screen.contains("Quyết định khen thưởng (2 hồ sơ)"), "\(desk.screen)")
        let totalRow = try #require(desk.rows.first { $0.contains("Tổng tiền thưởng") }, "\(desk.screen)")
        let baseRow = try #require(desk.rows.first { $0.contains("Lương cơ sở ") }, "\(desk.screen)")
        let deskTotal = try #require(amount(after: "Tổng tiền thưởng", in: totalRow))
        let deskBase = try #require(amount(after: "Lương cơ sở", in: baseRow))
        #expect(deskTotal > 0)

        // Before the decision: the draft of what session PH-2026-01 recommended (the same two),
        // dated the desk's day.
        let draft = try ward.tdkt(["document", "chi-tien", "--session", "PH-2026-01", "--date", "29/11/2026", "--format", "csv"])
        try #require(draft.status == 0, "\(draft.errors)")
        let draftRows = CSV.records(draft.output.replacingOccurrences(of: "\u{FEFF}", with: ""))
        #expect(draftRows.dropFirst().allSatisfy { $0[1] == "Đặng Văn Quý" }, "\(draftRows)")
        #expect(draftRows.dropFirst().compactMap { Int($0[3]) }.reduce(0, +) == deskTotal, "\(draftRows) vs \(deskTotal)")
        let draftText = try ward.tdkt(["document", "chi-tien", "--session", "PH-2026-01", "--date", "29/11/2026", "--format", "md"])
        try expectSameMoney(collapsed(draftText.output), total: deskTotal, base: deskBase, baseRow: baseRow, kind: kind)

        // The decision, issued in the desk.
        desk.press(.home)
        desk.type("125")
        desk.press(.function(2))
        #expect(desk.statusBar.contains("Đã lưu quyết định 125/QĐ-UBND: 2 khen thưởng, tổng tiền thưởng \(figures(deskTotal)) đ"),
                "\(desk.statusBar)")
        // Its payment list from the honour roll: F9, "Danh sách chi tiền thưởng", CSV.
        desk.press(.escape, .escape, .escape)
        desk.type("6")
        try #require(desk.screen.contains("Sổ vàng năm 2026"), "\(desk.screen)")
        #expect(desk.screen.contains("125/QĐ-UBND"))
        desk.press(.function(9))
        desk.type("chi tien")
        desk.press(.enter)
        desk.type("csv")
        desk.press(.enter)
        #expect(desk.statusBar.contains("Đã ghi"), "\(desk.statusBar)")
        let written = try FileManager.default.contentsOfDirectory(atPath: documents).filter { $0.hasSuffix(".csv") }
        try #require(written.count == 1, "\(written) \(desk.statusBar)")
        let deskFile = try Data(contentsOf: URL(fileURLWithPath: documents + "/" + written[0]))

        let file = ward.folder + "/chi-tien.csv"
        let payments = try ward.tdkt(["document", "chi-tien", "--decision", "125/QĐ-UBND", "--format", "csv", "--output", file])
        try #require(payments.status == 0, "\(payments.errors)")
        let commandFile = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(deskFile == commandFile, "the desk's \(written[0]) and tdkt document chi-tien differ")
        let paid = CSV.records(String(decoding: commandFile.dropFirst(3), as: UTF8.self))
        #expect(paid.dropFirst().compactMap { Int($0[3]) }.reduce(0, +) == deskTotal)
        let issued = try ward.tdkt(["document", "chi-tien", "--decision", "125/QĐ-UBND", "--format", "md"])
        try expectSameMoney(collapsed(issued.output), total: deskTotal, base: deskBase, baseRow: baseRow, kind: kind)
    }

    /// The payment list's text says the desk's total and base salary, and where the base comes
    /// from as the desk said it (the decree, or the ward's own figure).
    private func expectSameMoney(_ text: String, total: Int, base: Int, baseRow: String, kind: WardKind,
                                 sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(text.contains("Tổng số tiền: \(figures(total)) đồng"), "\(text)", sourceLocation: sourceLocation)
        #expect(text.contains("Mức lương cơ sở dùng để tính: \(figures(base)) đồng/tháng"), "\(text)", sourceLocation: sourceLocation)
        if kind == .ownBaseSalary {
            #expect(base == 2_600_000, sourceLocation: sourceLocation)
            #expect(baseRow.contains("mức phường đặt"), "\(baseRow)", sourceLocation: sourceLocation)
            #expect(text.contains("mức do đơn vị cài đặt"), "\(text)", sourceLocation: sourceLocation)
        } else {
            let decree = try #require(baseRow.firstMatch(of: /\((NĐ [^)]+)\)/).map { String($0.1) }, "\(baseRow)",
                                      sourceLocation: sourceLocation)
            #expect(text.contains("đồng/tháng (\(decree)"), "\(decree) in \(text)", sourceLocation: sourceLocation)
        }
    }
}

// MARK: The wards asked

/// The wards the questions are asked of: the demo ward as `tdkt demo` makes it, and the demo
/// ward changed where the two front ends could part.
enum WardKind: String, Sendable, CustomTestStringConvertible {
    case demo
    /// The council's own layer: an award of its own, with a 2026 nomination for it, and a
    /// criterion added to Lao động tiên tiến.
    case councilLayer
    /// The province's decision recorded for the submitted Bằng khen: an award of 2026 granted
    /// by the province.
    case provinceApproved
    /// The ward's own base salary (2 600 000 đ) instead of the law's.
    case ownBaseSalary

    var testDescription: String { rawValue }
}

/// A private folder with a store `tdkt demo` made (then changed for `kind`), its own
/// configuration folder (audit key, anchors), and the built `tdkt`; removed when done.
final class AgreeingWard {
    let folder: String
    let store: String
    let tdkt: String

    /// The council's own award in `.councilLayer`.
    static let councilAward = AwardDefinition(
        code: "thanh-nien-tieu-bieu", name: LocalizedText(vi: "Thanh niên tiêu biểu", en: "Outstanding youth"),
        idCode: "TNTB", nominees: [.person], decidedBy: .commune, kinds: [.chuyenDe], criteria: nil)

    init(_ kind: WardKind) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tdkt-agree-\(kind.rawValue)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/config", withIntermediateDirectories: true)
        store = folder + "/tdkt.sqlite"
        tdkt = try builtTDKT()
        let made = try runCommand([tdkt, "demo", "--store", store], environment: environment)
        try #require(made.status == 0, "\(made.errors)")
        try prepare(kind)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// What both front ends run with: UTF-8, and this folder's configuration.
    var environment: [String: String] { ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "XDG_CONFIG_HOME": folder + "/config"] }

    /// Runs the built `tdkt` on the store.
    func tdkt(_ arguments: [String]) throws -> CommandResult {
        try runCommand([tdkt] + arguments + ["--store", store], environment: environment)
    }

    /// Sets a setting of the store (as the desk's screens do).
    func setSetting(_ key: String, to value: String) throws {
        try openStore().setSetting(key, to: value)
    }

    private func openStore() throws -> Store {
        try Store(path: store, clock: FixedClock(HeadlessDesk.today), actor: Actor(osUser: "test", profile: "setup"), create: false)
    }

    private func prepare(_ kind: WardKind) throws {
        let store = try openStore()
        switch kind {
        case .demo:
            break
        case .councilLayer:
            try store.saveCouncilAward(Self.councilAward)
            try store.saveCouncilCriterion(CouncilCriterion(
                award: "lao-dong-tien-tien",
                criterion: Criterion(id: "hd.blood-donor", text: LocalizedText(vi: "Tham gia hiến máu tình nguyện trong năm", en: "Gave blood in the year"),
                                     basis: "Quy chế Hội đồng TĐKT phường 2026", certainty: .check, appliesTo: [.person],
                                     kinds: [.congTrang], condition: .attested("blood-donor"))))
            let rules = try WardRules.of(store, holidays: nil, today: HeadlessDesk.today)
            let person = try #require(try store.nominees(ofType: .person).first)
            var draft = NominationDraft(year: 2026)
            draft.nominee = .existing(person)
            draft.award = Self.councilAward.code
            draft.kind = .chuyenDe
            let movements = try store.movements()
            draft.movementID = (movements.first { $0.kind == .themed } ?? movements.first)?.id
            _ = try store.save(draft, rulebook: try #require(rules.rulebook(2026)))
        case .provinceApproved:
            let rules = try WardRules.of(store, holidays: nil, today: HeadlessDesk.today)
            _ = try store.recordProvinceApproval(number: "1520/QĐ-UBND", date: CivilDate(year: 2026, month: 11, day: 20)!,
                                                 signer: "Trần Văn Bình", signerTitle: "Phó Chủ tịch UBND tỉnh",
                                                 nominations: ["2026-BKT-0001"], rules: rules)
        case .ownBaseSalary:
            try store.setSetting("money.base-salary", to: "2600000")
        }
    }
}

// MARK: Reading the answers

/// A pending group as a front end shows it: its name, count and nominations.
struct Group: Equatable, CustomStringConvertible {
    var label: String
    var count: Int
    var ids: [String] = []
    var description: String { "\(label) (\(count)): \(ids.joined(separator: ", "))" }
}

/// The parts of `tdkt pending --format json` compared.
struct PendingJSON: Decodable {
    struct Group: Decodable { var group: String; var label: String; var count: Int }
    struct Item: Decodable { var id: String; var group: String; var eligibility: String; var ageWorkingDays: Int?; var deadline: String? }
    var count: Int
    var groups: [Group]
    var pending: [Item]
}

/// RFC 4180 records (quoted cells with commas, doubled quotes, CRLF).
enum CSV {
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], cell = "", quoted = false
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { cell.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    cell.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(cell)
                cell = ""
            } else if c == "\r\n" || c == "\n" {
                record.append(cell)
                records.append(record)
                record = []
                cell = ""
            } else {
                cell.append(c)
            }
        }
        if !cell.isEmpty || !record.isEmpty { records.append(record + [cell]) }
        return records
    }
}

/// Where each of `titles` begins in a table's `header` row, left to right, in characters.
func starts(of titles: [String], in header: String) -> [Int] {
    var from = header.startIndex
    return titles.compactMap { title in
        guard let range = header.range(of: title, range: from..<header.endIndex) else { return nil }
        from = range.upperBound
        return header.distance(from: header.startIndex, to: range.lowerBound)
    }
}

/// The cells of `row` under columns beginning at `starts` (in characters: every character here
/// takes one column), trimmed.
func cells(of row: String, at starts: [Int]) -> [String] {
    let characters = Array(row)
    return starts.indices.map { index in
        let from = min(starts[index], characters.count)
        let to = index + 1 < starts.count ? min(starts[index + 1], characters.count) : characters.count
        return String(characters[from..<to]).trimmingCharacters(in: .whitespaces)
    }
}

/// `text` with every run of white space (line ends too) made one space.
func collapsed(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}

/// "2.530.000" for 2 530 000.
func figures(_ amount: Int) -> String {
    var digits = String(amount), groups: [String] = []
    while digits.count > 3 {
        groups.insert(String(digits.suffix(3)), at: 0)
        digits.removeLast(3)
    }
    return ([digits] + groups).joined(separator: ".")
}

/// The amount in đồng written after `label` in `row` ("Tổng tiền thưởng    2.530.000 đ").
func amount(after label: String, in row: String) -> Int? {
    guard let range = row.range(of: label),
          let match = row[range.upperBound...].firstMatch(of: /\s+([0-9][0-9.]*) đ/) else { return nil }
    return Int(match.1.filter(\.isNumber))
}
