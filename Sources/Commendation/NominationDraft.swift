import Foundation
import VietnameseText

/// A new nominee as typed into the form, before it has an id.
public struct NomineeDraft: Hashable, Sendable {
    /// Type of nominee.
    public var type: NomineeType
    /// Họ (persons and household heads).
    public var familyName = ""
    /// Đệm.
    public var middleName = ""
    /// Tên.
    public var givenName = ""
    /// Name of a collective or residential group.
    public var name = ""
    /// Sex of a person or household head.
    public var sex: Sex?
    /// Birth date as typed, `dd/mm/yyyy` (optional).
    public var birthDate = ""
    /// Position (optional).
    public var position = ""
    /// 12-digit citizen ID (optional).
    public var personalID = ""
    /// Phone number, 10 digits beginning with 0 (optional).
    public var phone = ""
    /// Collective the person works in (optional).
    public var unitID: String?
    /// Residential group (required for households).
    public var groupID: String?

    /// An empty draft of `type`.
    public init(type: NomineeType) { self.type = type }

    /// The person name typed (persons) or the head's name (households).
    public var personName: PersonName { PersonName(family: familyName, middle: middleName, given: givenName) }
}

/// Which nominee a nomination is for: one already known, or a new one typed in the form.
public enum NomineeChoice: Hashable, Sendable {
    /// An existing nominee.
    case existing(Nominee)
    /// A new nominee, created when the nomination is saved.
    case new(NomineeDraft)

    /// The nominee's type.
    public var type: NomineeType {
        switch self {
        case .existing(let nominee): return nominee.type
        case .new(let draft): return draft.type
        }
    }
}

/// A nomination as the clerk is entering it: values may be missing or wrong until validated.
public struct NominationDraft: Hashable, Sendable {
    /// The id when editing a saved nomination; nil for a new one.
    public var id: String?
    /// The nominee.
    public var nominee: NomineeChoice?
    /// Award code.
    public var award: String?
    /// Kind.
    public var kind: AwardKind? = .congTrang
    /// Year as typed.
    public var year: String
    /// Movement id.
    public var movementID: String?
    /// Facts entered so far.
    public var facts = Facts()
    /// Free note.
    public var note = ""
    /// Status when saved (a new nomination is received).
    public var status: NominationStatus = .received

    /// An empty draft for `year`.
    public init(year: Int) { self.year = String(year) }

    /// A draft to edit a saved nomination of `nominee`.
    public init(editing nomination: Nomination, nominee: Nominee) {
        id = nomination.id
        self.nominee = .existing(nominee)
        award = nomination.award
        kind = nomination.kind
        year = String(nomination.year)
        movementID = nomination.movementID
        facts = nomination.facts
        note = nomination.note ?? ""
        status = nomination.status
    }
}

/// A field of the nomination form that a validation problem points at.
public enum DraftField: String, Sendable, Hashable, CaseIterable {
    case nominee, familyName, middleName, givenName, name, sex, birthDate, personalID, phone, group, award, kind, year, movement
    case position, note
}

/// What is wrong with a field.
public enum ValidationProblem: String, Sendable, Hashable {
    /// Nothing was entered where something is needed.
    case required
    /// A name holds characters that are not letters, spaces, hyphens or apostrophes.
    case notAName
    /// A date that is not `dd/mm/yyyy` or does not exist (31/02).
    case invalidDate
    /// A date after today.
    case futureDate
    /// A year that is not four digits between 2000 and next year.
    case yearOutOfRange
    /// A citizen ID that is not 12 digits.
    case personalIDShape
    /// A citizen ID whose century/sex digit or year digits disagree with the birth date or sex.
    case personalIDDisagrees
    /// A phone number that is not 10 digits beginning with 0.
    case phoneShape
    /// The award is not for this type of nominee.
    case awardNotForNominee
    /// The award cannot be given as this kind.
    case kindNotAllowed
    /// A thematic award without its movement.
    case movementRequired
    /// Text holding a control character or a bidirectional override (which, where, in the
    /// issue's `text`).
    case controlCharacter
    /// Text longer than its field allows (the length and the limit in the issue's `text`).
    case tooLong
}

/// One problem of a draft, tied to a field.
public struct ValidationIssue: Hashable, Sendable {
    /// The field.
    public var field: DraftField
    /// The problem.
    public var problem: ValidationProblem
    /// For `.controlCharacter` and `.tooLong`: the character and its place, or the length and
    /// the limit.
    public var text: TextProblem?
    /// Creates an issue.
    public init(_ field: DraftField, _ problem: ValidationProblem, text: TextProblem? = nil) {
        self.field = field
        self.problem = problem
        self.text = text
    }

    /// The issue of `field` for a text `rule` refuses, if it does.
    static func text(_ field: DraftField, _ text: String, _ rule: TextRule) -> ValidationIssue? {
        switch rule.problem(in: rule.normalised(text)) {
        case nil: return nil
        case .control(let control)?: return ValidationIssue(field, .controlCharacter, text: .control(control))
        case let problem?: return ValidationIssue(field, .tooLong, text: problem)
        }
    }
}

