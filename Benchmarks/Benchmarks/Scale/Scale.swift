import WardServices
import Benchmark
import Commendation
import CommendationStore
import Desk
import Foundation
import GRDBSQLite
import TerminalUI

/// The desk at ward and province scale, on stores made by `tdkt demo --scale … --seed 1` (made
/// here on first use, in the temporary folder), and the floor: the same list page and search
/// done with the SQLite C API on the same file.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(10))

    for scale in DemoScale.allCases {
        Benchmark("Open the store and draw the first frame, \(scale.rawValue)",
                  configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxIterations: 50)) { benchmark in
            let path = try ScaleStores.path(scale)
            for _ in benchmark.scaledIterations {
                let desk = try ScaleStores.desk(path)
                blackHole(desk)
            }
        }
    }

    // One sample is one call of the closure: the desk is made once by the setup hook, and each
    // sample is one key, handled and drawn (down 400 times, then up 400 times, and so on).
    for (name, scale, menu) in [("Arrow key in the nominee list, province", DemoScale.province, Character("2")),
                                ("Arrow key in the pending review, ward", .ward, "3"),
                                ("Arrow key in the pending review, province", .province, "3")] {
        Benchmark(name, configuration: .init(maxDuration: .seconds(20), maxIterations: 2_000)) { _ in
            let desk = Driven.desk!
            Driven.step += 1
            desk.press(Driven.step / 400 % 2 == 0 ? .down : .up)
        } setup: {
            Driven.desk = try ScaleStores.desk(try ScaleStores.path(scale))
            Driven.desk?.press(.character(menu))
            Driven.step = 0
        } teardown: {
            Driven.desk = nil
        }
    }

    // The first opening judges every pending nomination and keeps the standings in the store; the
    // next ones judge only what changed (here nothing) and read one page.
    Benchmark("Open the pending review for the first time, province",
              configuration: .init(maxDuration: .seconds(300), maxIterations: 1)) { benchmark in
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("tdkt-bench-first-open-\(getpid()).sqlite").path
        try? FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: try ScaleStores.path(.province), toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try Store(path: copy).forgetStandings()
        let desk = try ScaleStores.desk(copy)
        benchmark.startMeasurement()
        desk.press(.character("3"))
        benchmark.stopMeasurement()
    }

    Benchmark("Open the pending review again, province", configuration: .init(maxDuration: .seconds(60), maxIterations: 5)) { benchmark in
        let desk = try ScaleStores.desk(try ScaleStores.path(.province))
        desk.press(.character("3"))
        desk.press(.escape)
        benchmark.startMeasurement()
        desk.press(.character("3"))
        benchmark.stopMeasurement()
    }

    Benchmark("Search keystroke over 200 000 nominees, province (\"ng\" + each of \"uyenthihong\")",
              configuration: .init(maxIterations: 400)) { benchmark in
        let desk = Driven.desk!
        let letters = Array("uyenthihong")
        Driven.step += 1
        benchmark.startMeasurement()
        desk.press(.character(letters[Driven.step % letters.count]))
        benchmark.stopMeasurement()
        desk.press(.backspace)
    } setup: {
        Driven.desk = try ScaleStores.desk(try ScaleStores.path(.province))
        Driven.desk?.press(.character("2"))
        Driven.desk?.type("ng")
        Driven.step = 0
    } teardown: {
        Driven.desk = nil
    }

    // A search typed from its first letter, as a clerk types it: "nguyen thi hong" a letter at
    // a time on an empty filter, each key handled and drawn (the first letters count among the
    // first nominees only, and the exact count comes when typing stops); then the filter is
    // emptied (not measured) and typed again.
    Benchmark("Search typed from its first letter, each keystroke, province (\"nguyen thi hong\")",
              configuration: .init(maxIterations: 450)) { benchmark in
        let desk = Driven.desk!
        let letters = Array("nguyen thi hong")
        let index = Driven.step % letters.count
        Driven.step += 1
        benchmark.startMeasurement()
        desk.press(.character(letters[index]))
        benchmark.stopMeasurement()
        if index == letters.count - 1 {
            for _ in letters { desk.press(.backspace) }
        }
    } setup: {
        Driven.desk = try ScaleStores.desk(try ScaleStores.path(.province))
        Driven.desk?.press(.character("2"))
        Driven.step = 0
    } teardown: {
        Driven.desk = nil
    }

    // The pending review's search typed from its first letter: "/" opens the search line, then
    // "nguyen thi hong" a letter at a time (counts among the first standings while typing); Esc
    // empties it (not measured) and "/" opens it again.
    Benchmark("Search typed in the pending review, each keystroke, province (\"nguyen thi hong\")",
              configuration: .init(maxDuration: .seconds(60), maxIterations: 300)) { benchmark in
        let desk = Driven.desk!
        let letters = Array("nguyen thi hong")
        let index = Driven.step % letters.count
        Driven.step += 1
        benchmark.startMeasurement()
        desk.press(.character(letters[index]))
        benchmark.stopMeasurement()
        if index == letters.count - 1 {
            desk.press(.escape)
            desk.press(.character("/"))
        }
    } setup: {
        Driven.desk = try ScaleStores.desk(try ScaleStores.path(.province))
        Driven.desk?.press(.character("3"))
        Driven.desk?.press(.character("/"))
        Driven.step = 0
    } teardown: {
        Driven.desk = nil
    }

    // Store queries and their floors (the same query through the SQLite C API on the same file)
    // as interleaved pairs: each sample runs both, alternating which goes first, and records
    // both times and their ratio, so that the ratio compares runs made under the same load.
    let pairMetrics: [BenchmarkMetric] = [.custom("store µs", polarity: .prefersSmaller, useScalingFactor: false),
                                          .custom("floor µs", polarity: .prefersSmaller, useScalingFactor: false),
                                          .custom("ratio ×100", polarity: .prefersSmaller, useScalingFactor: false)]
    for pair in StorePair.all {
        Benchmark(pair.name, configuration: .init(metrics: pairMetrics, scalingFactor: .one, maxDuration: .seconds(10),
                                                  maxIterations: 2_000)) { benchmark in
            Driven.step += 1
            let store = Driven.store!, raw = Driven.raw!
            var storeTime = Duration.zero, floorTime = Duration.zero
            let clock = ContinuousClock()
            if Driven.step % 2 == 0 {
                floorTime = try clock.measure { blackHole(try pair.floor(raw, Driven.step)) }
                storeTime = try clock.measure { blackHole(try pair.store(store, Driven.step)) }
            } else {
                storeTime = try clock.measure { blackHole(try pair.store(store, Driven.step)) }
                floorTime = try clock.measure { blackHole(try pair.floor(raw, Driven.step)) }
            }
            let (storeMicro, floorMicro) = (storeTime.microseconds, floorTime.microseconds)
            benchmark.measurement(pairMetrics[0], storeMicro)
            benchmark.measurement(pairMetrics[1], floorMicro)
            benchmark.measurement(pairMetrics[2], storeTime.nanoseconds * 100 / max(1, floorTime.nanoseconds))
        } setup: {
            Driven.store = try Store(path: try ScaleStores.path(.province))
            Driven.raw = try RawSQLite(try ScaleStores.path(.province))
            Driven.step = 0
        } teardown: {
            Driven.store = nil
            Driven.raw = nil
        }
    }

    Benchmark("Store: search 'ngu' over the nominees, count, province", configuration: .init(maxIterations: 400)) { _ in
        blackHole(try Driven.store!.nomineeCount(filter: "ngu"))
    } setup: {
        Driven.store = try Store(path: try ScaleStores.path(.province))
    } teardown: {
        Driven.store = nil
    }

    Benchmark("Import 100 000 CSV rows (people), into a ward", configuration: .init(maxDuration: .seconds(120), maxIterations: 1)) { benchmark in
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tdkt-bench-import-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try Store(path: folder + "/tdkt.sqlite")
        _ = try store.generateDemo(.ward, seed: 1, wardName: "Phường Mẫu", today: CivilDate(year: 2026, month: 11, day: 29)!)
        var csv = "Họ;Đệm;Tên;Ngày sinh;Giới tính\n"
        let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"], given = ["An", "Bình", "Chi", "Dung", "Hà", "Lan", "Nam"]
        for index in 0..<100_000 {
            csv += "\(families[index % 5]);Văn;\(given[index % 7]) \(index);\(1 + index % 28)/\(1 + index % 12)/19\(60 + index % 40);Nam\n"
        }
        let file = folder + "/nguoi.csv"
        try csv.write(toFile: file, atomically: true, encoding: .utf8)
        let rulebooks = try Shipped.rulebooks()
        benchmark.startMeasurement()
        let prepared = try ImportFile.prepare(path: file, store: store, rulebook: { rulebooks.rulebook(forYear: $0) }, kind: .people,
                                              year: 2026)
        let summary = try store.applyImport(prepared.plan, rulebook: { rulebooks.rulebook(forYear: $0) })
        benchmark.stopMeasurement()
        blackHole(summary)
    }
}

