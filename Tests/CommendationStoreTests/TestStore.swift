import Commendation
import CommendationStore
import Foundation
import GRDB
import TdktResources
import Testing

/// The day every test store lives on.
let testDay = CivilDate(year: 2026, month: 11, day: 29)!

/// The fixed clock of every test store (noon UTC of `testDay`).
let testClock = FixedClock(testDay)

/// The actor written into every audit row of a test store.
let testActor = CommendationStore.Actor(osUser: "test", profile: "test")

/// Runs `body` with a fresh, empty temporary folder, removed afterwards whatever happens.
func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("tdkt-store-tests-" + UUID().uuidString, isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
}

/// Opens (or creates) the store at `path` with the test clock and actor.
func openStore(_ path: String) throws -> Store {
    try Store(path: path, clock: testClock, actor: testActor)
}

/// Runs `body` with a new store in a fresh temporary folder (with the demo ward when `demo`),
/// passing the store and its path.
func withStore<T>(demo: Bool = false, _ body: (Store, String) throws -> T) throws -> T {
    try withTemporaryFolder { folder in
        let path = folder.appendingPathComponent("tdkt.sqlite").path
        let store = try openStore(path)
        if demo { try store.loadDemo(demoWard(), rulebook: try rulebooks().rulebook(forYear:), baseSalaries: try baseSalaries()) }
        return try body(store, path)
    }
}

/// The shipped rulebooks.
func rulebooks() throws -> RulebookSet {
    RulebookSet(try ["rulebooks/vn-2024-01.json", "rulebooks/vn-2025-07.json"].map {
        try JSONDecoder().decode(Rulebook.self, from: TdktResources.data($0))
    })
}

/// The rulebook in force in 2026.
func rulebook() throws -> Rulebook {
    try JSONDecoder().decode(Rulebook.self, from: TdktResources.data("rulebooks/vn-2025-07.json"))
}

/// The base salary's rates as shipped.
func baseSalaries() throws -> BaseSalaryTable {
    try JSONDecoder().decode(BaseSalaryTable.self, from: TdktResources.data("money/base-salary.json"))
}

/// The ward's rules for the store's workflow functions: `rulebook`, the shipped base salaries
/// (or `baseSalaries`), an 80 % attendance share and a calendar without holidays.
func wardRules(_ rulebook: @escaping (Int) -> Rulebook?, baseSalaries table: BaseSalaryTable? = nil,
               calendar: WorkingCalendar = WorkingCalendar(days: [])) throws -> WardRules {
    WardRules(rulebook: rulebook, attendancePercent: 80, baseSalaries: try table ?? baseSalaries(), calendar: calendar)
}

/// The demo ward as shipped.
func demoWard() throws -> DemoWard {
    try DemoWard(json: TdktResources.data("demo-ward.json"))
}

/// The demo ward's JSON as plain dictionaries, to count things independently of `DemoWard`.
func demoJSON() throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: TdktResources.data("demo-ward.json"))
    return try #require(object as? [String: Any])
}

/// One list of the demo ward's JSON ("people", "nominations", …).
func demoList(_ key: String) throws -> [[String: Any]] {
    try #require(try demoJSON()[key] as? [[String: Any]])
}

/// Runs `body` on a separate raw connection to the store file, behind tdkt's back.
func withRawDatabase<T>(_ path: String, _ body: (Database) throws -> T) throws -> T {
    let queue = try DatabaseQueue(path: path)
    return try queue.inDatabase(body)
}

/// Number of rows of `table`, read through a raw connection.
func rowCount(_ table: String, in path: String) throws -> Int {
    try withRawDatabase(path) { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
}

/// The Unicode scalars of a text: Swift's `==` on strings ignores NFC/NFD differences, this
/// does not.
func scalars(_ text: String?) -> [Unicode.Scalar] {
    text.map { Array($0.unicodeScalars) } ?? []
}

/// A draft for a new person nominee, with the name typed decomposed (NFD):
/// "Nguyễn Thị Hồng Nhung", proposed for Lao động tiên tiến 2026 with complete facts.
func newPersonDraft(family: String = "Nguye\u{0302}\u{0303}n", middle: String = "Thi\u{0323} Ho\u{0302}\u{0300}ng",
                    given: String = "Nhung", sex: Sex = .female) -> NominationDraft {
    var person = NomineeDraft(type: .person)
    person.familyName = family
    person.middleName = middle
    person.givenName = given
    person.sex = sex
    var draft = NominationDraft(year: 2026)
    draft.nominee = .new(person)
    draft.award = "lao-dong-tien-tien"
    draft.kind = .congTrang
    draft.facts = Facts(rating: .tot,
                        pending: PendingMatters(discipline: false, investigation: false, complaint: false),
                        attestations: Attestations(list: ["law-abiding", "productive-worker", "emulation-spirit"]))
    return draft
}

/// A draft for a new collective nominee named `name`, proposed for Tập thể lao động tiên tiến.
func newCollectiveDraft(_ name: String) -> NominationDraft {
    var collective = NomineeDraft(type: .collective)
    collective.name = name
    var draft = NominationDraft(year: 2026)
    draft.nominee = .new(collective)
    draft.award = "tap-the-lao-dong-tien-tien"
    draft.kind = .congTrang
    return draft
}

/// A draft for a new residential group named `name`, proposed for Tổ dân phố văn hóa.
func newResidentialGroupDraft(_ name: String) -> NominationDraft {
    var group = NomineeDraft(type: .residentialGroup)
    group.name = name
    var draft = NominationDraft(year: 2026)
    draft.nominee = .new(group)
    draft.award = "to-dan-pho-van-hoa"
    draft.kind = .congTrang
    return draft
}

/// A draft for a new household of residential group `groupID`, proposed for Gia đình văn hóa.
func newHouseholdDraft(family: String, middle: String, given: String, sex: Sex?, groupID: String) -> NominationDraft {
    var household = NomineeDraft(type: .household)
    household.familyName = family
    household.middleName = middle
    household.givenName = given
    household.sex = sex
    household.groupID = groupID
    var draft = NominationDraft(year: 2026)
    draft.nominee = .new(household)
    draft.award = "gia-dinh-van-hoa"
    draft.kind = .congTrang
    return draft
}

/// Counts that must not move when an operation fails.
struct StoreCounts: Equatable {
    var nominees: Int
    var nominations: Int
    var pending: Int
    var audit: Int
    var movements: Int
    var council: Int
    var settings: Int

    init(_ store: Store, path: String) throws {
        nominees = try store.nomineeCount()
        nominations = try rowCount("nomination", in: path)
        pending = try store.pendingCount()
        audit = try store.auditCount()
        movements = try store.movements().count
        council = try store.councilMembers().count
        settings = try rowCount("setting", in: path)
    }
}
