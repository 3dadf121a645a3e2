// tdkt-crash-writer STORE FIRST: saves nominations into STORE in a loop, numbered from FIRST,
// and after each save returns writes "ACK <nomination id> <number>" to standard output. The
// crash-safety test kills it with SIGKILL at random moments and then checks that every
// acknowledged nomination is in the store, whole. Not a tool for clerks.
#if canImport(Glibc)
import Glibc
#endif
import Commendation
import CommendationStore
import Foundation
import TdktResources

let arguments = CommandLine.arguments
guard arguments.count == 3, let first = Int(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: tdkt-crash-writer STORE FIRST\n".utf8))
    exit(2)
}
do {
    let rulebook = try JSONDecoder().decode(Rulebook.self, from: TdktResources.data("rulebooks/vn-2025-07.json"))
    let store = try Store(path: arguments[1], actor: Actor(osUser: "crash-test", profile: "crash"))
    var number = first
    while true {
        let saved = try store.save(CrashWriterPayload.draft(number), rulebook: rulebook)
        let line = "ACK \(saved.id) \(number)\n"
        _ = line.withCString { write(1, $0, strlen($0)) }
        number += 1
    }
} catch {
    FileHandle.standardError.write(Data("tdkt-crash-writer: \(error)\n".utf8))
    exit(1)
}
