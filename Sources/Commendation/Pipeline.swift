import Foundation

/// Two stages of one job on two threads (decision 86): `produce` runs on a second thread and
/// hands values to `emit`; `consume` takes them on the calling thread, in the order emitted.
/// While the caller consumes one batch of values, the second thread makes the next: a check
/// writes one chunk of verdicts while it judges the next, on a machine's two cores.
///
/// What crosses between the threads is the values, in batches of `batch`; at most `depth`
/// batches wait, so memory stays that of a few batches however long the job. `produce` and
/// `consume` never run at the same time on the same state unless the caller shares it: each
/// stage must own what it changes (an evaluator and its store belong to `produce`, a sink to
/// `consume`), and what both read must not change while they run.
public enum Pipeline {
    /// Why `emit` threw: `consume` failed, and the values still to come are not wanted.
    public struct Stopped: Error {}

    /// Runs `produce` on a second thread, handing each value it emits to `consume` on this one
    /// in order, and returns once both are done.
    ///
    /// - When `produce` throws, the values emitted before are consumed first, then its error
    ///   is rethrown.
    /// - When `consume` throws, the next `emit` throws `Stopped` (let it pass, or rethrow it),
    ///   the second thread is waited for, and `consume`'s error is rethrown.
    public static func run<Value>(batch: Int = 256, depth: Int = 4,
                                  produce: (_ emit: (Value) throws -> Void) throws -> Void,
                                  consume: (Value) throws -> Void) throws {
        let channel = Channel<Value>(depth: max(1, depth))
        let size = max(1, batch)
        try withoutActuallyEscaping(produce) { produce in
            // The second thread lets go of `produce` before it says it has finished, and this one
            // waits for that (`waitUntilDone`) before `produce` stops being valid.
            let handoff = Handoff(produce)
            DispatchQueue.global().async {
                let failure = Self.produceAll(handoff, into: channel, batch: size)
                channel.finish(failure)
            }
            defer { channel.waitUntilDone() }
            while let values = try channel.take() {
                do {
                    for value in values { try consume(value) }
                } catch {
                    channel.stop()
                    throw error
                }
            }
        }
    }

    /// Runs the producer of `handoff` on the second thread, handing its values over a batch at
    /// a time; the error it ended with, nil when it finished or was stopped. The producer is
    /// taken here, so that it is let go of when this returns.
    private static func produceAll<Value>(_ handoff: Handoff<(_ emit: (Value) throws -> Void) throws -> Void>,
                                          into channel: Channel<Value>, batch size: Int) -> Error? {
        let produce = handoff.take()
        var pending: [Value] = []
        pending.reserveCapacity(size)
        var failure: Error?
        do {
            try produce { value in
                pending.append(value)
                if pending.count == size {
                    try channel.put(pending)
                    pending.removeAll(keepingCapacity: true)
                }
            }
        } catch {
            failure = error
        }
        if failure is Stopped { return nil }
        // What was emitted before an error is handed over before it.
        do {
            if !pending.isEmpty { try channel.put(pending) }
        } catch {
            // Stopped: the consumer wants nothing more.
        }
        return failure
    }

    /// The producer, handed to the second thread, which takes it once and lets go of it
    /// before it finishes (a closure that does not escape must be let go of in time).
    private final class Handoff<Wrapped>: @unchecked Sendable {
        private var value: Wrapped?

        init(_ value: Wrapped) {
            self.value = value
        }

        /// The producer; the handoff holds it no more.
        func take() -> Wrapped {
            defer { value = nil }
            return value!
        }
    }

    /// The batches between the two threads, guarded by one condition.
    private final class Channel<Value>: @unchecked Sendable {
        private let condition = NSCondition()
        private let depth: Int
        private var batches: [[Value]] = []
        private var finished = false
        private var failure: Error?
        private var stopped = false

        init(depth: Int) {
            self.depth = depth
        }

        /// Hands a batch over, waiting while `depth` batches wait already.
        /// - Throws: `Stopped` once the consumer stopped.
        func put(_ batch: [Value]) throws {
            condition.lock()
            defer { condition.unlock() }
            while batches.count >= depth, !stopped { condition.wait() }
            if stopped { throw Stopped() }
            batches.append(batch)
            condition.broadcast()
        }

        /// Marks the end of the values, with the producer's error if it failed.
        func finish(_ error: Error?) {
            condition.lock()
            finished = true
            failure = error
            condition.broadcast()
            condition.unlock()
        }

        /// The next batch, waiting for it; nil at the end.
        /// - Throws: the producer's error, once every batch before it was taken.
        func take() throws -> [Value]? {
            condition.lock()
            defer { condition.unlock() }
            while batches.isEmpty, !finished { condition.wait() }
            if !batches.isEmpty {
                condition.broadcast()
                return batches.removeFirst()
            }
            if let failure { throw failure }
            return nil
        }

        /// Tells the producer that no more values are wanted.
        func stop() {
            condition.lock()
            stopped = true
            condition.broadcast()
            condition.unlock()
        }

        /// Waits until the producer has finished; nothing is taken after this, so a producer
        /// waiting for room is stopped.
        func waitUntilDone() {
            condition.lock()
            stopped = true
            condition.broadcast()
            while !finished { condition.wait() }
            condition.unlock()
        }
    }
}
