/// The legal texts documents cite after "Căn cứ". Documents take their bases as input (the
/// rules change often: the law of 2022, decree 98/2023 then 152/2025, two-level local
/// government from 1 July 2025); these are the usual ones in late 2026, to start from.
/// Each is written without "Căn cứ" and without the final punctuation.
public enum LegalBasis {
    /// Luật Tổ chức chính quyền địa phương (2025), the chair's power to decide.
    public static let localGovernmentLaw = "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025"
    /// Luật Thi đua, khen thưởng số 06/2022/QH15.
    public static let emulationLaw = "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022"
    /// Nghị định 152/2025/NĐ-CP, which details the law (replaces 98/2023 and 28/2024).
    public static let decree152 =
        "Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng"
    /// Nghị định 86/2023/NĐ-CP, on Gia đình văn hóa and thôn, tổ dân phố văn hóa.
    public static let decree86 =
        "Nghị định số 86/2023/NĐ-CP của Chính phủ quy định khung tiêu chuẩn và thủ tục, hồ sơ xét tặng danh hiệu “Gia đình văn hóa”; “Thôn, tổ dân phố văn hóa”, “Xã, phường, thị trấn tiêu biểu”"

    /// The bases of a proposal (tờ trình): the law and its decree.
    public static let forSubmission = [emulationLaw, decree152]
    /// The bases of a commune chair's decision: local government law, the law, the decree.
    public static let forDecision = [localGovernmentLaw, emulationLaw, decree152]
}
