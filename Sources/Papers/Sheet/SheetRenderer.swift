import Commendation
import Foundation
import VietnameseText

/// Writes documents as an Excel workbook (.xlsx), one worksheet each: the header and title
/// rows merged across the table's width, the table with its header row frozen and filter
/// buttons, columns as wide as their content, numbers, money and dates as values shown the
/// Vietnamese way (2.340.000, 20/11/2026), total rows in bold, the signer under it; printed on
/// A4, fitted to the page's width, the table's header repeated on every page.
public enum SheetRenderer {
    /// The .xlsx file's bytes: one worksheet per paper.
    public static func workbook(_ papers: [Paper]) throws -> Data {
        try WorkbookWriter.data(papers.map(worksheet))
    }

    /// Text points for the body and the titles.
    static let bodySize = 12.0, titleSize = 13.0
    /// The height of a line of 12-point text, in points.
    static let lineHeight = 16.0

    /// The worksheet of `paper`.
    static func worksheet(_ paper: Paper) -> Worksheet {
        var sheet = Worksheet(name: paper.name)
        let widest = paper.tables.max { $0.columns.count < $1.columns.count }
        let widths: [Double] = widest.map { ColumnFit.characters($0).map { Double($0) * 1.15 + 2 } } ?? [8, 30, 30, 30]
        sheet.columnWidths = widths
        let columns = widths.count
        let total = widths.reduce(0, +)
        // The header's left half: the columns that fit in two fifths of the width.
        var leftSpan = 0, running = 0.0
        while leftSpan < columns - 1, running + widths[leftSpan] <= total * 0.4 || leftSpan == 0 {
            running += widths[leftSpan]
            leftSpan += 1
        }
        sheet.landscape = total > 110 || paper.blocks.contains { $0 == .newPage(.landscape) }
        var row = 0
        var tableDone = false

        func put(_ runs: [TextRun], _ style: CellStyle, from left: Int, to right: Int) {
            sheet.put(.text(runs), row: row, column: left, style: style)
            sheet.merge(Worksheet.Range(top: row, left: left, bottom: row, right: right))
        }
        func lines(_ text: String, in characters: Double) -> Int {
            max(1, Int((Double(text.displayWidth) * 1.05 / max(1, characters - 1)).rounded(.up)))
        }
        func sides(_ left: [[TextRun]], _ right: [[TextRun]], leftSpan: Int) {
            for index in 0..<max(left.count, right.count) {
                if index < left.count, !left[index].isEmpty {
                    let style = CellStyle(bold: left[index].allSatisfy { $0.style.isBold }, italic: left[index].allSatisfy { $0.style.isItalic },
                                          horizontal: .center)
                    put(left[index], style, from: 0, to: leftSpan - 1)
                }
                if index < right.count, !right[index].isEmpty {
                    let style = CellStyle(bold: right[index].allSatisfy { $0.style.isBold }, italic: right[index].allSatisfy { $0.style.isItalic },
                                          horizontal: .center)
                    put(right[index], style, from: leftSpan, to: columns - 1)
                }
                row += 1
            }
        }

        for block in paper.blocks {
            switch block {
            case .header(let header):
                sides([[TextRun(header.parentBody)], [TextRun(header.issuingBody, .bold)], [TextRun(header.numberLine ?? "")]],
                      [[TextRun(header.nationalTitle, .bold)], [TextRun(header.motto, .bold)], [TextRun(header.dateLine, .italic)]],
                      leftSpan: leftSpan)
            case .title(let type, let summary):
                put([TextRun(type, .bold)], CellStyle(bold: true, size: titleSize, horizontal: .center), from: 0, to: columns - 1)
                row += 1
                for line in summary {
                    put([TextRun(line, .bold)], CellStyle(bold: true, horizontal: .center), from: 0, to: columns - 1)
                    row += 1
                }
            case .paragraph(let paragraph):
                let centered = paragraph.alignment == .centered
                let bold = paragraph.runs.allSatisfy { $0.style.isBold }, italic = paragraph.runs.allSatisfy { $0.style.isItalic }
                put(paragraph.runs, CellStyle(bold: bold, italic: italic, size: centered && bold ? titleSize : bodySize,
                                             horizontal: centered ? .center : .left, wrap: true), from: 0, to: columns - 1)
                let count = lines(paragraph.text, in: total)
                if count > 1 { sheet.rowHeights[row] = Double(count) * lineHeight }
                row += 1
            case .item(let item):
                put([TextRun(item.marker + " ")] + item.runs, CellStyle(horizontal: .left, wrap: true), from: 0, to: columns - 1)
                let count = lines(item.text, in: total)
                if count > 1 { sheet.rowHeights[row] = Double(count) * lineHeight }
                row += 1
            case .table(let table):
                row = self.table(table, into: &sheet, at: row, widths: widths, filtered: !tableDone)
                tableDone = true
            case .closing(let closing):
                let left = closing.recipients.isEmpty ? [] : [[TextRun(closing.recipientsLabel, .boldItalic)]]
                    + closing.recipients.map { [TextRun($0)] }
                row += 1
                sides(left, closing.signer.map(signatureLines) ?? [], leftSpan: leftSpan)
            case .signatures(let left, let right):
                row += 1
                sides(signatureLines(left), signatureLines(right), leftSpan: leftSpan)
            case .columns(let left, let right):
                let leftWidth = widths[0..<leftSpan].reduce(0, +), rightWidth = total - leftWidth
                for index in 0..<max(left.count, right.count) {
                    var count = 1
                    if index < left.count {
                        put([left[index]], CellStyle(bold: left[index].style.isBold, italic: left[index].style.isItalic, horizontal: .left,
                                                     wrap: true), from: 0, to: leftSpan - 1)
                        count = max(count, lines(left[index].text, in: leftWidth))
                    }
                    if index < right.count {
                        put([right[index]], CellStyle(bold: right[index].style.isBold, italic: right[index].style.isItalic,
                                                      horizontal: .center, wrap: true), from: leftSpan, to: columns - 1)
                        count = max(count, lines(right[index].text, in: rightWidth))
                    }
                    if count > 1 { sheet.rowHeights[row] = Double(count) * lineHeight }
                    row += 1
                }
            case .space:
                row += 1
            case .newPage:
                break
            }
        }
        return sheet
    }

