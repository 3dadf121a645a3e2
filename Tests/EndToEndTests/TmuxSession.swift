import Foundation
import Testing

/// A private tmux server running one command in a window of a given size, for driving the
/// built `tdkt` as a person would: send keys, read the screen back.
final class TmuxSession {
    let socket: String
    private(set) var lastScreen = ""

    /// Starts `command` (run by `sh -c`) in a new detached session of `width`×`height`.
    init(_ command: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        socket = "tdkt-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        var arguments = ["new-session", "-d", "-x", String(width), "-y", String(height)]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        arguments += ["sh", "-c", command]
        try tmux(arguments)
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Runs a tmux command against this session's server and returns its output.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
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
