import VietnameseText

/// The figures a commune sends upward each year (by 15 December): the emulation movements it
/// ran, by scope, duration and method (Biểu 0601.N), and the commendations it granted, by
/// title or form, by nominee (collectives, households, persons, of which women) and by kind
/// (Biểu 0603.N, its columns the commune's own titles and forms).
public struct YearlyReportInput: Sendable, Hashable {
    /// One commendation granted in the period.
    public struct Granted: Sendable, Hashable {
        /// The award's code and name.
        public var award: String
        public var awardName: String
        /// Công trạng, chuyên đề, đột xuất.
        public var kind: AwardKind
        /// Who received it.
        public var nomineeType: NomineeType
        /// Whether the person is a woman (persons only).
        public var female: Bool

        /// A commendation.
        public init(award: String, awardName: String, kind: AwardKind, nomineeType: NomineeType, female: Bool) {
            self.award = award
            self.awardName = awardName.nfc
            self.kind = kind
            self.nomineeType = nomineeType
            self.female = female
        }
    }

    /// The report's year.
    public var year: Int
    /// The forms followed.
    public var forms: StatisticsForms
    /// "Ủy ban nhân dân phường Đầm Hà".
    public var reportingUnit: String
    /// "Sở Nội vụ tỉnh Quảng Ninh".
    public var receivingUnit: String
    /// The movements running in the year.
    public var movements: [Movement]
    /// The commune's titles and forms, in the rulebook's order: the columns of the awards form.
    public var awards: [(code: String, name: String)]
    /// The commendations of the commune's decisions dated in the period.
    public var granted: [Granted]
    /// Place and date line above the signer ("Đầm Hà, ngày … tháng … năm 2026").
    public var dateLine: String
    /// Who signs for the unit.
    public var signer: DocumentSigner

    /// A report.
    public init(year: Int, forms: StatisticsForms, reportingUnit: String, receivingUnit: String, movements: [Movement],
                awards: [(code: String, name: String)], granted: [Granted], dateLine: String, signer: DocumentSigner) {
        self.year = year
        self.forms = forms
        self.reportingUnit = reportingUnit.nfc
        self.receivingUnit = receivingUnit.nfc
        self.movements = movements
        self.awards = awards
        self.granted = granted
        self.dateLine = dateLine.nfc
        self.signer = signer
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.year == b.year && a.forms == b.forms && a.reportingUnit == b.reportingUnit && a.receivingUnit == b.receivingUnit
            && a.movements == b.movements && a.awards.map(\.code) == b.awards.map(\.code) && a.granted == b.granted
            && a.dateLine == b.dateLine && a.signer == b.signer
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(year)
        hasher.combine(granted)
        hasher.combine(movements)
    }

    // MARK: Figures

    /// The rows of the movements form: label, code, and the count in each column (total,
    /// central level, ministry or province level, the unit itself). A commune's own movements
    /// count in the last column; their scope is the locality ("địa phương", row 03).
    public var movementRows: [(label: String, code: String, counts: [Int])] {
        func row(_ label: String, _ code: String, _ count: Int) -> (String, String, [Int]) { (label, code, [count, 0, 0, count]) }
        let all = movements
        func lasting(_ test: (Int) -> Bool) -> Int {
            all.filter { movement in
                guard let from = movement.from, let to = movement.to else { return false }
                return test(to - from + 1)
            }.count
        }
        return [
            row("Tổng số", "01", all.count),
            ("1. Chia theo phạm vi tổ chức thi đua", "", []),
            row("- Toàn quốc", "02", 0),
            row("- Bộ, ban, ngành, đoàn thể, địa phương", "03", all.count),
            row("- Cụm, khối thi đua do Hội đồng Thi đua – Khen thưởng các cấp tổ chức", "04", 0),
            row("- Cơ quan, tổ chức, đơn vị", "05", 0),
            ("2. Chia theo thời hạn thi đua", "", []),
            row("- Dưới 1 năm", "06", 0),
            row("- 1 năm", "07", lasting { $0 == 1 }),
            row("- Từ 1 năm đến dưới 3 năm", "08", lasting { $0 == 2 }),
            row("- Từ 3 năm đến dưới 5 năm", "09", lasting { $0 == 3 || $0 == 4 }),
            row("- Từ 5 năm trở lên", "10", lasting { $0 >= 5 }),
            ("3. Chia theo phương thức tổ chức phong trào thi đua", "", []),
            row("- Thi đua theo chuyên đề", "11", all.filter { $0.kind == .themed }.count),
            row("- Thi đua thường xuyên hằng năm", "12", all.filter { $0.kind == .yearly }.count),
        ]
    }

