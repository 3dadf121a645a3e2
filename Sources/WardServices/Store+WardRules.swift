import Commendation
import CommendationStore

extension Store {
    /// The rulebook of each year as this ward applies it: `rulebooks` (the national ones, with
    /// the province's layer if any) with the council's layer on top, each year's made once.
    public func rulebooks(_ rulebooks: RulebookSet) throws -> (Int) -> Rulebook? {
        let applied = AppliedRulebooks(rulebooks: rulebooks, layer: try councilLayer())
        return { year in applied.rulebook(forYear: year) }
    }

    /// The province's deadline for yearly proposals: the setting "clock.province-deadline"
    /// ("12-10" or "10/12"), else the rulebook's procedure, else 10 December.
    public func provinceDeadline(rulebook: Rulebook?) throws -> (month: Int, day: Int) {
        if let text = try setting("clock.province-deadline"), let day = CouncilProcedure.monthDay(text) { return day }
        return rulebook?.procedure?.provinceDeadlineDay ?? (12, 10)
    }
}
