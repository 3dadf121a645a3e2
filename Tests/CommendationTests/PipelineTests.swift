import Foundation
import Testing
@testable import Commendation

/// Two stages on two threads: every value arrives once and in order, an error on either side
/// ends both, and the producer runs on a thread of its own.
@Suite struct PipelineTests {
    @Test func everyValueArrivesInOrderFromAnotherThread() throws {
        let caller = pthread_self()
        var producerThreads: [pthread_t] = []
        var received: [Int] = []
        try Pipeline.run(batch: 7, depth: 2, produce: { emit in
            producerThreads.append(pthread_self())
            for value in 0..<10_000 { try emit(value) }
        }, consume: { value in
            received.append(value)
        })
        #expect(received == Array(0..<10_000))
        #expect(producerThreads.count == 1)
        #expect(producerThreads.allSatisfy { pthread_equal($0, caller) == 0 })
    }

    /// Many short runs: the second thread must let go of the producer before each run returns
    /// (a closure that does not escape and is still held then stops the process).
    @Test func manyShortRunsEachEndCleanly() throws {
        var total = 0
        for run in 0..<2_000 {
            try Pipeline.run(batch: 2, depth: 1, produce: { emit in
                for value in 0..<(run % 5) { try emit(value) }
            }, consume: { total += $0 })
        }
        // Each run of n values adds 0 + 1 + … + (n − 1); n cycles through 0…4, 400 times each.
        #expect(total == 400 * (0 + 0 + 1 + 3 + 6))
    }

    @Test func nothingProducedIsNothingConsumed() throws {
        var received: [String] = []
        try Pipeline.run(produce: { _ in }, consume: { received.append($0) })
        #expect(received.isEmpty)
    }

    struct Broken: Error, Equatable {
        var at: Int
    }

    @Test func aProducersErrorComesAfterEverythingItEmittedBefore() {
        var received: [Int] = []
        #expect(throws: Broken(at: 1_000)) {
            try Pipeline.run(batch: 64, depth: 3, produce: { emit in
                for value in 0..<1_000 { try emit(value) }
                throw Broken(at: 1_000)
            }, consume: { received.append($0) })
        }
        #expect(received == Array(0..<1_000))
    }

    @Test func aConsumersErrorStopsTheProducer() {
        var received: [Int] = []
        var stoppedAt: Int?
        #expect(throws: Broken(at: 300)) {
            try Pipeline.run(batch: 16, depth: 2, produce: { emit in
                // Would run forever: only the consumer's failure ends it.
                var value = 0
                while true {
                    do {
                        try emit(value)
                    } catch is Pipeline.Stopped {
                        stoppedAt = value
                        throw Pipeline.Stopped()
                    }
                    value += 1
                }
            }, consume: { value in
                if value == 300 { throw Broken(at: value) }
                received.append(value)
            })
        }
        #expect(received == Array(0..<300))
        // The producer was told to stop within the few batches it may run ahead.
        #expect(stoppedAt.map { $0 >= 300 && $0 <= 300 + 16 * 4 } == true)
    }
}
