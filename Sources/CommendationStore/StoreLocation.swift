import Foundation

/// Where the store file lives: `--store PATH`, else `$TDKT_STORE`, else the embedded default
/// `$XDG_DATA_HOME/tdkt/tdkt.sqlite` (`~/.local/share/tdkt/tdkt.sqlite` when unset).
public enum StoreLocation {
    /// The path to use, given the `--store` option and the environment.
    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return option }
        if let fromEnvironment = environment["TDKT_STORE"], !fromEnvironment.isEmpty { return fromEnvironment }
        return defaultPath(environment: environment)
    }

    /// The clerk's configuration folder: `$XDG_CONFIG_HOME/tdkt`, or `~/.config/tdkt` (settings,
    /// key bindings, the audit key, the audit anchors).
    public static func configFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/tdkt" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.config/tdkt"
    }

    /// The embedded default path.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg.count > 1 && xdg.hasSuffix("/") ? String(xdg.reversed().drop { $0 == "/" }.reversed()) : xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = home + "/.local/share"
        }
        return dataHome + "/tdkt/tdkt.sqlite"
    }
}
