import Commendation

/// What the crash writer saves for a number, so that the test can tell a whole nomination
/// from a torn one: a new person "Crash Thị <number>" proposed for Lao động tiên tiến 2026 with
/// a note that repeats the number.
enum CrashWriterPayload {
    static func draft(_ number: Int) -> NominationDraft {
        var person = NomineeDraft(type: .person)
        person.familyName = "Nguyễn"
        person.middleName = "Thị"
        person.givenName = "Thử"
        person.position = "Bản ghi số \(number)"
        person.sex = .female
        var draft = NominationDraft(year: 2026)
        draft.nominee = .new(person)
        draft.award = "lao-dong-tien-tien"
        draft.kind = .congTrang
        draft.note = note(number)
        draft.facts = Facts(rating: .tot, pending: PendingMatters(discipline: false, investigation: false, complaint: false),
                            attestations: Attestations(list: ["law-abiding", "productive-worker", "emulation-spirit"]))
        return draft
    }

    /// The note of nomination `number`: long enough to span pages of the database.
    static func note(_ number: Int) -> String {
        String(repeating: "Ghi chú của bản ghi số \(number). ", count: 40)
    }
}