extension NominationDraft {
    /// Everything that must be fixed before the draft can be saved, in form order.
    public func validate(rulebook: Rulebook, today: CivilDate) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        switch nominee {
        case nil:
            issues.append(ValidationIssue(.nominee, .required))
        case .existing:
            break
        case .new(let draft):
            issues += Self.validate(draft, today: today)
        }
        if let award {
            if let definition = rulebook.award(award) {
                if let type = nominee?.type, !definition.nominees.contains(type) {
                    issues.append(ValidationIssue(.award, .awardNotForNominee))
                }
                if let kind, !definition.kinds.contains(kind) {
                    issues.append(ValidationIssue(.kind, .kindNotAllowed))
                }
            } else {
                issues.append(ValidationIssue(.award, .required))
            }
        } else {
            issues.append(ValidationIssue(.award, .required))
        }
        if kind == nil { issues.append(ValidationIssue(.kind, .required)) }
        if let value = Int(year.trimmingCharacters(in: .whitespaces)), year.trimmingCharacters(in: .whitespaces).count == 4,
           (2000...(today.year + 1)).contains(value) {
        } else {
            issues.append(ValidationIssue(.year, year.trimmingCharacters(in: .whitespaces).isEmpty ? .required : .yearOutOfRange))
        }
        if kind == .chuyenDe, movementID == nil { issues.append(ValidationIssue(.movement, .movementRequired)) }
        if let issue = ValidationIssue.text(.note, note, .note) { issues.append(issue) }
        return issues
    }

    /// The year, once valid.
    public var yearValue: Int? { Int(year.trimmingCharacters(in: .whitespaces)) }

    private static func validate(_ draft: NomineeDraft, today: CivilDate) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        switch draft.type {
        case .person, .household:
            issues += nameIssues(draft.familyName, .familyName, required: true)
            issues += nameIssues(draft.middleName, .middleName, required: false)
            issues += nameIssues(draft.givenName, .givenName, required: true)
            if draft.type == .household, draft.groupID == nil { issues.append(ValidationIssue(.group, .required)) }
        case .collective, .residentialGroup:
            if let issue = ValidationIssue.text(.name, draft.name, .name) {
                issues.append(issue)
            } else if draft.name.trimmingCharacters(in: .whitespaces).isEmpty {
                issues.append(ValidationIssue(.name, .required))
            }
        }
        if let issue = ValidationIssue.text(.position, draft.position, .position) { issues.append(issue) }
        let birth = draft.birthDate.trimmingCharacters(in: .whitespaces)
        var birthDate: CivilDate?
        if draft.type == .person, !birth.isEmpty {
            if let date = CivilDate(vietnamese: birth) {
                if date > today { issues.append(ValidationIssue(.birthDate, .futureDate)) }
                else if date.year < 1900 { issues.append(ValidationIssue(.birthDate, .invalidDate)) }
                else { birthDate = date }
            } else {
                issues.append(ValidationIssue(.birthDate, .invalidDate))
            }
        }
        let personalID = draft.personalID.trimmingCharacters(in: .whitespaces)
        if draft.type == .person, !personalID.isEmpty {
            switch IdentityNumbers.citizenIDProblem(personalID, birthDate: birthDate, sex: draft.sex) {
            case .shape?: issues.append(ValidationIssue(.personalID, .personalIDShape))
            case .disagrees?: issues.append(ValidationIssue(.personalID, .personalIDDisagrees))
            case nil: break
            }
        }
        let phone = draft.phone.trimmingCharacters(in: .whitespaces)
        if draft.type == .person || draft.type == .household, !phone.isEmpty, !IdentityNumbers.isValidPhone(phone) {
            issues.append(ValidationIssue(.phone, .phoneShape))
        }
        return issues
    }

    private static func nameIssues(_ text: String, _ field: DraftField, required: Bool) -> [ValidationIssue] {
        if let issue = ValidationIssue.text(field, text, .namePart) { return [issue] }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return required ? [ValidationIssue(field, .required)] : [] }
        let allowed = trimmed.allSatisfy { $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" }
        return allowed ? [] : [ValidationIssue(field, .notAName)]
    }
}

/// Identifiers of nominations: `YEAR-CODE-NNNN`.
public enum NominationID {
    /// The id for the `number`th nomination of `year` with the award's `idCode`.
    /// Numbers below 1 are written as 1.
    public static func make(year: Int, idCode: String, number: Int) -> String {
        let digits = String(max(1, number))
        return "\(year)-\(idCode)-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The running number at the end of an id of the shape `YYYY-CODE-NNNN` (four-digit
    /// year, a code of letters and digits, a number of digits); nil for anything else.
    public static func number(of id: String) -> Int? {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        func digits(_ part: Substring) -> Bool { !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard parts.count == 3, parts[0].count == 4, digits(parts[0]),
              !parts[1].isEmpty, parts[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
              digits(parts[2]) else { return nil }
        return Int(parts[2])
    }
}
