import WardServices
import VietnameseText
import ArgumentParser
import Commendation
import CommendationStore
import Foundation
import TerminalUI

/// `tdkt`: the desk, and subcommands for scripting.
struct TdktCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tdkt",
        abstract: HelpLanguage.t("Bàn làm việc thi đua – khen thưởng cho phường, xã.", "A terminal desk for ward commendation work."),
        discussion: HelpLanguage.t("""
            Không có lệnh con: mở bàn làm việc trên kho dữ liệu. Kho mặc định: $XDG_DATA_HOME/tdkt/tdkt.sqlite \
            (~/.local/share/tdkt/tdkt.sqlite), hoặc --store PATH, hoặc biến môi trường TDKT_STORE. Trợ giúp bằng \
            tiếng Anh: --lang en --help.
            Mã thoát: 0 thành công; 1 có đề nghị không đủ điều kiện (check), nhật ký bị sửa (audit verify); \
            2 sai cú pháp hoặc dữ liệu vào; 3 đề nghị thiếu thông tin; 4 không dùng được kho dữ liệu; \
            5 chưa làm vì cần xác nhận hoặc sẽ ghi đè (--yes, --force), kho không trống, kho đang mở; \
            6 không ghi được tệp hoặc thư mục.
            """, """
            No subcommand: open the desk on the store. The store: $XDG_DATA_HOME/tdkt/tdkt.sqlite \
            (~/.local/share/tdkt/tdkt.sqlite), or --store PATH, or the environment variable TDKT_STORE.
            Exit codes: 0 success; 1 a nomination is not eligible (check), the audit trail was changed (audit \
            verify); 2 bad input or usage; 3 a nomination is incomplete; 4 the store cannot be used; 5 refused: it \
            needs confirming or would overwrite (--yes, --force), the store is not empty, the store is open; \
            6 a file or folder could not be written.
            """),
        subcommands: [OpenDesk.self, CheckCommand.self, InitCommand.self, DemoCommand.self, PendingCommand.self, DocumentCommand.self, CertificatesCommand.self, ReportCommand.self, AuditCommand.self, BackupCommand.self,
                      RestoreCommand.self, ExportCommand.self, ImportCommand.self],
        defaultSubcommand: OpenDesk.self)

    /// Parses the command line, runs it and exits with the architecture's codes: usage
    /// errors exit 2 (not ArgumentParser's 64), store errors exit 4.
    /// Help and usage messages are in the language `--lang` names (Vietnamese by default).
    static func runAndExit() -> Never {
        var arguments = Array(CommandLine.arguments.dropFirst())
        HelpLanguage.select(from: arguments)
        // "tdkt help export --lang en" is "tdkt export --help" in English (ArgumentParser's own
        // help command takes no options).
        if arguments.first == "help" {
            var rest: [String] = []
            var words = arguments.dropFirst().makeIterator()
            while let word = words.next() {
                if word == "--lang" { _ = words.next() } else if !word.hasPrefix("--lang=") { rest.append(word) }
            }
            arguments = rest + ["--help"]
        }
        // "tdkt --lang en --help": the tool's help (not the desk's, whose option --lang is).
        if arguments.contains(where: { $0 == "--help" || $0 == "-h" }),
           arguments.allSatisfy({ ["--help", "-h", "--lang", "vi", "en"].contains($0) || $0.hasPrefix("--lang=") }) {
            TerminalOutput.line(HelpLanguage.translate(helpMessage()))
            Foundation.exit(0)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch let failure as CommandFailure {
            failure.report()
            Foundation.exit(failure.code)
        } catch {
            let code = exitCode(for: error)
            let message = HelpLanguage.translate(fullMessage(for: error))
            if code == .success {
                if !message.isEmpty { TerminalOutput.line(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { TerminalOutput.error(message + "\n") }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// Options every command takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("Tệp kho dữ liệu (không có: $TDKT_STORE hoặc ~/.local/share/tdkt/tdkt.sqlite).",
                                                  "The store file (none: $TDKT_STORE or ~/.local/share/tdkt/tdkt.sqlite)."),
                                       valueName: HelpLanguage.t("tệp", "file")))
    var store: String?

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("Ngôn ngữ giao diện: vi hoặc en.", "Interface language: vi or en."), valueName: "vi|en"))
    var lang: Language = .vi

    @Flag(name: .long, help: ArgumentHelp(HelpLanguage.t("Mở kho ở chế độ chỉ đọc (xem, không sửa).", "Open the store read-only (look, do not change).")))
    var readOnly = false

    /// The store path to use.
    var storePath: String { StoreLocation.resolve(option: store) }

    /// Opens the store, turning a failure into exit code 4 with the message in `lang`. Only the
    /// desk's first run and `tdkt demo` create a store (`create`); every other command refuses a
    /// missing one rather than work on a new, empty store. A command that only reads passes
    /// `readOnly: true`; `--read-only` makes any command read-only.
    func openStore(profile: String, create: Bool = false, readOnly onlyReads: Bool = false) throws -> Store {
        let readOnly = self.readOnly || onlyReads
        do {
            return try Store(path: storePath, actor: .current(profile: profile), readOnly: readOnly, create: create && !readOnly,
                             auditKey: readOnly ? nil : auditKey(), anchors: AuditAnchors(folder: StoreLocation.configFolder()))
        } catch let error as StoreError {
            throw failure(error)
        }
    }

    /// The rules of the ward that keeps `store` (`WardRules.of`), with the ward's holidays from
    /// the configuration folder; a holidays file that cannot be read is a warning.
    func wardRules(_ store: Store) throws -> WardRules {
        var holidays: WorkingCalendar?
        do { holidays = try WardHolidays.load() } catch {
            warn("cli.holidays.unreadable", "\(error)")
        }
        do {
            return try WardRules.of(store, holidays: holidays, today: SystemClock().today())
        } catch let unknown as Shipped.UnknownProvince {
            throw failure(ExitStatus.store, "cli.province.unknown", unknown.id, store.path)
        } catch let error as StoreError {
            throw failure(error)
        }
    }

    /// The national rulebooks with the province layer the ward chose; a setting that names no
    /// shipped province is a store problem (exit 4), said in `lang`.
    func rulebooks(_ store: Store) throws -> RulebookSet {
        do { return try Shipped.rulebooks(for: store) } catch let unknown as Shipped.UnknownProvince {
            throw failure(ExitStatus.store, "cli.province.unknown", unknown.id, store.path)
        } catch let error as StoreError {
            throw failure(error)
        }
    }

    /// The clerk's audit key (made on first use); nil, with a warning, when the configuration
    /// folder cannot hold it — the rows are then chained but not signed.
    func auditKey() -> AuditKey? {
        do { return try AuditKey.loadOrCreate(in: StoreLocation.configFolder()) } catch let problem as AuditKeyProblem {
            warn("cli.audit.keyUnusable", problem.path, problem.reason)
        } catch {
            warn("cli.audit.keyUnusable", StoreLocation.configFolder(), "\(error)")
        }
        return nil
    }

    /// Leaves an anchor of `store`'s audit trail in the anchors file; a failure is a warning (the
    /// work itself is done).
    func recordAnchor(_ store: Store, reason: String) {
        do { try store.recordAnchor(reason: reason) } catch {
            warn("cli.audit.anchorNotKept", "\(error)")
        }
    }

    /// The string table of `lang`, its key hints left unnamed: the command line has no keys; the
    /// desk names them from the clerk's key table.
    func strings() throws -> Localizer {
        do { return try Shipped.strings(lang) } catch {
            throw CommandFailure(code: ExitStatus.store, message: "\(error)")
        }
    }

    /// `key` of the string table in `lang`, its placeholders filled.
    func text(_ key: String, _ arguments: CustomStringConvertible...) -> String {
        text(key, arguments.map(\.description))
    }

    /// `key` filled with `arguments`. A table that cannot be read (a damaged installation)
    /// shows the key and its arguments, never nothing.
    private func text(_ key: String, _ arguments: [String]) -> String {
        switch Result(catching: { try Shipped.strings(lang) }) {
        case .success(let table): return table(key, arguments: arguments)
        case .failure: return "⟦\(key)⟧ " + arguments.joined(separator: " ")
        }
    }

    /// A failure with exit `code` and the message of `key` in `lang`.
    func failure(_ code: Int32, _ key: String, _ arguments: CustomStringConvertible...) -> CommandFailure {
        CommandFailure(code: code, message: text(key, arguments.map(\.description)))
    }

    /// A store's failure, in `lang`, with exit code 4.
    func failure(_ error: StoreError) -> CommandFailure {
        CommandFailure(code: ExitStatus.store, message: error.message(lang))
    }

    /// Writes a warning on standard error: "tdkt: " and the message of `key`.
    func warn(_ key: String, _ arguments: CustomStringConvertible...) {
        TerminalOutput.error("tdkt: " + text(key, arguments.map(\.description)) + "\n")
    }
}

extension Language: ExpressibleByArgument {}

/// A failure already put into words, with its exit code.
struct CommandFailure: Error {
    var code: Int32
    var message: String
    func report() {
        TerminalOutput.error("tdkt: " + message + "\n")
    }
}
