import VietnameseText
import Commendation
import CommendationStore
import TerminalUI

/// Dialogs about council sessions: creating one, recording a nomination's ballot.
struct SessionDialogs {
    let environment: DeskEnvironment
    private var s: Localizer { environment.strings }

    /// Asks for a new session's date, title and ballot mode, creates it, then runs `then`.
    func create(app: Application, then: @escaping (CouncilSession) -> Void) {
        let today = environment.clock.today()
        let modes = BallotMode.allCases.map { FormOption(id: $0.rawValue, label: s("session.mode." + $0.rawValue)) }
        app.present(FormDialog(title: s("session.new.title"), hint: s("form.dialog.hint"), fields: { _ in
            [.text("date", self.s("session.date"), today.vietnamese, required: true, width: 12),
             .text("title", self.s("session.titleField"), self.s("session.defaultTitle", today.year), required: true, width: 50),
             .choice("mode", self.s("session.mode"), modes, selected: BallotMode.secret.rawValue)]
        }, onSubmit: { app, form in
            guard let date = CivilDate(vietnamese: form.text("date") ?? "") else { return ["date": self.s("validation.invalidDate")] }
            let title = form.text("title")?.nfcTrimmed ?? ""
            guard !title.isEmpty else { return ["title": self.s("validation.required")] }
            do {
                let session = try self.environment.store.createSession(date: date, title: title,
                                                                        mode: BallotMode(rawValue: form.choice("mode") ?? "") ?? .secret)
                app.show(message: self.s("session.created", session.id))
                then(session)
                return [:]
            } catch {
                return self.environment.problem(saving: error, app: app)
            }
        }))
    }

    /// Asks for the counts of a nomination's ballot (agree, disagree, abstain), checked
    /// against the number of members who may vote; empty fields clear the ballot.
    func recordCounts(_ item: AgendaItem, session: CouncilSession, app: Application, then: @escaping () -> Void) {
        let voters = item.ballot.eligible.filter { session.attendance(of: $0.id) != .absent }.count
        let tally = item.ballot.record?.tally
        app.present(FormDialog(title: s("ballot.title", item.listing.nominee.name), hint: s("form.dialog.hint"), fields: { _ in
            [FormField(id: "note", label: "", value: .note(self.s("ballot.voters", voters, item.ballot.eligible.count), .muted)),
             FormField(id: "clear", label: "", value: .note(self.s("ballot.clearHint"), .muted)),
             .text("agree", self.s("ballot.agree"), tally.map { String($0.agree) } ?? String(voters), width: 4),
             .text("disagree", self.s("ballot.disagree"), tally.map { String($0.disagree) } ?? "0", width: 4),
             .text("abstain", self.s("ballot.abstain"), tally.map { String($0.abstain) } ?? "0", width: 4)]
        }, onSubmit: { app, form in
            let texts = ["agree", "disagree", "abstain"].map { (form.text($0) ?? "").trimmingCharacters(in: .whitespaces) }
            var record: BallotRecord?
            if !texts.allSatisfy(\.isEmpty) {
                var errors: [String: String] = [:]
                var numbers: [Int] = []
                for (id, text) in zip(["agree", "disagree", "abstain"], texts) {
                    if let number = Int(text.isEmpty ? "0" : text), number >= 0 { numbers.append(number) } else {
                        errors[id] = self.s("validation.count")
                        numbers.append(0)
                    }
                }
                if errors.isEmpty, numbers.reduce(0, +) > voters { errors["agree"] = self.s("ballot.tooMany", numbers.reduce(0, +), voters) }
                guard errors.isEmpty else { return errors }
                record = .counts(Tally(agree: numbers[0], disagree: numbers[1], abstain: numbers[2]))
            }
            return self.save(record, item: item, session: session, app: app, then: then)
        }))
    }

    /// Asks each member who may vote for their vote (an open ballot).
    func recordVotes(_ item: AgendaItem, session: CouncilSession, app: Application, then: @escaping () -> Void) {
        let voters = item.ballot.eligible.filter { session.attendance(of: $0.id) != .absent }
        var current: [Int: Vote] = [:]
        if case .votes(let votes)? = item.ballot.record { current = votes }
        let options = [FormOption(id: "", label: "—")] + Vote.allCases.map { FormOption(id: $0.rawValue, label: s("ballot.vote." + $0.rawValue)) }
        app.present(FormDialog(title: s("ballot.title", item.listing.nominee.name), hint: s("form.dialog.hint"), fields: { _ in
            voters.map { member in
                .choice("m\(member.id)", member.name.fullName, options, selected: current[member.id]?.rawValue ?? Vote.agree.rawValue)
            }
        }, onSubmit: { app, form in
            var votes: [Int: Vote] = [:]
            for member in voters {
                if let vote = form.choice("m\(member.id)").flatMap(Vote.init(rawValue:)) { votes[member.id] = vote }
            }
            return self.save(votes.isEmpty ? nil : .votes(votes), item: item, session: session, app: app, then: then)
        }))
    }

    /// Records the ballot; when the store fails, the dialog stays open with what was typed.
    /// - Returns: the dialog's problems (none when recorded).
    private func save(_ record: BallotRecord?, item: AgendaItem, session: CouncilSession, app: Application,
                      then: () -> Void) -> [String: String] {
        do {
            try environment.store.recordBallot(record, nomination: item.listing.nomination.id, session: session.id)
            app.show(message: s(record == nil ? "ballot.cleared" : "ballot.saved", item.listing.nominee.name))
        } catch {
            let problems = environment.problem(saving: error, app: app)
            if !problems.isEmpty { return problems }
        }
        then()
        return [:]
    }
}
