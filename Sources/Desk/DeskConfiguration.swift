import Commendation
import CommendationStore
import Foundation
import TerminalUI
import VietnameseText

/// A line of a configuration file that could not be used, and why.
public struct ConfigurationProblem: Sendable, Hashable {
    /// The file ("config", "keys").
    public var file: String
    /// Line number, from 1.
    public var line: Int
    /// String-table key of the message.
    public var message: String
    /// The message's arguments.
    public var arguments: [String]

    /// The problem in words: "keys, dòng 3: …".
    public func text(_ strings: Localizer) -> String {
        strings("config.problem", file, line, strings(message, arguments: arguments))
    }
}

/// The clerk's settings, from `$XDG_CONFIG_HOME/tdkt/config` (`~/.config/tdkt/config`), and
/// key bindings from `…/tdkt/keys`. Both are plain `name = value` lines; `#` starts a comment.
/// Anything not understood is reported with its line number and otherwise ignored.
///
/// `config`:
/// ```
/// input-method = telex        # or vni: what Ctrl-T turns on
/// input-method-on = no        # yes: on from the start
/// tone-placement = old        # or new (hoà, thuý)
/// mouse = off                 # on: click to focus a field or choose an item
/// selection = bar             # or marker: only the first column (fewer bytes on slow links)
/// ```
/// `keys` — `action = keys` for every context the action has, or `context.action = keys`:
/// ```
/// save = F2, Ctrl-S
/// list.choose = Enter, Space
/// ```
public struct DeskConfiguration: Sendable {
    /// The method Ctrl-T turns on.
    public var inputMethod: InputMethodKind = .telex
    /// Whether the built-in input method is on from the start.
    public var inputMethodOn = false
    /// Modern tone placement.
    public var modernTones = false
    /// Whether clicks are taken.
    public var mouse = false
    /// How lists show the selected row.
    public var selectionStyle: TableView.SelectionStyle = .bar
    /// Where the desk keeps a daily backup of the store (none when nil), and how many it keeps.
    public var backupFolder: String?
    public var backupsKept = 7
    /// The key table after the clerk's rebindings.
    public var keymap: Keymap
    /// Lines that could not be used.
    public var problems: [ConfigurationProblem] = []
    /// The folder the files were read from (named when a line could not be used).
    public var folder = DeskConfiguration.folder()
    /// The ward's own days off and make-up workdays (`holidays.json` in the folder), laid over
    /// the shipped calendar.
    public var holidays: WorkingCalendar?

    /// The defaults.
    public init(keymap: Keymap = DeskKeymap.standard) {
        self.keymap = keymap
    }

    /// The composer Ctrl-T turns on.
    public var composer: VietnameseComposer { VietnameseComposer(inputMethod, modernTones: modernTones) }

