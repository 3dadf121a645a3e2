/// Conditions on a collective's members.
extension ConditionCheck {
    /// The member figures: the facts' own, completed by those the store computed from member
    /// records (the facts win where both give a figure).
    private var members: MemberCounts? {
        let stored = entry.nomineeID.flatMap { round.context?.memberCounts(of: $0, year: year) }
        guard var given = facts.members else { return stored }
        if let stored {
            given.total = given.total ?? stored.total
            given.laoDongTienTien = given.laoDongTienTien ?? stored.laoDongTienTien
            given.completedTasks = given.completedTasks ?? stored.completedTasks
            given.chienSiThiDuaCoSo = given.chienSiThiDuaCoSo ?? stored.chienSiThiDuaCoSo
            given.disciplinedWarningOrAbove = given.disciplinedWarningOrAbove ?? stored.disciplinedWarningOrAbove
        }
        return given
    }

    private func count(_ field: MemberField, in members: MemberCounts) -> Int? {
        switch field {
        case .laoDongTienTien: return members.laoDongTienTien
        case .completedTasks: return members.completedTasks
        case .chienSiThiDuaCoSo: return members.chienSiThiDuaCoSo
        case .disciplinedWarningOrAbove: return members.disciplinedWarningOrAbove
        }
    }

    func memberShare(_ field: MemberField, required: Double) -> (Outcome, Reason) {
        let label = messages.label("memberFields", field.rawValue)
        guard let members, let total = members.total, let part = count(field, in: members), total >= 0, part >= 0 else {
            return (.unknown, messages.reason("memberShare.unknown", label, number(required)))
        }
        guard part <= total else {
            return (.fail, messages.reason("members.inconsistent", .verbatim(String(part)), .verbatim(String(total)), label))
        }
        let percent = total == 0 ? 0 : Double(part) * 100 / Double(total)
        // Compare without rounding: part / total ≥ required %  ⇔  part × 100 ≥ required × total.
        let passes = total > 0 && Double(part) * 100 >= required * Double(total) - 1e-9
        let outcome: Outcome = passes ? .pass : .fail
        return (outcome, messages.reason("memberShare." + outcome.rawValue, .verbatim(String(part)), .verbatim(String(total)),
                                         number(percent), label, number(required)))
    }

    func memberCount(_ field: MemberField, low: Double?, high: Double?) -> (Outcome, Reason) {
        let label = messages.label("memberFields", field.rawValue)
        guard let members, let value = count(field, in: members), value >= 0 else {
            if let high { return (.unknown, messages.reason("memberCount.unknown.atMost", label, number(high))) }
            return (.unknown, messages.reason("memberCount.unknown.atLeast", label, number(low ?? 0)))
        }
        if let low, Double(value) < low {
            return (.fail, messages.reason("memberCount.fail.atLeast", .verbatim(String(value)), label, number(low)))
        }
        if let high, Double(value) > high {
            return (.fail, messages.reason("memberCount.fail.atMost", .verbatim(String(value)), label, number(high)))
        }
        if let high {
            return (.pass, messages.reason("memberCount.pass.atMost", .verbatim(String(value)), label, number(high)))
        }
        return (.pass, messages.reason("memberCount.pass.atLeast", .verbatim(String(value)), label, number(low ?? 0)))
    }

    /// Achievements count only from the day discipline ended (NĐ 152/2025 art. 4): every
    /// measure decided up to the end of the year must have ended by its first day.
    func disciplineServed() -> (Outcome, Reason) {
        guard let records = facts.discipline else { return (.unknown, messages.reason("discipline.unknown")) }
        guard let yearStart = CivilDate(year: year, month: 1, day: 1), let yearEnd = CivilDate(year: year, month: 12, day: 31) else {
            return (.unknown, messages.reason("discipline.unknown"))
        }
        for record in records {
            if let decided = record.decided, decided > yearEnd { continue }
            let level = messages.label("disciplineLevels", record.level)
            guard let until = record.until else {
                return (.fail, messages.reason("discipline.ongoing", level, .verbatim(record.decided?.vietnamese ?? "?")))
            }
            if until > yearStart {
                return (.fail, messages.reason("discipline.recent", level, .verbatim(until.vietnamese), .verbatim(String(year))))
            }
        }
        return records.isEmpty ? (.pass, messages.reason("discipline.none"))
                               : (.pass, messages.reason("discipline.pass", .verbatim(String(year))))
    }
}
