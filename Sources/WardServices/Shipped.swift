import Commendation
import CommendationStore
import Foundation
import TdktResources
import VietnameseText

/// What tdkt ships in `Resources/data`, each file decoded once per process (the rulebooks are
/// the largest: a command that judges nothing never decodes them).
public enum Shipped {
    /// The string table of `language`.
    public static func strings(_ language: Language) throws -> Localizer {
        try (language == .vi ? vietnamese : english).get()
    }

    /// Every shipped rulebook.
    public static func rulebooks() throws -> RulebookSet { try shippedRulebooks.get() }

    /// Every shipped province layer, by name.
    public static func provinces() throws -> [ProvinceLayer] { try shippedProvinces.get() }

    /// The base salary's rates over time (`money/base-salary.json`).
    public static func baseSalaries() throws -> BaseSalaryTable { try shippedBaseSalaries.get() }

    /// The working calendar (public holidays 2024–2030).
    public static func calendar() throws -> WorkingCalendar { try shippedCalendar.get() }

    /// The statistics forms the yearly report follows (`report/statistics-forms.json`).
    public static func statisticsForms() throws -> StatisticsForms {
        try JSONDecoder().decode(StatisticsForms.self, from: TdktResources.data("report/statistics-forms.json"))
    }

    /// The fictional demo ward.
    public static func demoWard() throws -> DemoWard {
        try DemoWard(json: TdktResources.data("demo-ward.json"))
    }

    /// The national rulebooks with the province layer the ward chose (store setting
    /// `rules.province`), if any.
    /// - Throws: the store's error; `UnknownProvince` when the setting names no shipped layer.
    public static func rulebooks(for store: Store) throws -> RulebookSet {
        let national = try rulebooks()
        guard let chosen = try store.setting("rules.province"), !chosen.isEmpty else { return national }
        guard let layer = try provinces().first(where: { $0.id == chosen }) else { throw UnknownProvince(id: chosen) }
        return national.applying(layer)
    }

    /// The ward's setting `rules.province` names no province layer tdkt ships.
    public struct UnknownProvince: Error, CustomStringConvertible {
        /// The setting's value.
        public let id: String
        /// What to tell the clerk.
        public var description: String { "rules.province = \(id): tdkt has no such province layer" }
    }

    private static let vietnamese = Result { try Localizer(language: "vi", json: TdktResources.data("strings/vi.json")) }
    private static let english = Result { try Localizer(language: "en", json: TdktResources.data("strings/en.json")) }
    private static let shippedRulebooks = Result { () throws -> RulebookSet in
        let decoder = JSONDecoder()
        return RulebookSet(try TdktResources.files(in: "rulebooks").filter { $0.hasSuffix(".json") }.map { path in
            try decoder.decode(Rulebook.self, from: TdktResources.data(path))
        })
    }
    private static let shippedProvinces = Result { () throws -> [ProvinceLayer] in
        let decoder = JSONDecoder()
        return try TdktResources.files(in: "provinces").filter { $0.hasSuffix(".json") }.map { path in
            try decoder.decode(ProvinceLayer.self, from: TdktResources.data(path))
        }
    }
    private static let shippedBaseSalaries = Result {
        try JSONDecoder().decode(BaseSalaryTable.self, from: TdktResources.data("money/base-salary.json"))
    }
    private static let shippedCalendar = Result { try WorkingCalendar.decode(TdktResources.data("calendar/vn-holidays.json")) }
}
