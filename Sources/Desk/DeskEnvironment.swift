import WardServices
import VietnameseText
import Commendation
import CommendationStore
import Foundation
import TdktResources
import TerminalUI

/// Everything the desk's screens share: the store, the rulebooks, the strings, the language
/// and the clock.
public final class DeskEnvironment {
    /// The ward's store.
    public let store: Store
    /// User-interface text in the chosen language (its hints name the keys of the desk's key
    /// table once the desk is opened).
    public private(set) var strings: Localizer
    /// The chosen language.
    public let language: Language
    /// Where "today" comes from.
    public let clock: any Clock
    /// The zone the audit trail's times are shown in (the machine's, unless told).
    public var timeZone: TimeZone = .current
    /// How lists show their selected row (from the clerk's settings).
    public var selectionStyle: TableView.SelectionStyle = .bar
    /// The daily backup's folder (setting `backup-folder`), if any.
    var backupFolder: String?
    /// The ward's own holiday file, laid over the shipped calendar.
    public private(set) var wardCalendar: WorkingCalendar?
    /// The rules the ward works under (rulebooks with the province's and the council's layers,
    /// attendance share, province deadline, base salary, calendar): made once, made again when
    /// the council or the ward changes one (`reloadRules`).
    public private(set) var rules: WardRules
    private var cachedMovements: [Movement]?
    private var cachedPlaces: [NomineeType: [Nominee]] = [:]

    /// An environment over `store`, its rules read from it.
    /// - Throws: the store's error (a store that cannot say its council's rules is not one to
    ///   work on), or `Shipped.UnknownProvince`.
    public init(store: Store, strings: Localizer, language: Language, clock: any Clock, holidays: WorkingCalendar? = nil) throws {
        self.store = store
        self.strings = strings
        self.language = language
        self.clock = clock
        wardCalendar = holidays
        rules = try WardRules.of(store, holidays: holidays, today: clock.today())
    }

    /// Reads the ward's rules again (after the council, the province or the base salary
    /// changed, or the ward's holidays).
    func reloadRules(holidays: WorkingCalendar? = nil) throws {
        if let holidays { wardCalendar = holidays }
        rules = try WardRules.of(store, holidays: wardCalendar, today: clock.today())
    }

    /// Names the keys of `keymap` in the hints of the strings ("{key:save}" → "F2").
    func nameKeys(from keymap: Keymap) {
        strings = strings.withKeyNames(from: keymap)
    }

    /// The council's layer as the rules were read.
    var councilLayer: CouncilLayer { rules.councilLayer }

    /// The rulebooks before the council's layer (national, with the province's).
    var rulebooks: RulebookSet { rules.rulebooks }

    /// The base salary's rates.
    var baseSalaries: BaseSalaryTable { rules.baseSalaries }

    /// Chooses the province layer (`nil`: national rules only), saves the choice (audited) and
    /// judges by it from now on.
    func chooseProvince(_ id: String?) throws {
        try store.setSetting("rules.province", to: id ?? "")
        try reloadRules()
    }

    /// The national rulebook that judges `year` (with the province's layer), without the
    /// council's.
    func nationalRulebook(forYear year: Int) -> Rulebook {
        rulebooks.rulebook(forYear: year) ?? rulebooks.rulebooks[rulebooks.rulebooks.count - 1]
    }

    /// The rulebook that judges `year`, with the council's layer applied.
    func rulebook(forYear year: Int) -> Rulebook {
        rules.rulebook(year) ?? councilLayer.applied(to: nationalRulebook(forYear: year))
    }

    /// The rulebook in force today, with the council's layer (award names and codes for lists).
    var currentRulebook: Rulebook {
        councilLayer.applied(to: rulebooks.rulebook(on: clock.today()) ?? rulebooks.rulebooks[rulebooks.rulebooks.count - 1])
    }

    /// The movements, read once (until `reload`).
    /// - Throws: the store's error (nothing is kept: the next call reads again).
    func movements() throws -> [Movement] {
        if let cachedMovements { return cachedMovements }
        let loaded = try store.movements()
        cachedMovements = loaded
        return loaded
    }

