import Foundation
import Testing
import TdktResources
import Commendation

/// Helpers shared by the Commendation tests.
enum Fixtures {
    /// The rulebook tdkt ships, decoded from its resource file.
    static func shippedRulebook() throws -> Rulebook {
        let data = try TdktResources.data("rulebooks/vn-2025-07.json")
        return try JSONDecoder().decode(Rulebook.self, from: data)
    }

    /// A date that must exist.
    static func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        guard let date = CivilDate(year: year, month: month, day: day) else {
            preconditionFailure("bad fixture date \(year)-\(month)-\(day)")
        }
        return date
    }

    /// Decodes `json` as `T`.
    static func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    /// Encodes `value` and reads it back as a JSON object.
    static func jsonObject<T: Encodable>(_ value: T) throws -> [String: Any] {
        let data = try JSONEncoder().encode(value)
        let object = try JSONSerialization.jsonObject(with: data)
        guard let dictionary = object as? [String: Any] else {
            Issue.record("expected a JSON object, found \(object)")
            return [:]
        }
        return dictionary
    }

    /// A small rulebook decoded from JSON: one award `x` for persons, given as `cong-trang`,
    /// whose only criterion `x.one` has `condition` (JSON); `messages` is a JSON object.
    static func rulebook(id: String = "test", from: String = "2020-01-01", until: String? = nil,
                         condition: String? = nil, messages: String = "{}") throws -> Rulebook {
        let criteria = condition.map {
            #"[{"id": "x.one", "text": {"vi": "một", "en": "one"}, "basis": "test", "certainty": "check", "condition": \#($0)}]"#
        }
        let json = """
        {
          "id": "\(id)",
          "title": {"vi": "\(id)", "en": "\(id)"},
          "effectiveFrom": "\(from)",
          \(until.map { "\"effectiveUntil\": \"\($0)\"," } ?? "")
          "labels": {},
          "messages": \(messages),
          "awards": [
            {"code": "x", "name": {"vi": "X", "en": "X"}, "shortName": {"vi": "X", "en": "X"}, "idCode": "X",
             "nominees": ["person"], "decidedBy": "commune", "kinds": ["cong-trang"]
             \(criteria.map { ", \"criteria\": \($0)" } ?? "")}
          ]
        }
        """
        return try decode(Rulebook.self, json)
    }

    /// A pending-matters record with nothing under way.
    static let nothingPending = PendingMatters(discipline: false, investigation: false, complaint: false)
}