    /// The folder: `$XDG_CONFIG_HOME/tdkt`, or `~/.config/tdkt`.
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        StoreLocation.configFolder(environment: environment)
    }

    /// Reads both files from the folder (missing files are fine; a file that is there but
    /// cannot be read is a problem, said when the desk opens).
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> DeskConfiguration {
        let folder = folder(environment: environment)
        var configuration = DeskConfiguration()
        configuration.folder = folder
        if let text = configuration.text(of: "config", in: folder) { configuration.read(settings: text) }
        if let text = configuration.text(of: "keys", in: folder) { configuration.read(keys: text) }
        if let data = FileManager.default.contents(atPath: folder + "/holidays.json") { configuration.read(holidays: data) }
        return configuration
    }

    /// The text of the file `name` in `folder`: nil when there is none, or when it cannot be
    /// read (not UTF-8, no permission), which is then a problem of line 1.
    private mutating func text(of name: String, in folder: String) -> String? {
        let path = folder + "/" + name
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            problems.append(ConfigurationProblem(file: name, line: 1, message: "config.unreadable", arguments: [path]))
            return nil
        }
    }

    /// The `name = value` lines of a file, with their numbers; problems for lines without "=".
    private mutating func lines(_ text: String, file: String) -> [(line: Int, name: String, value: String)] {
        var result: [(Int, String, String)] = []
        for (index, raw) in text.components(separatedBy: "\n").enumerated() {
            let content = String(raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                .trimmingCharacters(in: .whitespaces)
            guard !content.isEmpty else { continue }
            let parts = content.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty else {
                problems.append(ConfigurationProblem(file: file, line: index + 1, message: "config.noEquals", arguments: [content]))
                continue
            }
            result.append((index + 1, parts[0], parts[1]))
        }
        return result
    }

    /// Reads the ward's holiday file; a problem is reported with its line and the file ignored.
    public mutating func read(holidays data: Data) {
        do {
            holidays = try WorkingCalendar.decode(data)
        } catch let error as CalendarFileError {
            problems.append(ConfigurationProblem(file: "holidays.json", line: error.line ?? 1, message: "config.holidays.invalid",
                                                 arguments: [error.vietnamese, error.english]))
        } catch {
            problems.append(ConfigurationProblem(file: "holidays.json", line: 1, message: "config.holidays.invalid",
                                                 arguments: ["\(error)", "\(error)"]))
        }
    }

    /// Applies the settings file.
    public mutating func read(settings text: String) {
        for (line, name, value) in lines(text, file: "config") {
            let lower = value.lowercased()
            func bad(_ expected: String) {
                problems.append(ConfigurationProblem(file: "config", line: line, message: "config.badValue", arguments: [name, value, expected]))
            }
            switch name {
            case "input-method":
                if let kind = InputMethodKind(rawValue: lower) { inputMethod = kind } else { bad("telex, vni") }
            case "input-method-on":
                if let flag = Self.flag(lower) { inputMethodOn = flag } else { bad("yes, no") }
            case "tone-placement":
                switch lower {
                case "old": modernTones = false
                case "new": modernTones = true
                default: bad("old, new")
                }
            case "mouse":
                if let flag = Self.flag(lower) { mouse = flag } else { bad("on, off") }
            case "selection":
                if let style = TableView.SelectionStyle(rawValue: lower) { selectionStyle = style } else { bad("bar, marker") }
            case "backup-folder":
                backupFolder = ["", "no", "off", "không", "tắt"].contains(lower) ? nil : value
            case "backup-keep":
                if let count = Int(value), (1...365).contains(count) { backupsKept = count } else { bad("1–365") }
            default:
                problems.append(ConfigurationProblem(file: "config", line: line, message: "config.unknownSetting", arguments: [name]))
            }
        }
        sortProblems()
    }

    private static func flag(_ value: String) -> Bool? {
        switch value {
        case "yes", "on", "true", "có", "bật": return true
        case "no", "off", "false", "không", "tắt": return false
        default: return nil
        }
    }

    /// Applies the key file.
    public mutating func read(keys text: String) {
        for (line, name, value) in lines(text, file: "keys") {
            let nameParts = name.split(separator: ".", maxSplits: 1).map(String.init)
            let action = Action(rawValue: nameParts.last ?? "")
            let context = nameParts.count == 2 ? KeyContext(rawValue: nameParts[0]) : nil
            let bindings = keymap.bindings.filter { $0.action == action && (context == nil || $0.context == context) }
            guard !bindings.isEmpty else {
                // An action that exists, in another context: say where it is.
                let contexts = keymap.bindings.filter { $0.action == action }.map { $0.context.rawValue + "." + action.rawValue }
                if contexts.isEmpty {
                    problems.append(ConfigurationProblem(file: "keys", line: line, message: "config.unknownAction", arguments: [name]))
                } else {
                    problems.append(ConfigurationProblem(file: "keys", line: line, message: "config.actionElsewhere",
                                                         arguments: [name, contexts.joined(separator: ", ")]))
                }
                continue
            }
            var keys: [KeyEvent] = []
            var understood = true
            for keyName in value.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                guard let key = KeyEvent(name: keyName) else {
                    problems.append(ConfigurationProblem(file: "keys", line: line, message: "config.unknownKey", arguments: [keyName]))
                    understood = false
                    break
                }
                keys.append(key)
            }
            guard understood else { continue }
            guard !keys.isEmpty else {
                problems.append(ConfigurationProblem(file: "keys", line: line, message: "config.noKeys", arguments: [name]))
                continue
            }
            var conflict: String?
            for binding in bindings {
                for other in keymap.bindings where other.context == binding.context && other.action != action {
                    if let clash = keys.first(where: { other.keys.contains($0) }) {
                        conflict = "\(clash.displayName) → \(other.context.rawValue).\(other.action.rawValue)"
                    }
                }
            }
            if let conflict {
                problems.append(ConfigurationProblem(file: "keys", line: line, message: "config.conflict", arguments: [conflict]))
                continue
            }
            for binding in bindings { keymap.rebind(binding.action, in: binding.context, to: keys) }
        }
        sortProblems()
    }

    /// Problems in file and line order.
    private mutating func sortProblems() {
        problems.sort { ($0.file, $0.line) < ($1.file, $1.line) }
    }
}
