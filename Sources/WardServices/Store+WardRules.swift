import Commendation
import CommendationStore

extension Store {
    /// The rulebook of each year as this ward applies it: the national rulebook of the year
    /// with the council's layer (its own criteria and working rules) on top. Read once; the
    /// desk keeps its own copy and reloads it when the council changes its rules.
    public func rulebooks(_ national: RulebookSet) throws -> (Int) -> Rulebook? {
        let applied = AppliedRulebooks(rulebooks: national, layer: try councilLayer())
        return { year in applied.rulebook(forYear: year) }
    }

    /// The province's deadline for yearly proposals: the setting "clock.province-deadline"
    /// ("12-10" or "10/12"), else the rulebook's procedure, else 10 December.
    public func provinceDeadline(rulebook: Rulebook?) -> (month: Int, day: Int) {
        if let text = (try? setting("clock.province-deadline")) ?? nil, let day = CouncilProcedure.monthDay(text) { return day }
        return rulebook?.procedure?.provinceDeadlineDay ?? (12, 10)
    }
}