/// A store query and its floor.
struct StorePair: Sendable {
    var name: String
    var store: @Sendable (Store, Int) throws -> Int
    var floor: @Sendable (RawSQLite, Int) throws -> Int

    static let all: [StorePair] = [
        StorePair(name: "Pair: one page of the nominee list (24 rows), store and SQLite C API, province",
                  store: { store, step in try store.nominees(offset: step % 100_000, limit: 24).count },
                  floor: { raw, step in raw.page(offset: step % 100_000) }),
        StorePair(name: "Pair: search 'ngu', first page, store and SQLite C API, province",
                  store: { store, _ in try store.nominees(filter: "ngu", offset: 0, limit: 24).count },
                  floor: { raw, _ in raw.search("ngu") }),
    ]
}

extension Duration {
    var nanoseconds: Int { Int(components.seconds) * 1_000_000_000 + Int(components.attoseconds / 1_000_000_000) }
    var microseconds: Int { nanoseconds / 1_000 }
}

/// The desk a benchmark drives key by key, made by its setup hook (benchmarks run one at a time).
enum Driven {
    nonisolated(unsafe) static var desk: BenchDesk?
    nonisolated(unsafe) static var step = 0
    nonisolated(unsafe) static var raw: RawSQLite?
    nonisolated(unsafe) static var store: Store?
}

