#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// A private tmux server running one command in a window of a given size, for driving the
/// built `tdkt` as a person would: send keys, read the screen back.
final class TmuxSession {
    let socket: String
    private(set) var lastScreen = ""
    /// The server's process: `kill-server` alone left a server behind in the suspend test (its
    /// pane an interactive bash), so the end of a session also kills the process itself.
    private(set) var serverPID: pid_t = 0

    /// Starts `command` (run by `sh -c`) in a new detached session of `width`×`height`.
    init(_ command: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        socket = "tdkt-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        var arguments = ["new-session", "-d", "-x", String(width), "-y", String(height)]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        arguments += ["sh", "-c", command]
        // The server started here keeps the client's standard streams open, so they must not
        // be pipes that someone waits on.
        try tmux(arguments, capture: false)
        serverPID = pid_t((try? tmux(["display-message", "-p", "#{pid}"]))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
    }

    deinit {
        _ = try? tmux(["kill-server"], capture: false)
        if serverPID > 0 {
            kill(serverPID, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(serverPID, &status, WNOHANG)
        }
    }

    /// Runs a tmux command against this session's server and returns its output (when
    /// `capture`). Spawned with posix_spawn and reaped with waitpid, so that nothing depends
    /// on a run loop.
    @discardableResult
    func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        try run(["tmux", "-L", socket] + arguments, capture: capture)
    }

    /// Presses keys by tmux name ("Enter", "F2", "C-c", "Tab", "Right").
    func press(_ keys: String...) throws {
        try tmux(["send-keys"] + keys)
    }

    /// Types text literally, as UTF-8.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-l", text])
    }

    /// Resizes the window.
    func resize(_ width: Int, _ height: Int) throws {
        try tmux(["resize-window", "-x", String(width), "-y", String(height)])
    }

    /// The text on screen now.
    func screen() throws -> String {
        lastScreen = try tmux(["capture-pane", "-p"])
        return lastScreen
    }

    /// Waits until the screen contains `text` (a real program on a real terminal takes its
    /// time; the wait ends as soon as the text shows). Returns false after `timeout` seconds.
    func waitFor(_ text: String, timeout: Double = 20) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try screen().contains(text) { return true }
            usleep(50_000)
        }
        // Says what was awaited and what showed instead, so a failure in CI explains itself.
        FileHandle.standardError.write(Data("waitFor(\"\(text)\") timed out; the screen:\n\(lastScreen)\n".utf8))
        return false
    }
}

/// Where the built `tdkt` is: next to the test bundle in the build folder.
func builtTDKT() throws -> String {
    let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
    if folder.lastPathComponent == "MacOS" || folder.lastPathComponent.hasSuffix(".xctest") {
        folder = folder.deletingLastPathComponent()
    }
    let candidate = folder.appendingPathComponent("tdkt").path
    guard FileManager.default.isExecutableFile(atPath: candidate) else {
        throw BinaryMissing(path: candidate)
    }
    return candidate
}

struct BinaryMissing: Error, CustomStringConvertible {
    let path: String
    var description: String { "the built tdkt is not at \(path); run `swift build` first" }
}

/// Runs a program found on PATH with stdin and stderr on /dev/null; returns its standard
/// output when `capture`, otherwise sends it to /dev/null too.
func run(_ arguments: [String], capture: Bool) throws -> String {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var pipeEnds: [Int32] = [-1, -1]
    if capture {
        guard pipe(&pipeEnds) == 0 else { throw SpawnFailure(command: arguments.joined(separator: " ")) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
    } else {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    var cArguments = arguments.map { strdup($0) } + [nil]
    defer { cArguments.forEach { free($0) } }
    var pid: pid_t = 0
    let status = posix_spawnp(&pid, arguments[0], &actions, nil, &cArguments, environ)
    if capture { close(pipeEnds[1]) }
    guard status == 0 else {
        if capture { close(pipeEnds[0]) }
        throw SpawnFailure(command: arguments.joined(separator: " "))
    }
    var output = [UInt8]()
    if capture {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(pipeEnds[0], &buffer, buffer.count)
            if count > 0 { output += buffer[0..<count] } else if count == 0 || errno != EINTR { break }
        }
        close(pipeEnds[0])
    }
    var exitStatus: Int32 = 0
    while waitpid(pid, &exitStatus, 0) < 0 && errno == EINTR {}
    return String(decoding: output, as: UTF8.self)
}

struct SpawnFailure: Error, CustomStringConvertible {
    let command: String
    var description: String { "could not run \(command) (is it installed?)" }
}
