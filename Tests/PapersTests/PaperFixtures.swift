import Commendation

/// The fictional Phường Đầm Hà: every document of a council round, small enough to read.
enum Ward {
    static func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate { CivilDate(year: year, month: month, day: day)! }

    static let lan = NominationLine(name: "Hoàng Thị Lan", nomineeType: .person, detail: "Trưởng phòng Văn hóa – Xã hội",
                                    award: "Lao động tiên tiến", ballot: LineBallot(agree: 14, base: 14), honourRollNumber: "1/2026",
                                    amount: 760_000)
    static let quy = NominationLine(name: "Đặng Văn Quý", nomineeType: .person, detail: "Giáo viên Toán, Trường THCS Đầm Hà",
                                    award: "Chiến sĩ thi đua cơ sở", ballot: LineBallot(agree: 12, base: 14), honourRollNumber: "2/2026",
                                    amount: 2_530_000, note: "Sáng kiến cấp cơ sở năm 2026")

    static let committee = DocumentHeader(parentBody: "Ủy ban nhân dân", issuingBody: "Phường Đầm Hà", numberAndSymbol: "125/QĐ-UBND",
                                          place: "Đầm Hà", date: date(2026, 11, 20))
    static let council = DocumentHeader(parentBody: "UBND phường Đầm Hà", issuingBody: "Hội đồng Thi đua – Khen thưởng",
                                        number: "01", symbol: "TTr-HĐTĐKT", place: "Đầm Hà", date: date(2026, 11, 12))

    static let decision = DecisionDraftInput(
        header: committee, subject: "Về việc tặng danh hiệu Lao động tiên tiến, Chiến sĩ thi đua cơ sở năm 2026",
        authority: "Chủ tịch Ủy ban nhân dân phường Đầm Hà", proposal: "Hội đồng Thi đua – Khen thưởng phường",
        achievement: "đã có thành tích trong phong trào thi đua năm 2026", lines: [lan, quy],
        fundingSource: "Quỹ thi đua, khen thưởng của phường năm 2026", executors: "Chánh Văn phòng HĐND và UBND phường",
        recipients: ["Như Điều 3", "Lưu: VT, VHXH"], signer: .inOwnName(title: "Chủ tịch", name: "Phạm Quang Khải"),
        listTitle: "Danh sách cá nhân được khen thưởng năm 2026", issuerName: "Chủ tịch Ủy ban nhân dân phường Đầm Hà")

    static let submission = SubmissionInput(
        header: council, subject: "Về việc đề nghị khen thưởng năm 2026", addressees: ["Chủ tịch Ủy ban nhân dân phường Đầm Hà"],
        councilMeeting: MeetingReference(council: "Hội đồng Thi đua – Khen thưởng phường Đầm Hà", date: date(2026, 11, 10)),
        submitter: "Hội đồng Thi đua – Khen thưởng phường Đầm Hà", decider: "Chủ tịch Ủy ban nhân dân phường Đầm Hà",
        achievement: "đã có thành tích trong phong trào thi đua năm 2026", lines: [lan, quy],
        recipients: ["Như trên", "Lưu: VT, VHXH"], signer: .onBehalf(of: "Hội đồng", title: "Chủ tịch", name: "Phạm Quang Khải"))

    static let list = NominationListInput(title: "Danh sách đề nghị khen thưởng năm 2026",
                                          attachedTo: "Kèm theo Tờ trình số 01/TTr-HĐTĐKT", lines: [lan, quy])

