import CommendationStore
import TerminalUI
import VietnameseText

/// A store that failed the desk, as the clerk is told: what could not be done (a screen's
/// read, or a save), why, and what to do — each sentence a key of the string table
/// (`trouble.*`), so that it reads in the clerk's language. A screen that cannot read shows
/// this in place of its list (never an empty list); a save that fails says so and keeps what
/// was typed.
struct StoreTrouble: Error, Equatable {
    /// What failed.
    enum Attempt: String, Sendable {
        /// Reading what a screen shows.
        case read
        /// Saving a change.
        case write
    }

    /// Why, in the desk's words: the last part of the keys `trouble.cause.*` and
    /// `trouble.advice.<attempt>.*`.
    enum Cause: String, Sendable, CaseIterable {
        /// Another program holds the store's lock.
        case locked
        /// The store is open read-only.
        case readOnly
        /// The file is damaged, or not a store.
        case damaged
        /// The disk is full.
        case diskFull
        /// The file was replaced under the desk.
        case replaced
        /// Anything else the store reported (its own sentence says what).
        case other
    }

    let attempt: Attempt
    let cause: Cause
    /// The store's file.
    let path: String
    /// The store's own sentence for `other` (in the clerk's language).
    let detail: String

    /// The trouble behind `error`, when it is the store failing rather than a refusal of the
    /// ward's rules (a workflow refusal, a conflict, a duplicate number are said otherwise):
    /// nil for those when writing. When reading, every error is trouble.
    init?(_ error: Error, attempt: Attempt, environment: DeskEnvironment) {
        self.attempt = attempt
        path = environment.store.path
        guard let storeError = error as? StoreError else {
            cause = .other
            detail = "\(error)"
            return
        }
        detail = environment.describe(storeError)
        switch storeError {
        case .locked: cause = .locked
        case .readOnly: cause = .readOnly
        case .corrupt, .notADatabase, .incomplete: cause = .damaged
        case .diskFull: cause = .diskFull
        case .replaced: cause = .replaced
        case .cannotOpen, .newerVersion, .noStore, .notAFile, .isAFolder, .cannotCreateFolder, .needsUpgrade, .other: cause = .other
        case .conflict, .invalid, .missing, .refused, .notEditable, .duplicateDecision, .publishedBeforeDecision, .changedSincePlan:
            guard attempt == .read else { return nil }
            cause = .other
        }
    }

    /// "Không đọc được kho dữ liệu" / "Chưa lưu được".
    func title(_ strings: Localizer) -> String { strings("trouble.\(attempt.rawValue).title") }

    /// What went wrong: the cause with the store's path, or the store's own sentence.
    func why(_ strings: Localizer) -> String {
        cause == .other ? detail : strings("trouble.cause." + cause.rawValue, path)
    }

    /// What the clerk can do about it.
    func advice(_ strings: Localizer) -> String { strings("trouble.advice.\(attempt.rawValue).\(cause.rawValue)") }

    /// The whole story on one line (a field's error, a picker's entry, the status bar).
    func sentence(_ strings: Localizer) -> String {
        title(strings) + ": " + why(strings) + " " + advice(strings)
    }

    /// The story under a form dialog's fields, which keep what was typed.
    func inForm(_ strings: Localizer) -> String {
        sentence(strings) + " " + strings("trouble.kept")
    }

    /// Draws the trouble in `rect` (in place of a list that could not be read): the title,
    /// why and what to do, wrapped; a story longer than the rect ends in "…".
    func draw(in rect: Rect, strings: Localizer, on buffer: inout ScreenBuffer) {
        guard rect.width > 4, rect.height > 0 else { return }
        buffer.fill(rect, style: Style(.normal))
        let width = rect.width - 2
        var lines: [(String, Style)] = [("⚠ " + title(strings), Style(.error, [.bold]))]
        lines += TextWrap.lines(why(strings), width: width).map { ($0, Style(.error)) }
        lines += TextWrap.lines(advice(strings), width: width).map { ($0, Style(.normal)) }
        if lines.count > rect.height {
            let last = lines[rect.height - 1]
            // Ends in "…" whether or not the line had room for it.
            lines = Array(lines.prefix(rect.height - 1)) + [((last.0 + " …").truncated(toWidth: width), last.1)]
        }
        for (offset, line) in lines.enumerated() {
            buffer.put(line.0, at: Point(x: rect.minX + 1, y: rect.minY + offset), style: line.1, limit: width)
        }
    }
}
