/// What tdkt's exit codes mean, for every command (README's table is this one).
enum ExitStatus {
    /// Done.
    static let success: Int32 = 0
    /// `check`: a nomination is not eligible; `audit verify`: the trail does not hold.
    static let failedCheck: Int32 = 1
    /// The command line or an input file is not valid (the message names the place).
    static let invalidInput: Int32 = 2
    /// `check`: none is not eligible but some lack a fact.
    static let incomplete: Int32 = 3
    /// The store cannot be used: missing, not a tdkt store, damaged, locked, replaced, from a
    /// newer tdkt.
    static let store: Int32 = 4
    /// tdkt would not do it without being told: a file would be overwritten (`--force`), an
    /// import or a publication waits for `--yes`, the store is not empty, a restore finds the
    /// store open, a backup is not sound.
    static let refused: Int32 = 5
    /// An output file or folder could not be written (a permission, a full disk).
    static let cannotWrite: Int32 = 6
}
