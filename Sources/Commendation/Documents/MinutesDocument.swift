import VietnameseText

extension MinutesInput {
    /// The biên bản as a document tree.
    public var paper: Paper {
        let input = self
        var writer = PaperBuilder()
        writer.header(input.header)
        writer.title("Biên bản", summary: [input.subject])

        writer.paragraph("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", .bold, indent: 0)
        var when = AdministrativeDate.long(input.date)
        if let start = input.start { when = "\(start.text), \(when)" }
        writer.item("1.", "Thời gian: \(when).")
        writer.item("2.", "Địa điểm: \(input.place).")
        writer.item("3.", "Thành phần:")
        writer.item("-", "Chủ trì: \(input.chair.text).", indent: 7)
        writer.item("-", "Thư ký: \(input.secretary.text).", indent: 7)
        let present = input.members.filter { $0.attendance == .present }
        let written = input.members.filter { $0.attendance == .writtenOpinion }
        let absent = input.members.filter { $0.attendance == .absent }
        writer.item("-", "Thành viên Hội đồng: \(input.members.count) người; có mặt \(present.count); vắng mặt có ý kiến "
                    + "bằng văn bản \(written.count); vắng mặt không có ý kiến \(absent.count).", indent: 7)
        MinutesText.attendees(&writer, "a) Có mặt", present)
        MinutesText.attendees(&writer, "b) Vắng mặt, có ý kiến bằng văn bản", written)
        MinutesText.attendees(&writer, "c) Vắng mặt, không có ý kiến", absent)
        writer.paragraph([TextRun("Tỷ lệ thành viên có mặt: "), TextRun(input.quorum.text, .bold),
                          TextRun(input.quorum.isReached ? " — đủ điều kiện xét khen thưởng."
                                  : " — không đủ điều kiện xét khen thưởng; Hội đồng không biểu quyết.")])
        writer.gap()

        writer.paragraph("II. NỘI DUNG", .bold, indent: 0)
        let mode = input.mode == .secret ? "bỏ phiếu kín" : "biểu quyết công khai (giơ tay)"
        writer.paragraph("Hội đồng xem xét \(input.items.count) hồ sơ đề nghị khen thưởng; hình thức biểu quyết: \(mode). "
                         + "Thành viên vắng mặt có ý kiến bằng văn bản được tính vào kết quả biểu quyết.")
        for (offset, item) in input.items.enumerated() {
            MinutesText.item(&writer, number: offset + 1, item, secret: input.mode == .secret)
        }
        writer.gap()

        writer.paragraph("III. KẾT LUẬN", .bold, indent: 0)
        MinutesText.conclusion(&writer, input.items)
        for paragraph in input.conclusion where !paragraph.isEmpty { writer.paragraph(paragraph) }
        var closing = "Cuộc họp kết thúc"
        if let end = input.end { closing += " vào hồi \(end.text) cùng ngày" }
        writer.paragraph(closing + "; biên bản đã được thông qua trước Hội đồng và các thành viên dự họp nhất trí./.")
        writer.signatures(left: DocumentSigner(authority: ["Thư ký"], name: input.secretary.name),
                          right: DocumentSigner(authority: [input.chairSignsAs], name: input.chair.name))
        return writer.paper("Biên bản")
    }
}

/// The parts of the minutes.
enum MinutesText {
    /// A group of attendees: its heading with the count, then one numbered line each.
    static func attendees(_ writer: inout PaperBuilder, _ heading: String, _ people: [MinutesAttendee]) {
        guard !people.isEmpty else {
            writer.paragraph("\(heading): không.", indent: 7)
            return
        }
        writer.paragraph("\(heading) (\(people.count) người):", indent: 7)
        for (offset, attendee) in people.enumerated() {
            writer.item("\(offset + 1).", attendee.person.text + (offset == people.count - 1 ? "." : ";"), indent: 9)
        }
    }

    /// "Đề nghị", "Không đề nghị", "Chưa biểu quyết".
    static func outcome(_ outcome: MinutesItem.Outcome) -> String {
        switch outcome {
        case .recommended: return "Đề nghị"
        case .notRecommended: return "Không đề nghị"
        case .notVoted: return "Chưa biểu quyết"
        }
    }

    /// One nomination: name and award, votes, recusals, outcome.
    static func item(_ writer: inout PaperBuilder, number: Int, _ item: MinutesItem, secret: Bool) {
        var heading = [TextRun("\(number). \(item.name)", .bold)]
        if !item.detail.isEmpty { heading.append(TextRun(" – \(item.detail)")) }
        heading.append(TextRun(": đề nghị danh hiệu, hình thức “\(item.award)”."))
        writer.paragraph(heading)
        if let tally = item.tally {
            var votes = (secret ? "Kết quả bỏ phiếu: " : "Kết quả biểu quyết: ")
                + "đồng ý \(tally.agree), không đồng ý \(tally.disagree), không biểu quyết \(tally.abstain)"
            if !item.explanation.isEmpty { votes += " (\(item.explanation))" }
            writer.item("-", votes + ".", indent: 7)
        } else {
            writer.item("-", "Chưa biểu quyết.", indent: 7)
        }
        if !item.recusals.isEmpty {
            let names = item.recusals.map { "\($0.name) (\($0.reason))" }.joined(separator: "; ")
            writer.item("-", "Không tham gia biểu quyết: \(names).", indent: 7)
        }
        if item.outcome != .notVoted {
            writer.item("-", [TextRun("Kết luận: "), TextRun(outcome(item.outcome) + ".", .bold)], indent: 7)
        }
    }

    /// The names of `items` grouped by award, in the order awards first appear:
    /// "Lao động tiên tiến: Nguyễn Thị Hồng Nhung".
    static func byAward(_ items: [MinutesItem]) -> [String] {
        var order: [String] = []
        var names: [String: [String]] = [:]
        for item in items {
            if names[item.award] == nil { order.append(item.award) }
            names[item.award, default: []].append(item.name)
        }
        return order.map { "\($0): " + (names[$0] ?? []).joined(separator: ", ") }
    }

    /// What the council recommends and does not.
    static func conclusion(_ writer: inout PaperBuilder, _ items: [MinutesItem]) {
        let groups: [(String, MinutesItem.Outcome)] = [
            ("Hội đồng thống nhất đề nghị khen thưởng:", .recommended),
            ("Không đề nghị:", .notRecommended),
            ("Chưa biểu quyết:", .notVoted),
        ]
        for (heading, outcome) in groups {
            let lines = byAward(items.filter { $0.outcome == outcome })
            guard !lines.isEmpty else { continue }
            writer.paragraph(heading)
            for (offset, line) in lines.enumerated() {
                writer.item("-", line + (offset == lines.count - 1 ? "." : ";"), indent: 7)
            }
        }
    }

    /// The ballot results as CSV.
    static func csv(_ items: [MinutesItem]) -> String {
        let header = ["STT", NominationTables.nameHeader, NominationTables.awardHeader, "Đồng ý", "Không đồng ý",
                      "Không biểu quyết", "Cách tính", "Kết quả", "Không tham gia biểu quyết"]
        let records = items.enumerated().map { offset, item -> [String] in
            ["\(offset + 1)", item.name, item.award,
             item.tally.map { "\($0.agree)" } ?? "", item.tally.map { "\($0.disagree)" } ?? "",
             item.tally.map { "\($0.abstain)" } ?? "", item.explanation, outcome(item.outcome),
             item.recusals.map { "\($0.name) (\($0.reason))" }.joined(separator: "; ")]
        }
        return CSVText.document([header] + records)
    }
}
