import Commendation
import TerminalUI

extension FieldID {
    /// A new nomination's status when saved: received now, or a draft.
    static let saveAs = "save-as"
}

/// A new nomination is received when F2 saves it (its clock starts), unless the clerk keeps
/// it as a draft: the "Khi lưu" choice, shown only before the first save.
extension NominationFormScreen {
    var saveAsField: FormField {
        .choice(FieldID.saveAs, s("form.saveAs"), [
            FormOption(id: NominationStatus.received.rawValue, label: s("form.saveAs.received")),
            FormOption(id: NominationStatus.draft.rawValue, label: s("form.saveAs.draft")),
        ], selected: draft.status == .draft ? NominationStatus.draft.rawValue : NominationStatus.received.rawValue)
    }
}
