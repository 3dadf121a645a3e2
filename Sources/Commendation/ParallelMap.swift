import Foundation

/// One piece of work done for each position `0..<count`, shared among threads, its results
/// taken on the calling thread in the order of the positions (decision 89): a check reads and
/// judges the nominations of a large file on every core while the report is written in file
/// order.
///
/// The positions are cut into chunks; each thread takes every `workers`-th chunk, and none
/// runs more than `ahead` chunks ahead of the one being taken, so that memory stays that of a
/// few chunks however long the job. `work` runs on several threads at once: it may only read
/// what it shares (a file's bytes, a rulebook); what it changes belongs to the state each
/// thread makes for itself with `state`. `consume` runs on the calling thread alone.
public enum ParallelMap {
    /// How many threads a job of this machine shares out (its cores, up to four).
    public static var defaultWorkers: Int { min(4, max(1, ProcessInfo.processInfo.activeProcessorCount)) }

    /// Runs `work` for each position on `workers` threads (on the calling thread alone when
    /// `workers` is 1 or the job is one chunk), handing each result to `consume` in order, and
    /// returns once every thread has finished.
    ///
    /// - When `work` throws at a position, the results before it are consumed first, then its
    ///   error is rethrown; no later result is consumed.
    /// - When `consume` throws, the threads are stopped and waited for, and its error is rethrown.
    public static func run<State, Value>(count: Int, chunk: Int = 64, workers: Int = defaultWorkers, ahead: Int = 8,
                                         state: () -> State,
                                         work: (inout State, Int) throws -> Value,
                                         consume: (Int, Value) throws -> Void) throws {
        let size = max(1, chunk)
        let chunks = (count + size - 1) / size
        let threads = min(max(1, workers), chunks)
        guard threads > 1 else {
            var local = state()
            for position in 0..<max(0, count) { try consume(position, try work(&local, position)) }
            return
        }
        let board = Board<Value>(ahead: max(threads, ahead))
        try withoutActuallyEscaping(state) { state in
            try withoutActuallyEscaping(work) { work in
                let job = Job(state: state, work: work)
                for thread in 0..<threads {
                    DispatchQueue.global().async {
                        // Done with the closures before saying so.
                        Self.runWorker(thread, of: threads, job: job, board: board, count: count, chunk: size)
                        board.workerFinished()
                    }
                }
                // The closures must not outlive this call: every thread is waited for, and the
                // job, which the threads may still hold for a moment, lets go of them.
                defer {
                    board.waitForWorkers(threads)
                    job.clear()
                }
                for index in 0..<chunks {
                    let done = board.take(index)
                    do {
                        for (offset, value) in done.values.enumerated() { try consume(index * size + offset, value) }
                    } catch {
                        board.stop()
                        throw error
                    }
                    if let failure = done.failure {
                        board.stop()
                        throw failure
                    }
                }
            }
        }
    }

    /// One thread's share: chunks `thread`, `thread + threads`, …, until the end, a failure or a stop.
    private static func runWorker<State, Value>(_ thread: Int, of threads: Int, job: Job<State, Value>, board: Board<Value>,
                                                count: Int, chunk: Int) {
        var local = job.state()
        var index = thread
        while index * chunk < count, board.waitForRoom(index) {
            var done = Done<Value>()
            done.values.reserveCapacity(chunk)
            for position in (index * chunk)..<min(count, (index + 1) * chunk) {
                do {
                    done.values.append(try job.work(&local, position))
                } catch {
                    done.failure = error
                    break
                }
            }
            let failed = done.failure != nil
            board.put(index, done)
            // After a failure nothing later is wanted.
            if failed { return }
            index += threads
        }
    }

    /// The closures every thread runs (valid until `run` returns, which waits for the threads).
    private final class Job<State, Value>: @unchecked Sendable {
        private var makeState: (() -> State)?
        private var doWork: ((inout State, Int) throws -> Value)?

        init(state: @escaping () -> State, work: @escaping (inout State, Int) throws -> Value) {
            makeState = state
            doWork = work
        }

        func state() -> State { makeState!() }

        func work(_ state: inout State, _ position: Int) throws -> Value { try doWork!(&state, position) }

        /// Lets go of the closures (once no thread runs them).
        func clear() {
            makeState = nil
            doWork = nil
        }
    }

    /// A chunk's results, and the error that ended it early.
    private struct Done<Value> {
        var values: [Value] = []
        var failure: Error?
    }

    /// The chunks done and not yet taken, guarded by one condition.
    private final class Board<Value>: @unchecked Sendable {
        private let condition = NSCondition()
        private let ahead: Int
        private var done: [Int: Done<Value>] = [:]
        /// The chunk the calling thread takes next.
        private var next = 0
        private var stopped = false
        private var finished = 0

        init(ahead: Int) {
            self.ahead = ahead
            done.reserveCapacity(ahead + 1)
        }

        /// Waits until chunk `index` is within `ahead` of the one taken next; false once stopped.
        func waitForRoom(_ index: Int) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            while index >= next + ahead, !stopped { condition.wait() }
            return !stopped
        }

        func put(_ index: Int, _ chunk: Done<Value>) {
            condition.lock()
            done[index] = chunk
            condition.broadcast()
            condition.unlock()
        }

        /// Chunk `index`, waiting for it.
        func take(_ index: Int) -> Done<Value> {
            condition.lock()
            defer { condition.unlock() }
            while done[index] == nil { condition.wait() }
            next = index + 1
            condition.broadcast()
            return done.removeValue(forKey: index)!
        }

        func stop() {
            condition.lock()
            stopped = true
            condition.broadcast()
            condition.unlock()
        }

        func workerFinished() {
            condition.lock()
            finished += 1
            condition.broadcast()
            condition.unlock()
        }

        /// Waits until `threads` threads have finished; nothing is taken after this, so a thread
        /// waiting for room is stopped.
        func waitForWorkers(_ threads: Int) {
            condition.lock()
            stopped = true
            condition.broadcast()
            while finished < threads { condition.wait() }
            condition.unlock()
        }
    }
}