/// The generated stores, made once per scale with seed 1.
enum ScaleStores {
    static func path(_ scale: DemoScale) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tdkt-bench-\(scale.rawValue)-1.sqlite").path
        if !FileManager.default.fileExists(atPath: path) {
            let store = try Store(path: path)
            _ = try store.generateDemo(scale, seed: 1, wardName: scale == .ward ? "Phường Mẫu" : "Tỉnh Mẫu",
                                       today: CivilDate(year: 2026, month: 11, day: 29)!)
        }
        return path
    }

    /// A desk on `path` at 120×40, its first frame drawn.
    static func desk(_ path: String) throws -> BenchDesk {
        let store = try Store(path: path)
        let environment = try DeskEnvironment(store: store,
                                          strings: try Shipped.strings(.vi),
                                          language: .vi, clock: FixedClock(CivilDate(year: 2026, month: 11, day: 29)!))
        let terminal = HeadlessTerminal(size: Size(width: 120, height: 40))
        let desk = Desk(terminal: terminal, environment: environment)
        desk.run()
        return BenchDesk(desk: desk, terminal: terminal)
    }
}

/// Keys into a headless desk; each call runs the loop until idle (handled and drawn).
struct BenchDesk {
    let desk: Desk
    let terminal: HeadlessTerminal

    func press(_ key: KeyEvent) {
        terminal.enqueue([key])
        desk.run()
    }

    func type(_ text: String) {
        terminal.enqueue(typing: text)
        desk.run()
    }
}

/// The same queries as the nominee list, straight through the SQLite C API.
final class RawSQLite {
    private var db: OpaquePointer?
    private var pageStatement: OpaquePointer?
    private var searchStatement: OpaquePointer?

    init(_ path: String) throws {
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK,
              sqlite3_prepare_v2(db, "SELECT * FROM nominee WHERE 1 ORDER BY sort_key, id LIMIT 24 OFFSET ?", -1, &pageStatement, nil)
                == SQLITE_OK,
              sqlite3_prepare_v2(db, "SELECT * FROM nominee WHERE instr(search_key, ?) > 0 ORDER BY sort_key, id LIMIT 24", -1,
                                 &searchStatement, nil)
                == SQLITE_OK else { throw RawError() }
    }

    deinit {
        sqlite3_finalize(pageStatement)
        sqlite3_finalize(searchStatement)
        sqlite3_close(db)
    }

    func page(offset: Int) -> Int {
        sqlite3_reset(pageStatement)
        sqlite3_bind_int64(pageStatement, 1, Int64(offset))
        return rows(pageStatement)
    }

    func search(_ pattern: String) -> Int {
        sqlite3_reset(searchStatement)
        sqlite3_bind_text(searchStatement, 1, pattern, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        return rows(searchStatement)
    }

    /// Steps through the rows and reads every column's text, as anything showing the page must
    /// (an earlier floor read the length of one column only, which SQLite answers without
    /// converting anything).
    private func rows(_ statement: OpaquePointer?) -> Int {
        var count = 0
        let columns = sqlite3_column_count(statement)
        while sqlite3_step(statement) == SQLITE_ROW {
            for column in 0..<columns where sqlite3_column_text(statement, column) != nil {
                count += Int(sqlite3_column_bytes(statement, column))
            }
        }
        return count
    }

    struct RawError: Error {}
}
