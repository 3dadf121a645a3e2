import Commendation
import CommendationStore
import TerminalUI
import VietnameseText

/// Choosing the nominee of the form: the picker (the store's nominees, and "+ Tạo mới" of each
/// type with what was typed, the name split into họ, đệm, tên), and taking the pick without
/// losing silently what the clerk typed for a new nominee.
extension NominationFormScreen {
    /// Enter on the nominee field: new nominee of each type first, then the store's nominees,
    /// filtered by typing (accent-insensitive); once something is typed, the matches and then
    /// "+ Tạo mới …" with it, so that a name nobody has is one Enter away.
    func openNomineePicker(app: Application) {
        let source = NomineePickerSource(environment: environment)
        let dialog = PickerDialog(title: s("picker.nominee.title"), filterLabel: s("picker.filter"),
                                  source: source.entries(matching:)) { [weak self] app, entry in
            self?.pickNominee(entry.id, app: app)
        }
        app.present(dialog)
    }

    /// Takes the nominee picked: a new one of a type (with the name typed in the picker, if
    /// any), or one from the store. What the clerk typed for a new nominee and the new choice
    /// cannot keep is named in a question first; what still applies is kept (a person's name
    /// and sex for a household's head, and the other way round; the award when it suits).
    func pickNominee(_ id: String, app: Application) {
        if id.hasPrefix(NomineePickerSource.problemPrefix) {
            app.show(message: String(id.dropFirst(NomineePickerSource.problemPrefix.count)), role: .error)
            return
        }
        let picked: NomineeChoice
        if let new = NomineePickerSource.newNominee(from: id) {
            if case .new(let current)? = draft.nominee, current.type == new.type, new == NomineeDraft(type: new.type) { return }
            picked = .new(new)
        } else {
            do {
                guard let nominee = try environment.store.nominee(id: id) else {
                    app.show(message: StoreError.missing(id: id).message(environment.language), role: .error)
                    return
                }
                picked = .existing(nominee)
            } catch {
                app.show(message: environment.describe(error), role: .error)
                return
            }
        }
        let (choice, lost) = carryOver(to: picked)
        guard !lost.isEmpty else { return take(choice, app: app) }
        app.present(MessageDialog(
            title: s("form.nominee.replace.title"),
            lines: [s("form.nominee.replace.message", nomineeLabel(picked))] + lost.map { "• " + $0 } + [s("form.nominee.replace.question")],
            buttons: [
                .init(s("form.nominee.replace.stay"), role: .cancel) { app in app.dismissDialog() },
                .init(s("form.nominee.replace.go")) { [weak self] app in
                    app.dismissDialog()
                    self?.take(choice, app: app)
                },
            ]))
    }

