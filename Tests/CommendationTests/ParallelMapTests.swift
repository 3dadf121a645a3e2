import Foundation
import Testing
@testable import Commendation

/// Work shared among threads, results in order: every position once, on the threads of the
/// job with a state each, the caller consuming in order; an error on either side ends it.
@Suite struct ParallelMapTests {
    /// The threads a job ran on, and the states it made (one per thread).
    final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var threads: Set<UInt> = []
        private(set) var states = 0
        private(set) var works = 0

        func saw(_ thread: pthread_t) { lock.withLock { _ = threads.insert(UInt(thread)) } }
        func madeState() { lock.withLock { states += 1 } }
        func worked() { lock.withLock { works += 1 } }
        var threadCount: Int { lock.withLock { threads.count } }
        func contains(_ thread: pthread_t) -> Bool { lock.withLock { threads.contains(UInt(thread)) } }
    }

    @Test func everyResultArrivesOnceInOrderFromTheWorkers() throws {
        let caller = pthread_self()
        let seen = Seen()
        var received: [Int] = []
        var consumedOnCaller = true
        try ParallelMap.run(count: 10_001, chunk: 7, workers: 3, ahead: 2, state: { () -> Int in
            seen.madeState()
            return 0
        }, work: { done, position in
            seen.saw(pthread_self())
            done += 1
            return position * 2
        }, consume: { position, value in
            if pthread_equal(pthread_self(), caller) == 0 { consumedOnCaller = false }
            #expect(value == position * 2)
            received.append(position)
        })
        #expect(received == Array(0..<10_001))
        #expect(consumedOnCaller)
        #expect(seen.states == 3)
        #expect(!seen.contains(caller))
        #expect(seen.threadCount >= 1)
    }

    @Test func oneWorkerOrOneChunkRunsOnTheCallingThread() throws {
        let caller = pthread_self()
        for (count, workers) in [(100, 1), (5, 4), (0, 4)] {
            var received: [Int] = []
            var elsewhere = false
            try ParallelMap.run(count: count, chunk: 64, workers: workers, state: { () }, work: { _, position in
                if pthread_equal(pthread_self(), caller) == 0 { elsewhere = true }
                return position
            }, consume: { _, value in received.append(value) })
            #expect(received == Array(0..<count))
            #expect(!elsewhere)
        }
    }

    /// Many short runs: every thread must let go of the closures before each run returns (a
    /// closure that does not escape and is still held then stops the process).
    @Test func manyShortRunsEachEndCleanly() throws {
        var total = 0
        for run in 0..<1_000 {
            try ParallelMap.run(count: run % 9, chunk: 2, workers: 2, ahead: 1, state: { () }, work: { _, position in position },
                                consume: { _, value in total += value })
        }
        // Each run of n positions adds 0 + 1 + … + (n − 1); n cycles through 0…8.
        let perCycle = (0..<9).map { $0 * ($0 - 1) / 2 }.reduce(0, +)
        #expect(total == perCycle * (1_000 / 9) + (0..<(1_000 % 9)).map { $0 * ($0 - 1) / 2 }.reduce(0, +))
    }

    struct Broken: Error, Equatable {
        var at: Int
    }

    @Test func aWorksErrorComesAfterEveryResultBeforeIt() {
        var received: [Int] = []
        #expect(throws: Broken(at: 1_234)) {
            try ParallelMap.run(count: 5_000, chunk: 16, workers: 2, state: { () }, work: { _, position in
                if position == 1_234 || position == 3_000 { throw Broken(at: position) }
                return position
            }, consume: { _, value in received.append(value) })
        }
        #expect(received == Array(0..<1_234))
    }

    @Test func aConsumersErrorStopsTheWorkers() {
        let worked = Seen()
        var received: [Int] = []
        #expect(throws: Broken(at: 300)) {
            try ParallelMap.run(count: 1_000_000, chunk: 10, workers: 2, ahead: 2, state: { () }, work: { _, position in
                worked.worked()
                return position
            }, consume: { _, value in
                if value == 300 { throw Broken(at: 300) }
                received.append(value)
            })
        }
        #expect(received == Array(0..<300))
        // The workers ran at most a few chunks ahead of the error, not to the end.
        #expect(worked.works < 1_000)
    }
}
