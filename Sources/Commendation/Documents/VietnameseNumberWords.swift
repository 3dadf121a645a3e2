/// Numbers as Vietnamese words and figures, for the money lines of decisions
/// ("4.230.000 đồng (Bằng chữ: Bốn triệu hai trăm ba mươi nghìn đồng)").
///
/// The reading follows the usual rules: groups of three digits named nghìn, triệu, tỷ (then
/// nghìn tỷ, triệu tỷ, tỷ tỷ); a group after the first is read in full ("không trăm", "linh");
/// groups that are zero are left out; 10–19 are "mười …", 20–99 "… mươi …"; a final 1 after
/// "mươi" is "mốt", a final 5 after "mười"/"mươi" is "lăm", a final 4 after "mươi" is "tư";
/// a zero tens digit before a unit is "linh" (or "lẻ").
public enum VietnameseNumberWords {
    /// How a zero tens digit before a unit is read: 105 "một trăm linh năm" or "một trăm lẻ năm".
    public enum ZeroTens: String, Sendable, Hashable, CaseIterable {
        /// "linh", the northern and administrative usage (the default).
        case linh
        /// "lẻ", the southern usage.
        case le = "lẻ"
    }

    private static let digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
    private static let scales = ["", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ", "tỷ tỷ"]

    /// `number` in words, lower case: 0 "không", 21 "hai mươi mốt", 1 053 000 "một triệu
    /// không trăm năm mươi ba nghìn". A negative number starts with "âm".
    public static func words(_ number: Int, zeroTens: ZeroTens = .linh) -> String {
        if number == 0 { return digits[0] }
        // Int.min has no positive counterpart: read its magnitude as an unsigned number.
        let magnitude = number.magnitude
        var groups: [Int] = []
        var rest = magnitude
        while rest > 0 {
            groups.append(Int(rest % 1000))
            rest /= 1000
        }
        var parts: [String] = []
        for index in stride(from: groups.count - 1, through: 0, by: -1) where groups[index] != 0 {
            let isLeading = index == groups.count - 1
            parts.append(groupWords(groups[index], full: !isLeading, zeroTens: zeroTens))
            if !scales[index].isEmpty { parts.append(scales[index]) }
        }
        let text = parts.joined(separator: " ")
        return number < 0 ? "âm " + text : text
    }

    /// An amount in đồng as written after "Bằng chữ:": capitalised, ending in "đồng".
    /// 710 000 gives "Bảy trăm mười nghìn đồng"; 0 gives "Không đồng".
    public static func dong(_ amount: Int, zeroTens: ZeroTens = .linh) -> String {
        let text = words(amount, zeroTens: zeroTens) + " đồng"
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// `number` in figures with dots between thousands: 2 340 000 gives "2.340.000".
    public static func figures(_ number: Int) -> String {
        let digitsText = String(number.magnitude)
        var out = ""
        for (offset, character) in digitsText.enumerated() {
            if offset > 0, (digitsText.count - offset) % 3 == 0 { out.append(".") }
            out.append(character)
        }
        return number < 0 ? "-" + out : out
    }

    /// One group of three digits (1…999). `full` reads it as a group after the first:
    /// "không trăm" when there are no hundreds, "linh" before a lone unit.
    static func groupWords(_ group: Int, full: Bool, zeroTens: ZeroTens) -> String {
        let hundreds = group / 100, tens = group / 10 % 10, units = group % 10
        var parts: [String] = []
        if hundreds > 0 || full {
            parts.append(digits[hundreds])
            parts.append("trăm")
        }
        switch tens {
        case 0:
            if units > 0 {
                if !parts.isEmpty { parts.append(zeroTens.rawValue) }
                parts.append(digits[units])
            }
        case 1:
            parts.append("mười")
            if units == 5 {
                parts.append("lăm")
            } else if units > 0 {
                parts.append(digits[units])
            }
        default:
            parts.append(digits[tens])
            parts.append("mươi")
            switch units {
            case 0: break
            case 1: parts.append("mốt")
            case 4: parts.append("tư")
            case 5: parts.append("lăm")
            default: parts.append(digits[units])
            }
        }
        return parts.joined(separator: " ")
    }
}
