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
