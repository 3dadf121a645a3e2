import Commendation

/// A fictional ward: Phường Đầm Hà (Quảng Ninh), its council of 14 members, session
/// PH-2026-01 on 10/11/2026 (12 present, 2 written opinions, secret ballot), three nominations
/// and decision 125/QĐ-UBND.
enum DamHa {
    static let sessionDay = Ward.date(2026, 11, 10)
    static let submissionDay = Ward.date(2026, 11, 12)
    static let decisionDay = Ward.date(2026, 11, 20)

    static let councilHeader = DocumentHeader(parentBody: "UBND phường Đầm Hà", issuingBody: "Hội đồng Thi đua – Khen thưởng",
                                              number: "01", symbol: "BB-HĐTĐKT", place: "Đầm Hà", date: sessionDay)

    static let chair = MinutesPerson(name: "Nguyễn Văn Hải", title: "Chủ tịch UBND phường, Chủ tịch Hội đồng", sex: .male)
    static let secretary = MinutesPerson(name: "Phạm Thị Thu", title: "Công chức Văn hóa – Xã hội, Thư ký Hội đồng",
                                         sex: .female)

    /// The 14 members: 1–12 present, 13–14 absent with a written opinion.
    static let members: [MinutesAttendee] = {
        let people: [(String, Sex, String)] = [
            ("Nguyễn Văn Hải", .male, "Chủ tịch UBND phường, Chủ tịch Hội đồng"),
            ("Lê Thị Thu Hà", .female, "Phó Chủ tịch UBND phường, Phó Chủ tịch Hội đồng"),
            ("Hoàng Văn Dũng", .male, "Chủ tịch Ủy ban MTTQ Việt Nam phường, Phó Chủ tịch Hội đồng"),
            ("Phạm Thị Thu", .female, "Công chức Văn hóa – Xã hội, Thư ký Hội đồng"),
            ("Trần Quốc Khánh", .male, "Chánh Văn phòng HĐND và UBND phường, Ủy viên"),
            ("Vũ Thị Lan", .female, "Chủ tịch Hội Liên hiệp Phụ nữ phường, Ủy viên"),
            ("Đặng Văn Tùng", .male, "Bí thư Đoàn Thanh niên phường, Ủy viên"),
            ("Bùi Văn Sơn", .male, "Chủ tịch Hội Cựu chiến binh phường, Ủy viên"),
            ("Ngô Thị Hoa", .female, "Chủ tịch Công đoàn cơ sở phường, Ủy viên"),
            ("Đỗ Văn Minh", .male, "Trưởng Công an phường, Ủy viên"),
            ("Lý Văn Thắng", .male, "Chỉ huy trưởng Ban Chỉ huy quân sự phường, Ủy viên"),
            ("Phan Thị Ngọc", .female, "Trưởng phòng Kinh tế, Hạ tầng và Đô thị, Ủy viên"),
            ("Trịnh Văn Khải", .male, "Trưởng phòng Văn hóa – Xã hội, Ủy viên"),
            ("Mai Thị Hằng", .female, "Hiệu trưởng Trường THCS Đầm Hà, Ủy viên"),
        ]
        return people.enumerated().map { offset, person in
            MinutesAttendee(person: MinutesPerson(name: person.0, title: person.2, sex: person.1),
                            attendance: offset < 12 ? .present : .writtenOpinion)
        }
    }()

    static let nhung = NominationLine(
        name: "Nguyễn Thị Hồng Nhung", nomineeType: .person, detail: "Công chức Văn phòng – Thống kê, UBND phường",
        award: "Lao động tiên tiến", ballot: LineBallot(agree: 14, base: 14), honourRollNumber: "15/2026", amount: 710_000)
    static let binh = NominationLine(
        name: "Trần Văn Bình", nomineeType: .person, detail: "Công chức Tài chính – Kế toán, UBND phường",
        award: "Chiến sĩ thi đua cơ sở", ballot: LineBallot(agree: 12, base: 14), honourRollNumber: "16/2026",
        amount: 2_340_000, note: "Sáng kiến cấp cơ sở năm 2026")
    static let mai = NominationLine(
        name: "Lê Thị Mai", nomineeType: .person, detail: "Tổ trưởng Tổ dân phố 5",
        award: "Bằng khen của Chủ tịch UBND tỉnh", ballot: LineBallot(agree: 11, base: 13),
        note: "CSTĐCS năm 2025 và 2026")

    static let minutes = MinutesInput(
        header: councilHeader,
        subject: "Họp Hội đồng Thi đua – Khen thưởng phường xét khen thưởng năm 2026 (phiên PH-2026-01)",
        date: sessionDay, start: TimeOfDay(hour: 14, minute: 0), end: TimeOfDay(hour: 16, minute: 30),
        place: "Hội trường Ủy ban nhân dân phường Đầm Hà", chair: chair, secretary: secretary, members: members,
        quorum: MinutesQuorum(text: "12/14 có mặt = 85,7 %; cần ≥ 80 %", isReached: true), mode: .secret,
        items: [
            MinutesItem(name: nhung.name, detail: nhung.detail, award: nhung.award,
                        tally: Tally(agree: 14, disagree: 0, abstain: 0), explanation: "14/14 = 100 %; cần > 50 %",
                        outcome: .recommended),
            MinutesItem(name: binh.name, detail: binh.detail, award: binh.award,
                        tally: Tally(agree: 12, disagree: 1, abstain: 1), explanation: "12/14 = 85,7 %; cần ≥ 80 %",
                        outcome: .recommended),
            MinutesItem(name: mai.name, detail: mai.detail, award: mai.award,
                        tally: Tally(agree: 11, disagree: 1, abstain: 1), explanation: "11/13 = 84,6 %; cần ≥ 80 %",
                        outcome: .recommended,
                        recusals: [MinutesRecusal(name: "Ông Đỗ Văn Minh", conflict: .sameHousehold(householdID: "H-0031"))]),
        ],
        conclusion: ["Giao Thư ký Hội đồng hoàn thiện hồ sơ, trình Chủ tịch Ủy ban nhân dân phường quyết định khen thưởng "
                     + "theo thẩm quyền và đề nghị cấp trên khen thưởng theo quy định."])

