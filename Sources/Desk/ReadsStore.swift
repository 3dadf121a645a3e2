import TerminalUI

/// A screen that shows what it read from the store, or why it could not (in place of its
/// list: never an empty list for a store that failed).
protocol ReadsStore: Screen {
    /// Why the screen's last read failed, if it did.
    var trouble: StoreTrouble? { get }
    /// Reads again what the screen shows.
    func reread()
}

extension ReadsStore {
    /// The redraw key on a screen that could not read reads again (then the screen is drawn
    /// anew as usual): what the trouble's advice offers.
    func rereadOnRedraw(_ action: Action) {
        if action == .redraw, trouble != nil { reread() }
    }
}

extension DeskEnvironment {
    /// Runs a read of the store for a screen: its value, or nil with the trouble kept in
    /// `trouble` (the first one of a reload is what the screen shows).
    func read<T>(_ trouble: inout StoreTrouble?, _ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch {
            if trouble == nil { trouble = StoreTrouble(error, attempt: .read, environment: self) }
            return nil
        }
    }
}
