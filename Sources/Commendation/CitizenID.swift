/// Checks of identity numbers typed by the clerk or read from files.
public enum IdentityNumbers {
    /// What is wrong with a citizen ID.
    public enum CitizenIDProblem: Hashable, Sendable {
        /// Not 12 digits.
        case shape
        /// The 4th digit (century and sex) or digits 5–6 (year) disagree with the birth date or
        /// sex: the digits that were expected.
        case disagrees(expectedFourth: Int, expectedYear: String)
    }

    /// Checks a 12-digit citizen ID (căn cước công dân / số định danh cá nhân): the shape, and
    /// when the birth date is known, the 4th digit (century: 1900s 0/1, 2000s 2/3, 2100s 4/5,
    /// 2200s 6/7, 2300s 8/9; even for men, odd for women — Thông tư 07/2016/TT-BCA) and
    /// digits 5–6 (the last two digits of the birth year). Nil when it is fine.
    public static func citizenIDProblem(_ id: String, birthDate: CivilDate?, sex: Sex?) -> CitizenIDProblem? {
        let digits = Array(id)
        guard digits.count == 12, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .shape }
        guard let birthDate, let code = digits[3].wholeNumberValue, let yy = Int(String(digits[4...5])) else { return nil }
        let century = 1900 + (code / 2) * 100
        let female = code % 2 == 1
        let expectedFemale = sex.map { $0 == .female } ?? female
        let expectedFourth = (birthDate.year / 100 - 19) * 2 + (expectedFemale ? 1 : 0)
        let expectedYear = String(birthDate.year % 100 < 10 ? "0" : "") + String(birthDate.year % 100)
        if century + yy != birthDate.year || female != expectedFemale {
            return .disagrees(expectedFourth: expectedFourth, expectedYear: expectedYear)
        }
        return nil
    }

    /// Whether a phone number is 10 digits beginning with 0 (spaces, dots and dashes between
    /// digits are allowed when typing).
    public static func isValidPhone(_ text: String) -> Bool {
        let digits = text.filter { !" .-".contains($0) }
        return digits.count == 10 && digits.first == "0" && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The phone number as stored: digits only.
    public static func normalizedPhone(_ text: String) -> String {
        text.filter { $0.isASCII && $0.isNumber }
    }
}