    /// The rows of the awards form: label, code, unit, and the count in each column (total,
    /// then each of the commune's titles and forms).
    public var awardRows: [(label: String, code: String, unit: String, counts: [Int])] {
        func counts(_ test: (Granted) -> Bool) -> [Int] {
            let chosen = granted.filter(test)
            return [chosen.count] + awards.map { award in chosen.filter { $0.award == award.code }.count }
        }
        return [
            ("Tổng số", "01", "", counts { _ in true }),
            ("1. Chia theo đối tượng khen thưởng", "", "", []),
            ("- Tập thể (kể cả thôn, tổ dân phố)", "02", "Tập thể", counts { $0.nomineeType == .collective || $0.nomineeType == .residentialGroup }),
            ("- Hộ gia đình", "03", "Hộ", counts { $0.nomineeType == .household }),
            ("- Cá nhân", "04", "Người", counts { $0.nomineeType == .person }),
            ("  Trong đó: nữ", "05", "Người", counts { $0.nomineeType == .person && $0.female }),
            ("2. Chia theo phương thức khen thưởng", "", "", []),
            ("- Thường xuyên (công trạng)", "06", "", counts { $0.kind == .congTrang }),
            ("- Chuyên đề", "07", "", counts { $0.kind == .chuyenDe }),
            ("- Đột xuất", "08", "", counts { $0.kind == .dotXuat }),
        ]
    }

    // MARK: Papers

    /// The two forms, each as a document tree (a worksheet each in Excel).
    public var papers: [Paper] { [movementsPaper, awardsPaper] }

    private func head(_ builder: inout PaperBuilder, form: String, title: String) {
        let period = forms.period(of: year)
        builder.columns(left: [TextRun("Biểu số: \(form)", .bold), TextRun("Ban hành theo \(forms.circular)", .italic),
                               TextRun("Ngày nhận báo cáo: \(forms.receiveDay)", .italic)],
                        right: [TextRun("Đơn vị báo cáo: \(reportingUnit)"), TextRun("Đơn vị nhận báo cáo: \(receivingUnit)"),
                                TextRun("")])
        builder.gap()
        builder.centered(PaperBuilder.capitals(title), .bold)
        builder.centered("Năm \(year) (từ ngày \(period.lowerBound.vietnamese) đến ngày \(period.upperBound.vietnamese))", .italic)
        builder.gap()
    }

    private func foot(_ builder: inout PaperBuilder) {
        builder.gap()
        builder.columns(left: [TextRun("")], right: [TextRun(dateLine, .italic)])
        builder.signatures(left: DocumentSigner(authority: ["Người lập biểu"], name: ""), right: signer)
    }

    /// Biểu 0601.N: the movements.
    public var movementsPaper: Paper {
        var builder = PaperBuilder()
        head(&builder, form: forms.movementsForm, title: forms.movementsTitle)
        let columns = [PaperTable.Column("Chỉ tiêu", minWidth: 40), PaperTable.Column("Mã số", .center, minWidth: 5),
                       PaperTable.Column("Tổng số", .right, minWidth: 7), PaperTable.Column("Cấp Trung ương", .right, minWidth: 10),
                       PaperTable.Column("Cấp bộ, ngành, tỉnh", .right, minWidth: 10),
                       PaperTable.Column("Cơ quan, tổ chức, đơn vị", .right, minWidth: 10)]
        let groups = [PaperTable.Group("", span: 1), PaperTable.Group("", span: 1), PaperTable.Group("", span: 1),
                      PaperTable.Group("Chia theo cấp chủ trì phát động thi đua", span: 3)]
        let rows = movementRows.map { row in
            PaperTable.Row([PaperCell(row.label), PaperCell(row.code)] + row.counts.map(PaperCell.number),
                           emphasized: row.code.isEmpty || row.code == "01")
        }
        builder.table(PaperTable(columns: columns, groups: groups, rows: rows))
        foot(&builder)
        return builder.paper("Biểu 0601.N")
    }

    /// Biểu 0603.N for the commune's titles and forms: the commendations.
    public var awardsPaper: Paper {
        var builder = PaperBuilder()
        head(&builder, form: forms.awardsForm, title: forms.awardsTitle)
        var columns = [PaperTable.Column("Chỉ tiêu", minWidth: 30), PaperTable.Column("Mã số", .center, minWidth: 5),
                       PaperTable.Column("Đơn vị tính", .center, minWidth: 7), PaperTable.Column("Tổng số", .right, minWidth: 7)]
        columns += awards.map { PaperTable.Column($0.name, .right, minWidth: 9) }
        let groups = [PaperTable.Group("", span: 1), PaperTable.Group("", span: 1), PaperTable.Group("", span: 1),
                      PaperTable.Group("", span: 1)] + (awards.isEmpty ? [] : [PaperTable.Group("Chia ra", span: awards.count)])
        let rows = awardRows.map { row in
            PaperTable.Row([PaperCell(row.label), PaperCell(row.code), PaperCell(row.unit)]
                           + (row.counts.isEmpty ? Array(repeating: PaperCell(""), count: awards.count + 1) : row.counts.map(PaperCell.number)),
                           emphasized: row.code.isEmpty || row.code == "01")
        }
        builder.table(PaperTable(columns: columns, groups: groups, rows: rows))
        foot(&builder)
        return builder.paper("Biểu 0603.N")
    }
}