    static let submission = SubmissionInput(
        header: DocumentHeader(parentBody: "UBND phường Đầm Hà", issuingBody: "Hội đồng Thi đua – Khen thưởng",
                               number: "01", symbol: "TTr-HĐTĐKT", place: "Đầm Hà", date: submissionDay),
        subject: "Về việc đề nghị khen thưởng năm 2026",
        addressees: ["Chủ tịch Ủy ban nhân dân phường Đầm Hà"],
        councilMeeting: MeetingReference(council: "Hội đồng Thi đua – Khen thưởng phường Đầm Hà", date: sessionDay),
        submitter: "Hội đồng Thi đua – Khen thưởng phường Đầm Hà",
        decider: "Chủ tịch Ủy ban nhân dân phường Đầm Hà",
        achievement: "đã có thành tích trong phong trào thi đua năm 2026",
        lines: [nhung, binh, mai],
        recipients: ["Như trên", "Thành viên Hội đồng", "Lưu: VT, VHXH"],
        signer: .deputy(of: "Chủ tịch Hội đồng", title: "Phó Chủ tịch Hội đồng", name: "Lê Thị Thu Hà"))

    static let nominationList = NominationListInput(
        title: "Danh sách đề nghị khen thưởng năm 2026",
        attachedTo: "Kèm theo Tờ trình số 01/TTr-HĐTĐKT ngày 12 tháng 11 năm 2026 của Hội đồng Thi đua – Khen thưởng phường Đầm Hà",
        lines: [nhung, binh, mai])

    static let wardHeader = DocumentHeader(parentBody: "Ủy ban nhân dân", issuingBody: "Phường Đầm Hà",
                                           numberAndSymbol: "125/QĐ-UBND", place: "Đầm Hà", date: decisionDay)

    static let decision = DecisionDraftInput(
        header: wardHeader,
        subject: "Về việc tặng danh hiệu Lao động tiên tiến, Chiến sĩ thi đua cơ sở năm 2026",
        authority: "Chủ tịch Ủy ban nhân dân phường Đầm Hà",
        proposal: "Hội đồng Thi đua – Khen thưởng phường tại Tờ trình số 01/TTr-HĐTĐKT ngày 12 tháng 11 năm 2026",
        achievement: "đã có thành tích trong phong trào thi đua năm 2026",
        lines: [nhung, binh],
        fundingSource: "Quỹ thi đua, khen thưởng của phường năm 2026",
        executors: "Chánh Văn phòng HĐND và UBND phường, Trưởng phòng Văn hóa – Xã hội, Thủ trưởng các cơ quan, đơn vị liên quan",
        recipients: ["Như Điều 3", "TT Đảng ủy, HĐND phường", "Chủ tịch, các PCT UBND phường", "Lưu: VT, VHXH"],
        signer: .inOwnName(title: "Chủ tịch", name: "Nguyễn Văn Hải"),
        listTitle: "Danh sách cá nhân được khen thưởng năm 2026",
        issuerName: "Chủ tịch Ủy ban nhân dân phường Đầm Hà")

    static let posting = PostingListInput(
        header: DocumentHeader(parentBody: "Ủy ban nhân dân", issuingBody: "Phường Đầm Hà", number: nil, symbol: nil,
                               place: "Đầm Hà", date: Ward.date(2026, 11, 11)),
        year: 2026, postedFrom: submissionDay, postedUntil: Ward.date(2026, 11, 21),
        postedAt: ["Trụ sở Ủy ban nhân dân phường Đầm Hà", "Nhà văn hóa các tổ dân phố"],
        commentsTo: "Ủy ban nhân dân phường Đầm Hà (qua công chức Văn hóa – Xã hội)",
        households: [
            PostingHousehold(head: "Nguyễn Văn Toàn", group: "Tổ dân phố 1", memberCount: 4),
            PostingHousehold(head: "Hoàng Thị Nga", group: "Tổ dân phố 1", memberCount: 3),
            PostingHousehold(head: "Đinh Văn Quý", group: "Tổ dân phố 2", memberCount: 5),
            PostingHousehold(head: "Lương Thị Hiền", group: "Tổ dân phố 3", memberCount: 6, note: "Ba năm liền"),
            PostingHousehold(head: "Bàn Văn Sáng", group: "Tổ dân phố 5", memberCount: 4),
        ],
        signer: .onBehalf(of: "Ủy ban nhân dân", title: "Chủ tịch", name: "Nguyễn Văn Hải"))
}