    /// The authority lines, three empty rows to sign in, the name.
    private static func signatureLines(_ signer: DocumentSigner) -> [[TextRun]] {
        signer.authority.map { [TextRun($0, .bold)] } + [[], [], []] + [[TextRun(signer.name, .bold)]]
    }

    /// Writes `table` from `top`: its header (two rows with group headings), its rows; the
    /// first table of a sheet gets the frozen header and the filter. Returns the next row.
    private static func table(_ table: PaperTable, into sheet: inout Worksheet, at top: Int, widths: [Double], filtered: Bool) -> Int {
        var row = top
        let header = CellStyle(bold: true, horizontal: .center, wrap: true, border: true, shaded: true)
        let grouped = !table.groups.isEmpty && table.groups.map(\.span).reduce(0, +) == table.columns.count
        if grouped {
            var column = 0
            for group in table.groups {
                let span = max(1, group.span)
                if span == 1 {
                    let text = group.title.isEmpty ? table.columns[column].header : group.title
                    sheet.put(.text([TextRun(text)]), row: row, column: column, style: header)
                    sheet.merge(Worksheet.Range(top: row, left: column, bottom: row + 1, right: column))
                } else {
                    sheet.put(.text([TextRun(group.title)]), row: row, column: column, style: header)
                    sheet.merge(Worksheet.Range(top: row, left: column, bottom: row, right: column + span - 1))
                    for index in column..<column + span {
                        sheet.put(.text([TextRun(table.columns[index].header)]), row: row + 1, column: index, style: header)
                    }
                }
                column += span
            }
            row += 2
        } else {
            for (index, column) in table.columns.enumerated() {
                sheet.put(.text([TextRun(column.header)]), row: row, column: index, style: header)
            }
            row += 1
        }
        let headerLines = table.columns.indices.map { index in
            lineCount(table.columns[index].header, width: index < widths.count ? widths[index] : 10)
        }.max() ?? 1
        if headerLines > 1 { sheet.rowHeights[row - 1] = Double(headerLines) * lineHeight }
        let firstData = row
        var lastData = row - 1
        for entry in table.rows {
            var height = 1
            for index in table.columns.indices {
                let cell = index < entry.cells.count ? entry.cells[index] : PaperCell("")
                var style = CellStyle(bold: entry.emphasized, wrap: true, border: true)
                switch table.columns[index].alignment {
                case .left: style.horizontal = .left
                case .center: style.horizontal = .center
                case .right: style.horizontal = .right
                }
                switch cell.value {
                case .number(let number)?:
                    style.numberFormat = .integer
                    sheet.put(.number(Double(number)), row: row, column: index, style: style)
                case .money(let amount)?:
                    style.numberFormat = .money
                    style.horizontal = .right
                    sheet.put(.number(Double(amount)), row: row, column: index, style: style)
                case .decimal(let value)?:
                    style.numberFormat = .decimal
                    sheet.put(.number(value), row: row, column: index, style: style)
                case .date(let date)?:
                    style.numberFormat = .date
                    style.horizontal = .center
                    sheet.put(.number(Double(date.dayNumber + 25_569)), row: row, column: index, style: style)
                case nil:
                    sheet.put(.text([TextRun(cell.text, entry.emphasized ? .bold : .normal)]), row: row, column: index, style: style)
                    height = max(height, lineCount(cell.text, width: index < widths.count ? widths[index] : 10))
                }
            }
            if height > 1 { sheet.rowHeights[row] = Double(height) * lineHeight }
            if !entry.emphasized { lastData = row }
            row += 1
        }
        if filtered {
            let headerRow = firstData - 1
            sheet.frozenRows = firstData
            sheet.printTitles = (grouped ? headerRow - 1 : headerRow)...headerRow
            sheet.autoFilter = Worksheet.Range(top: headerRow, left: 0, bottom: max(headerRow, lastData), right: table.columns.count - 1)
        }
        return row
    }

    /// How many lines `text` takes in a column `width` characters wide.
    private static func lineCount(_ text: String, width: Double) -> Int {
        guard !text.isEmpty else { return 1 }
        let room = max(1, width - 1.5)
        var lines = 1, current = 0.0
        for word in text.split(separator: " ") {
            let length = Double(String(word).displayWidth) * 1.05
            if current > 0, current + 1 + length > room {
                lines += 1
                current = length
            } else {
                current += (current > 0 ? 1 : 0) + length
            }
            while current > room {
                lines += 1
                current -= room
            }
        }
        return lines
    }
}
