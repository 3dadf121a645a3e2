import Foundation

/// The files tdkt ships in `Resources/data`: rulebooks (JSON), user-interface strings
/// (`strings/vi.json`, `strings/en.json`) and the fictional demo ward (`demo-ward.json`).
public enum TdktResources {
    /// A resource that could not be found or read.
    public struct Missing: Error, CustomStringConvertible {
        /// The path asked for, relative to `data/`.
        public let path: String
        /// "resource data/… is missing from the installation".
        public var description: String { "resource data/\(path) is missing from the installation" }
    }

    /// The folder holding the resources.
    public static var folder: URL {
        Bundle.module.bundleURL.appendingPathComponent("data", isDirectory: true)
    }

    /// The bytes of `path` (relative to `data/`, e.g. "strings/vi.json").
    public static func data(_ path: String) throws -> Data {
        let url = folder.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else { throw Missing(path: path) }
        return data
    }

    /// The files of a sub-folder (e.g. "rulebooks"), sorted by name, as paths relative to `data/`.
    public static func files(in subfolder: String) throws -> [String] {
        let url = folder.appendingPathComponent(subfolder, isDirectory: true)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { throw Missing(path: subfolder) }
        return names.filter { !$0.hasPrefix(".") }.sorted().map { subfolder + "/" + $0 }
    }
}
