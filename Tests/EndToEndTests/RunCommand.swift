#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// What a finished command left behind.
struct CommandResult {
    var status: Int32
    var output: String
    var errors: String
}

/// Runs a program with `input` on its standard input (from a temporary file) and collects its
/// standard output, standard error and exit status. Spawned with posix_spawn and reaped with
/// waitpid; the outputs go to temporary files, so nothing can block on a full pipe. With
/// `standardOutput`, standard output goes to that path instead ("/dev/full" for a full disk).
func runCommand(_ arguments: [String], input: String = "", environment extra: [String: String] = [:],
                standardOutput: String? = nil) throws -> CommandResult {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tdkt-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let inPath = folder.appendingPathComponent("in").path, outPath = folder.appendingPathComponent("out").path
    let errPath = folder.appendingPathComponent("err").path
    try input.write(toFile: inPath, atomically: true, encoding: .utf8)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, standardOutput ?? outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    var environment = ProcessInfo.processInfo.environment
    for (key, value) in extra { environment[key] = value }
    var cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    var cArguments = arguments.map { strdup($0) } + [nil]
    defer {
        cArguments.forEach { free($0) }
        cEnvironment.forEach { free($0) }
    }
    var pid: pid_t = 0
    guard posix_spawnp(&pid, arguments[0], &actions, nil, &cArguments, &cEnvironment) == 0 else {
        throw SpawnFailure(command: arguments.joined(separator: " "))
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return CommandResult(status: exit,
                         output: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                         errors: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
}

/// A private temporary folder holding a store with the demo ward, and the built `tdkt`;
/// removed when the suite instance goes.
final class DemoStoreFolder {
    let folder: String
    let store: String
    let tdkt: String

    init(_ name: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tdkt-\(name)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        store = folder + "/tdkt.sqlite"
        tdkt = try builtTDKT()
        _ = try runCommand([tdkt, "demo", "--store", store])
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
