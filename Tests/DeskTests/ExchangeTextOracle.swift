import Commendation
import CommendationStore
import Foundation
import VietnameseText
@testable import WardServices

/// The exchange-format export made whole, as it was before it streamed: the oracle the
/// streamed `ExportService.writeExchange` is compared with, and a quick way to a file.
extension ExportService {
    /// `rows` in the exchange format, with the units, groups and movements they name, as the
    /// text of a file: controls escaped for JSON, a line end at the end.
    static func exchangeText(_ rows: [ExportRow], store: Store) throws -> String {
        let data = try ExchangeFormat.write(rows.enumerated().map { $1.exchange(index: $0) }, references: store.exchangeReferences(for: rows))
        return TerminalText.escaped(String(decoding: data, as: UTF8.self), style: .json) + "\n"
    }
}