    static let minutes = MinutesInput(
        header: DocumentHeader(parentBody: "UBND phường Đầm Hà", issuingBody: "Hội đồng Thi đua – Khen thưởng", number: "01",
                               symbol: "BB-HĐTĐKT", place: "Đầm Hà", date: date(2026, 11, 10)),
        subject: "Họp Hội đồng xét khen thưởng năm 2026", date: date(2026, 11, 10), place: "Hội trường UBND phường",
        chair: MinutesPerson(name: "Phạm Quang Khải", title: "Chủ tịch Hội đồng", sex: .male),
        secretary: MinutesPerson(name: "Phạm Thị Thu", title: "Thư ký Hội đồng", sex: .female),
        members: [MinutesAttendee(person: MinutesPerson(name: "Phạm Quang Khải", title: "Chủ tịch Hội đồng", sex: .male), attendance: .present)],
        quorum: MinutesQuorum(text: "1/1 có mặt = 100\u{00A0}%; cần ≥ 80\u{00A0}%", isReached: true), mode: .secret,
        items: [MinutesItem(name: lan.name, award: lan.award, tally: Tally(agree: 1, disagree: 0, abstain: 0),
                            explanation: "1/1 = 100 %", outcome: .recommended)])

    static let posting = PostingListInput(
        header: DocumentHeader(parentBody: "Ủy ban nhân dân", issuingBody: "Phường Đầm Hà", number: nil, symbol: nil, place: "Đầm Hà",
                               date: date(2026, 11, 11)),
        year: 2026, postedFrom: date(2026, 11, 12), postedUntil: date(2026, 11, 21), postedAt: ["Trụ sở UBND phường"],
        commentsTo: "Ủy ban nhân dân phường Đầm Hà",
        households: [PostingHousehold(head: "Nguyễn Văn Toàn", group: "Tổ dân phố 1", memberCount: 4)])

    static let payments = PaymentListInput(decision: decision, preparer: .inOwnName(title: "Người lập danh sách", name: ""))

    /// Every document, with its name.
    static let all: [(name: String, input: any DocumentInput)] = [
        ("to-trinh", submission), ("danh-sach", list), ("bien-ban", minutes), ("quyet-dinh", decision), ("niem-yet", posting),
        ("chi-tien", payments),
    ]
}

/// Small helpers to read OOXML parts as text.
enum XML {
    /// Every element `name` (with its content), in order: `<w:tr>…</w:tr>` or `<w:pgSz …/>`.
    static func elements(_ name: String, in xml: String) -> [String] {
        var out: [String] = []
        var rest = xml[...]
        while let start = rest.range(of: "<\(name)") {
            let after = rest[start.upperBound...]
            guard let first = after.first, first == " " || first == ">" || first == "/" else {
                rest = after
                continue
            }
            guard let close = after.range(of: ">") else { break }
            if after[..<close.lowerBound].hasSuffix("/") {
                out.append(String(rest[start.lowerBound..<close.upperBound]))
                rest = after[close.upperBound...]
                continue
            }
            // Nested elements of the same name (a table in a table) are not needed here.
            guard let end = after.range(of: "</\(name)>") else { break }
            out.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = after[end.upperBound...]
        }
        return out
    }

    /// The value of `attribute` in the first tag of `element`.
    static func attribute(_ attribute: String, of element: String) -> String? {
        guard let tagEnd = element.firstIndex(of: ">") else { return nil }
        let tag = element[..<tagEnd]
        guard let start = tag.range(of: " \(attribute)=\"") else { return nil }
        let rest = tag[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// The text of every `w:t` (runs of a paragraph joined as they are, paragraphs by a
    /// space) or of every `t` (joined by a space).
    static func text(_ xml: String, tag: String = "w:t") -> String {
        // Word's non-breaking hyphen stands between two text elements of a run.
        let xml = xml.replacingOccurrences(of: "</w:t><w:noBreakHyphen/><w:t xml:space=\"preserve\">", with: "-")
        if tag == "w:t" {
            return elements("w:p", in: xml).map { texts($0, tag: tag).joined() }.joined(separator: " ")
        }
        return texts(xml, tag: tag).joined(separator: " ")
    }

    private static func texts(_ xml: String, tag: String) -> [String] {
        elements(tag, in: xml).map { element -> String in
            guard let open = element.firstIndex(of: ">"), let close = element.range(of: "</\(tag)>") else { return "" }
            return String(element[element.index(after: open)..<close.lowerBound])
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
    }
}