    /// Collectives or residential groups (short lists for choice fields), read once (until
    /// `reload`).
    /// - Throws: the store's error (nothing is kept: the next call reads again).
    func places(_ type: NomineeType) throws -> [Nominee] {
        if let cached = cachedPlaces[type] { return cached }
        let loaded = try store.nominees(ofType: type)
        cachedPlaces[type] = loaded
        return loaded
    }

    /// The name of the collective or residential group `id`; the id itself when the store
    /// does not know it or cannot say (a label, never a list: the id is what was stored).
    func placeName(_ id: String, _ type: NomineeType) -> String {
        do { return try places(type).first { $0.id == id }?.name ?? id } catch { return id }
    }

    /// What the ward calls its residential groups, in Vietnamese: the words every group's name
    /// begins with ("Khu phố" for "Khu phố Bình Minh", "Khu phố Tân Hải"…; "Thôn", "Tổ dân
    /// phố"); the general term when the names share none (and in English), or cannot be read
    /// (the list that failed says why).
    var groupWord: String {
        let general = strings("place.group")
        // Harmless to ignore: a label, not a list — a store that cannot list the groups is
        // said by the field or the filter that lists them.
        guard language == .vi, let places = try? places(.residentialGroup) else { return general }
        let names = places.map { $0.name.split(separator: " ").map(String.init) }
        guard var common = names.first, names.count > 1 else { return general }
        for words in names.dropFirst() {
            common = Array(zip(common, words).prefix { $0.0.lowercased() == $0.1.lowercased() }.map(\.0))
        }
        // Never a whole name, and a word (not a name's beginning) is at most three words.
        common = Array(common.prefix(min(3, (names.map(\.count).min() ?? 1) - 1)))
        return common.isEmpty ? general : common.joined(separator: " ")
    }

    /// Forgets cached lists (after the demo ward was loaded, or a nominee was created).
    func reload() {
        cachedMovements = nil
        cachedPlaces = [:]
    }

    /// The ward's name from the settings, or a neutral default.
    /// - Throws: the store's error.
    func wardName() throws -> String {
        try store.setting("ward.name") ?? strings("app.noWard")
    }

    // MARK: Labels

    /// Name of an award in the chosen language.
    func awardName(_ code: String, year: Int? = nil) -> String {
        let rulebook = year.map(rulebook(forYear:)) ?? currentRulebook
        return rulebook.award(code)?.name(language) ?? code
    }

    /// Label of a vocabulary code ("ratings", "kinds", "nomineeTypes", "attestations").
    func label(_ group: String, _ code: String) -> String {
        currentRulebook.label(group, code)(language)
    }

    /// Short label of a vocabulary code for narrow places (form labels): the group
    /// "<group>Short" of the rulebook when it has one, else the full label.
    func shortLabel(_ group: String, _ code: String) -> String {
        if let short = currentRulebook.labels[group + "Short"]?[code] { return short(language) }
        return label(group, code)
    }

    /// Label of a workflow status.
    func statusLabel(_ status: NominationStatus) -> String { strings("status." + status.rawValue) }

    /// Short label of an eligibility.
    func eligibilityLabel(_ eligibility: Eligibility) -> String { strings("eligibility." + eligibility.rawValue) }

    /// The colour of an eligibility.
    func role(of eligibility: Eligibility) -> ColorRole {
        switch eligibility {
        case .eligible: return .ok
        case .notEligible: return .error
        case .incomplete: return .warning
        case .notAssessed: return .muted
        }
    }

    /// The judge of nominations, with the council's layer as it stands.
    var judge: NominationJudge {
        NominationJudge(store: store) { [unowned self] year in self.rulebook(forYear: year) }
    }

    /// Judges a stored nomination with what the store knows.
    func evaluate(_ listing: NominationListing) -> Evaluation {
        judge.evaluate(listing)
    }
}