    /// The nominee chosen, with what the clerk typed for a new nominee carried over where it
    /// still applies, and the typed values that would be lost ("Ngày sinh: 02/03/1990").
    func carryOver(to picked: NomineeChoice) -> (NomineeChoice, lost: [String]) {
        guard case .new(let old)? = draft.nominee else { return (picked, []) }
        let prefix = old.type == .household ? "form.head." : "form.person."
        let sexLabel = old.sex.map { s("sex." + $0.rawValue) } ?? ""
        let unitName = old.unitID.map { environment.placeName($0, .collective) } ?? ""
        let groupName = old.groupID.map { environment.placeName($0, .residentialGroup) } ?? ""
        var lost: [String] = []
        func note(_ label: String, _ value: String) { if !value.isEmpty { lost.append(label + ": " + value) } }
        guard case .new(var new) = picked else {
            // Someone from the store: nothing typed for a new nominee is kept.
            note(s(prefix == "form.head." ? "form.head.name" : "form.person.name"), old.personName.fullName)
            note(s("form.named.name"), old.name)
            note(s(prefix + "sex"), sexLabel)
            note(s("form.person.birth"), old.birthDate)
            note(s("form.person.personalID"), old.personalID)
            note(s("form.person.phone"), old.phone)
            note(s("form.person.position"), old.position)
            note(s("form.person.unit"), unitName)
            note(environment.groupWord, groupName)
            return (picked, lost)
        }
        let people: Set<NomineeType> = [.person, .household]
        let places: Set<NomineeType> = [.collective, .residentialGroup]
        // The name and sex of a person or a household's head.
        if people.contains(old.type) {
            if people.contains(new.type), new.personName.fullName.isEmpty {
                new.familyName = old.familyName
                new.middleName = old.middleName
                new.givenName = old.givenName
            } else if new.personName.fullName != old.personName.fullName {
                note(s(prefix == "form.head." ? "form.head.name" : "form.person.name"), old.personName.fullName)
            }
            if people.contains(new.type) { new.sex = old.sex } else { note(s(prefix + "sex"), sexLabel) }
        }
        // A person's own facts.
        if new.type == .person, old.type == .person {
            new.birthDate = old.birthDate
            new.personalID = old.personalID
            new.phone = old.phone
            new.position = old.position
            new.unitID = old.unitID
        } else if old.type == .person {
            note(s("form.person.birth"), old.birthDate)
            note(s("form.person.personalID"), old.personalID)
            note(s("form.person.phone"), old.phone)
            note(s("form.person.position"), old.position)
            note(s("form.person.unit"), unitName)
        }
        // A household's residential group.
        if new.type == .household, old.type == .household { new.groupID = old.groupID } else { note(environment.groupWord, groupName) }
        // A collective's or residential group's name.
        if places.contains(old.type) {
            if places.contains(new.type), new.name.isEmpty { new.name = old.name } else if new.name != old.name { note(s("form.named.name"), old.name) }
        }
        return (.new(new), lost)
    }

    /// Puts `choice` in the draft: the award stays when it suits the nominee (else it is
    /// cleared, and the clerk told), and the focus goes where typing goes on.
    func take(_ choice: NomineeChoice, app: Application) {
        draft.nominee = choice
        touched.insert(.nominee)
        if let award = draft.award, let definition = rulebook.award(award), !definition.nominees.contains(choice.type) {
            draft.award = nil
            app.show(message: s("form.nominee.awardCleared", definition.name(environment.language),
                                environment.label("nomineeTypes", choice.type.rawValue).lowercased()), role: .warning)
        }
        rebuild()
        switch choice {
        case .new(let nominee) where nominee.type == .person || nominee.type == .household:
            form.focus(nominee.givenName.isEmpty ? FieldID.family : FieldID.sex)
        case .new(let nominee):
            form.focus(nominee.name.isEmpty ? FieldID.name : FieldID.award)
        case .existing:
            form.focus(FieldID.award)
        }
    }

    /// "Cá nhân mới «Nguyễn Văn An»", "Nguyễn Văn An (P-0012)": the nominee of a pick, for the question.
    private func nomineeLabel(_ choice: NomineeChoice) -> String {
        switch choice {
        case .existing(let nominee): return nominee.name + " (" + nominee.id + ")"
        case .new(let nominee):
            let name = nominee.type == .person || nominee.type == .household ? nominee.personName.fullName : nominee.name
            let kind = s("form.nominee.new", environment.label("nomineeTypes", nominee.type.rawValue))
            return name.isEmpty ? kind : kind + " «" + name + "»"
        }
    }
}

/// The entries of the nominee picker: nominees from the store (a window of 200) matching what
/// is typed, and "+ Tạo mới" of each type — alone while nothing is typed, then with what was
/// typed (a person's name split into họ, đệm, tên), the type the text looks like first.
final class NomineePickerSource {
    private let environment: DeskEnvironment
    /// An entry id for a store problem (the rest of the id is the message).
    static let problemPrefix = "problem:"

    init(environment: DeskEnvironment) {
        self.environment = environment
    }

