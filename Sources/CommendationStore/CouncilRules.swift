import Commendation
import Foundation
import GRDB

/// The council's layer over the national rulebook, one row per rule in `council_rule`; every
/// change is audited with its before and after.
extension Store {
    /// The council's layer as stored.
    public func councilLayer() throws -> CouncilLayer {
        try read { db in
            var layer = CouncilLayer()
            let decoder = JSONDecoder()
            for row in try Row.fetchAll(db, sql: "SELECT kind, key, body FROM council_rule ORDER BY kind, updated_at, key") {
                let kind: String = row["kind"], key: String = row["key"], body = Data((row["body"] as String).utf8)
                switch kind {
                case "adjustment": layer.adjustments[key] = try? decoder.decode(Adjustment.self, from: body)
                case "award": if let award = try? decoder.decode(AwardDefinition.self, from: body) { layer.awards.append(award) }
                case "criterion":
                    if let criterion = try? decoder.decode(CouncilCriterion.self, from: body) { layer.criteria.append(criterion) }
                case "label":
                    let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
                    if parts.count == 2, let text = try? decoder.decode(LocalizedText.self, from: body) {
                        layer.labels[parts[0], default: [:]][parts[1]] = text
                    }
                case "option": layer.options[key] = Double(String(decoding: body, as: UTF8.self))
                default: break
                }
            }
            return layer
        }
    }

    /// Switches or tunes an adjustable criterion; nil returns it to the rulebook's default.
    public func setAdjustment(_ adjustment: Adjustment?, for criterionID: String) throws {
        try putRule(kind: "adjustment", key: criterionID, body: adjustment.map(Self.json))
    }

    /// Adds or replaces one of the council's own awards.
    public func saveCouncilAward(_ award: AwardDefinition) throws {
        var own = award
        own.origin = .council
        try putRule(kind: "award", key: award.code, body: Self.json(own))
    }

    /// Removes one of the council's own awards and the criteria it added to it, in one
    /// transaction. A code that is not one of the council's awards removes nothing.
    public func deleteCouncilAward(code: String) throws {
        try write { db in
            guard try putRule(db, kind: "award", key: code, body: nil) else { return }
            let decoder = JSONDecoder()
            for row in try Row.fetchAll(db, sql: "SELECT key, body FROM council_rule WHERE kind = 'criterion'") {
                let body: String = row["body"]
                guard let criterion = try? decoder.decode(CouncilCriterion.self, from: Data(body.utf8)), criterion.award == code else { continue }
                try putRule(db, kind: "criterion", key: row["key"], body: nil)
            }
        }
    }

    /// Adds or replaces a criterion the council added to an award.
    public func saveCouncilCriterion(_ criterion: CouncilCriterion) throws {
        try putRule(kind: "criterion", key: criterion.criterion.id, body: Self.json(criterion))
    }

    /// Removes a criterion the council added.
    public func deleteCouncilCriterion(id: String) throws {
        try putRule(kind: "criterion", key: id, body: nil)
    }

    /// Sets the words for one of the council's own codes (group "attestations", …).
    public func setCouncilLabel(_ text: LocalizedText?, group: String, code: String) throws {
        try putRule(kind: "label", key: group + "/" + code, body: text.map(Self.json))
    }

    /// Sets a working rule of the council ("session.attendance" = 80); nil removes it.
    public func setCouncilOption(_ value: Double?, for key: String) throws {
        if let value, !value.isFinite { throw StoreError.other(path: path, message: "giá trị \(value) không hợp lệ cho \(key)") }
        try putRule(kind: "option", key: key, body: value.map { String($0) })
    }

    /// Writes (or with a nil body deletes) one rule, audited, in its own transaction.
    private func putRule(kind: String, key: String, body: String?) throws {
        try write { db in _ = try putRule(db, kind: kind, key: key, body: body) }
    }

    /// Writes (or deletes) one rule inside the caller's transaction; true when it changed.
    @discardableResult
    private func putRule(_ db: Database, kind: String, key: String, body: String?) throws -> Bool {
        let before = try String.fetchOne(db, sql: "SELECT body FROM council_rule WHERE kind = ? AND key = ?", arguments: [kind, key])
        guard before != body else { return false }
        if let body {
            try db.execute(sql: """
                INSERT INTO council_rule(kind, key, body, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(kind, key) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at
                """, arguments: [kind, key, body, timestamp()])
        } else {
            try db.execute(sql: "DELETE FROM council_rule WHERE kind = ? AND key = ?", arguments: [kind, key])
        }
        try audit(db, action: body == nil ? "delete" : (before == nil ? "create" : "update"), entity: "council_rule." + kind,
                  id: key, before: before, after: body)
        return true
    }
}