    func entries(matching filter: String) -> [PickerDialog.Entry] {
        let typed = filter.nfc.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var found: [PickerDialog.Entry] = []
        do {
            found = try environment.store.nominees(filter: filter, offset: 0, limit: 200).map { nominee in
                PickerDialog.Entry(id: nominee.id, label: nominee.name,
                                   detail: environment.label("nomineeTypes", nominee.type.rawValue) + " · " + nominee.id)
            }
        } catch {
            found = [PickerDialog.Entry(id: Self.problemPrefix + environment.describe(error), label: "⚠ " + environment.describe(error))]
        }
        let strings = environment.strings
        guard !typed.isEmpty else {
            return NomineeType.allCases.map {
                PickerDialog.Entry(id: "new:" + $0.rawValue, label: strings("picker.new", environment.label("nomineeTypes", $0.rawValue)))
            } + found
        }
        let create = Self.likelyTypes(of: typed).map { type -> PickerDialog.Entry in
            let draft = Self.newNominee(type, named: typed)
            let label = environment.label("nomineeTypes", type.rawValue)
            let kind = environment.language == .vi ? label : label.lowercased()
            let name = type == .person || type == .household ? draft.personName : nil
            let detail = name.map { strings("picker.nameParts", $0.family.isEmpty ? "—" : $0.family, $0.middle.isEmpty ? "—" : $0.middle,
                                            $0.given.isEmpty ? "—" : $0.given) } ?? ""
            let shown = name?.fullName ?? draft.name
            return PickerDialog.Entry(id: "new:" + type.rawValue + ":" + typed, label: strings("picker.newNamed", kind, shown),
                                      detail: detail, searchKey: "")
        }
        return found + create
    }

    /// The four types, the one `text` looks like first: "Hộ …" a household, "Khu phố 3",
    /// "Tổ dân phố 5", "Thôn …" a residential group, "Trường …", "Công ty …" a collective, else a person.
    static func likelyTypes(of text: String) -> [NomineeType] {
        let folded = text.foldedForSearch
        let first: NomineeType
        if folded.hasPrefix("ho ") { first = .household }
        else if ["khu pho", "to dan pho", "thon ", "ap ", "ban ", "xom ", "khom "].contains(where: folded.hasPrefix) { first = .residentialGroup }
        else if ["truong ", "cong ty", "hop tac xa", "ban ", "hoi ", "doan ", "chi bo", "chi hoi", "phong ", "tram ", "uy ban", "ubnd",
                 "doi ", "to ", "trung tam", "benh vien", "cong an", "quan su"].contains(where: folded.hasPrefix) { first = .collective }
        else { first = .person }
        return [first] + NomineeType.allCases.filter { $0 != first }
    }

    /// The new nominee of `type` with `typed` as its name: split into họ, đệm, tên for a
    /// person, and for a household's head after "Hộ (ông, bà)".
    static func newNominee(_ type: NomineeType, named typed: String) -> NomineeDraft {
        var draft = NomineeDraft(type: type)
        switch type {
        case .person, .household:
            var words = typed.split(separator: " ").map(String.init)
            if type == .household, words.first?.foldedForSearch == "ho" { words.removeFirst() }
            if type == .household, let title = words.first?.foldedForSearch, ["ong", "ba"].contains(title), words.count > 1 { words.removeFirst() }
            let name = PersonName(parsing: words.joined(separator: " "))
            draft.familyName = name.family
            draft.middleName = name.middle
            draft.givenName = name.given
        case .collective, .residentialGroup:
            draft.name = typed
        }
        return draft
    }

    /// The new nominee an entry id stands for: "new:person", or "new:person:Nguyễn Văn An".
    static func newNominee(from id: String) -> NomineeDraft? {
        let parts = id.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, parts[0] == "new", let type = NomineeType(rawValue: parts[1]) else { return nil }
        return parts.count == 3 ? newNominee(type, named: parts[2]) : NomineeDraft(type: type)
    }
}
