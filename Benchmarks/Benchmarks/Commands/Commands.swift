import Benchmark
import Commendation
import CommendationStore
import Foundation
import WardServices

/// tdkt's commands as a clerk runs them — whole processes of the release build on the province
/// store of `tdkt demo --scale province --seed 1` — each beside its floor: `sqlite3` doing the
/// same query on the same file and writing the same rows. One sample runs the floor and the
/// command one after the other (an interleaved pair), and records both times, their ratio and
/// both peak memories (the child's `ru_maxrss`): the median ratio over the pairs is the figure
/// to read, since the machine's speed drifts between runs.
///
/// The tdkt binary is `$TDKT_BINARY`, else `.build/release/tdkt` of the repository (built with
/// `swift build -c release --product tdkt` first when missing).
let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.custom("tdkt ms", polarity: .prefersSmaller, useScalingFactor: false),
                                      .custom("floor ms", polarity: .prefersSmaller, useScalingFactor: false),
                                      .custom("ratio ×100", polarity: .prefersSmaller, useScalingFactor: false),
                                      .custom("tdkt peak MB", polarity: .prefersSmaller, useScalingFactor: false),
                                      .custom("floor peak MB", polarity: .prefersSmaller, useScalingFactor: false)]
    Benchmark.defaultConfiguration = .init(metrics: metrics, scalingFactor: .one, maxDuration: .seconds(600), maxIterations: 3)

    for command in WholeCommand.all {
        Benchmark(command.name, configuration: .init(metrics: metrics, scalingFactor: .one, maxDuration: .seconds(1_200),
                                                     maxIterations: command.pairs)) { benchmark in
            let paths = try Paths.shared()
            try command.prepare(paths)
            // The floor first on even samples, the command first on odd ones.
            let floorFirst = Samples.next(command.name) % 2 == 0
            var floor = Child.Result(milliseconds: 0, peakMegabytes: 0, status: 0)
            var tdkt = floor
            if floorFirst { floor = try command.floor(paths) }
            try command.before(paths)
            tdkt = try command.tdkt(paths)
            if !floorFirst { floor = try command.floor(paths) }
            guard command.acceptedStatuses.contains(tdkt.status) else { throw Child.Failure(what: "\(command.name): tdkt exit \(tdkt.status)") }
            benchmark.measurement(metrics[0], tdkt.milliseconds)
            benchmark.measurement(metrics[1], floor.milliseconds)
            benchmark.measurement(metrics[2], floor.milliseconds > 0 ? tdkt.milliseconds * 100 / floor.milliseconds : 0)
            benchmark.measurement(metrics[3], tdkt.peakMegabytes)
            benchmark.measurement(metrics[4], floor.peakMegabytes)
        }
    }
}

/// How many samples each benchmark has taken (for alternating the order of a pair).
enum Samples {
    nonisolated(unsafe) private static var counts: [String: Int] = [:]
    static func next(_ name: String) -> Int {
        let count = counts[name, default: 0]
        counts[name] = count + 1
        return count
    }
}

/// One command and its floor.
struct WholeCommand: Sendable {
    var name: String
    /// Makes the files the command reads (once).
    var prepare: @Sendable (Paths) throws -> Void = { _ in }
    /// Runs before each run of tdkt (a fresh copy of a store an import writes to).
    var before: @Sendable (Paths) throws -> Void = { _ in }
    var tdkt: @Sendable (Paths) throws -> Child.Result
    var floor: @Sendable (Paths) throws -> Child.Result
    /// Exit statuses of tdkt that are not failures (`check` exits 1 or 3 when some nominations
    /// are not eligible or incomplete).
    var acceptedStatuses: Set<Int32> = [0]
    /// Interleaved pairs run (samples).
    var pairs = 3

    static let all: [WholeCommand] = [
        WholeCommand(name: "tdkt export --format csv, province (floor: sqlite3 -csv of the same columns)",
                     tdkt: { paths in
                         try Child.run(paths.tdkt, ["export", "--format", "csv", "--store", paths.province], environment: paths.environment)
                     }, floor: { paths in
                         try Child.run("/usr/bin/sqlite3", ["-readonly", "-csv", "-header", paths.province], stdin: paths.exportFloorSQL)
                     }),
        // The exchange format, written a nomination at a time (decision 82); its floor is the
        // CSV export's query written by sqlite3 as JSON objects.
        WholeCommand(name: "tdkt export --format json, province (floor: sqlite3 -json of the CSV export's columns)",
                     tdkt: { paths in
                         try Child.run(paths.tdkt, ["export", "--format", "json", "--store", paths.province], environment: paths.environment)
                     }, floor: { paths in
                         try Child.run("/usr/bin/sqlite3", ["-readonly", "-json", paths.province], stdin: paths.exportFloorSQL)
                     }),
        WholeCommand(name: "tdkt pending --format json, province (floor: sqlite3 -json of the pending rows)",
                     prepare: { paths in
                         // The desk's opening of the store upgrades it and judges the standings,
                         // which the read-only command then reads: the benchmark measures the
                         // review every later morning.
                         try paths.openProvinceAsTheDeskDoes(on: CivilDate(year: 2026, month: 11, day: 29)!)
                     },
                     tdkt: { paths in
                         try Child.run(paths.tdkt, ["pending", "--format", "json", "--on", "29/11/2026", "--store", paths.province],
                                       environment: paths.environment)
                     }, floor: { paths in
                         try Child.run("/usr/bin/sqlite3", ["-readonly", "-json", paths.province], stdin: paths.pendingFloorSQL)
                     }),
        WholeCommand(name: "tdkt check of an exchange file of 15 309 nominations, 13 MB (floor: sqlite3 json_each of the same file)",
                     prepare: { paths in try paths.makeCheckFile() },
                     tdkt: { paths in
                         try Child.run(paths.tdkt, ["check", paths.checkFile, "--format", "json"], environment: paths.environment)
                     }, floor: { paths in
                         try Child.run("/usr/bin/sqlite3", [":memory:"], stdin: paths.checkFloorSQL)
                     }, acceptedStatuses: [0, 1, 3]),
        // Over 16 MB, a file given by name is checked in two passes through a memory map
        // (decision 82).
        WholeCommand(name: "tdkt check of an exchange file of the province's 101 438 nominations of 2025, 86 MB, two passes (floor: sqlite3 json_each of the same file)",
                     prepare: { paths in try paths.makeLargeCheckFile() },
                     tdkt: { paths in
                         try Child.run(paths.tdkt, ["check", paths.largeCheckFile, "--format", "json"], environment: paths.environment)
                     }, floor: { paths in
                         try Child.run("/usr/bin/sqlite3", [":memory:"], stdin: paths.checkFloorSQL(file: paths.largeCheckFile))
                     }, acceptedStatuses: [0, 1, 3]),
        WholeCommand(name: "tdkt import of 100 000 people (CSV) into a ward, audit rows included (floor: sqlite3 inserting the same rows)",
                     prepare: { paths in try paths.makeImportFiles() },
                     before: { paths in try paths.copyWard(to: paths.importStore) },
                     tdkt: { paths in
                         try Child.run(paths.tdkt, ["import", paths.importCSV, "--as", "people", "--yes", "--store", paths.importStore],
                                       environment: paths.environment)
                     }, floor: { paths in
                         try paths.copyWard(to: paths.importFloorStore)
                         return try Child.run("/usr/bin/sqlite3", [paths.importFloorStore], stdin: paths.importFloorSQL())
                     }),
        // A file of 1.5 million people (56 MB) is read row by row (decision 79): a dry run
        // that plans and reports every row, then the file read again and written in one
        // transaction. Two pairs: each takes minutes.
        WholeCommand(name: "tdkt import of 1 500 000 people (CSV, 56 MB, streamed) into a ward, audit rows included (floor: sqlite3 inserting the same rows)",
                     prepare: { paths in try paths.makeImportFiles(rows: 1_500_000) },
                     before: { paths in try paths.copyWard(to: paths.importStore) },
                     tdkt: { paths in
                         try Child.run(paths.tdkt, ["import", paths.importCSV(rows: 1_500_000), "--as", "people", "--yes",
                                                    "--store", paths.importStore], environment: paths.environment)
                     }, floor: { paths in
                         try paths.copyWard(to: paths.importFloorStore)
                         return try Child.run("/usr/bin/sqlite3", [paths.importFloorStore], stdin: paths.importFloorSQL(rows: 1_500_000))
                     }, pairs: 2),
        WholeCommand(name: "tdkt import --dry-run of 100 000 people (CSV) into a ward (floor: sqlite3 reading the rows and the ward)",
                     prepare: { paths in try paths.makeImportFiles() },
                     before: { paths in try paths.copyWard(to: paths.importStore) },
                     tdkt: { paths in
                         try Child.run(paths.tdkt, ["import", paths.importCSV, "--as", "people", "--dry-run", "--store", paths.importStore],
                                       environment: paths.environment)
                     }, floor: { paths in
                         try Child.run("/usr/bin/sqlite3", [":memory:"], stdin: paths.dryRunFloorSQL(store: paths.ward))
                     }),
        // The province's 200 000 nominees are matched by hashes of their keys (decision 81):
        // held whole, they took 409 MB and 5.7 s before the first row.
        WholeCommand(name: "tdkt import --dry-run of 100 000 people (CSV) into the province (floor: sqlite3 reading the rows and the province)",
                     prepare: { paths in try paths.makeImportFiles() },
                     tdkt: { paths in
                         try Child.run(paths.tdkt, ["import", paths.importCSV, "--as", "people", "--dry-run", "--store", paths.province],
                                       environment: paths.environment)
                     }, floor: { paths in
                         try Child.run("/usr/bin/sqlite3", [":memory:"], stdin: paths.dryRunFloorSQL(store: paths.province))
                     }),
    ]
}

/// The files the benchmarks use, in the temporary folder.
struct Paths: Sendable {
    let tdkt: String
    let folder: String
    let province: String
    let ward: String
    let environment: [String: String]

    var checkFile: String { folder + "/tdkt-bench-check.json" }
    var importCSV: String { importCSV(rows: 100_000) }
    /// The list of `rows` people (the 100 000 of the first import keep their old name).
    func importCSV(rows: Int) -> String { folder + "/tdkt-bench-import-people\(rows == 100_000 ? "" : "-\(rows)").csv" }
    /// The same rows as the store keeps them, for the floor.
    func importFloorCSV(rows: Int) -> String { folder + "/tdkt-bench-import-floor\(rows == 100_000 ? "" : "-\(rows)").csv" }
    var importStore: String { folder + "/tdkt-bench-import.sqlite" }
    var importFloorStore: String { folder + "/tdkt-bench-import-floor.sqlite" }

    nonisolated(unsafe) private static var made: Paths?

    static func shared() throws -> Paths {
        if let made { return made }
        let folder = FileManager.default.temporaryDirectory.path
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
        var tdkt = ProcessInfo.processInfo.environment["TDKT_BINARY"] ?? repository + "/.build/release/tdkt"
        if !FileManager.default.isExecutableFile(atPath: tdkt) {
            let built = try Child.run("/usr/bin/env", ["swift", "build", "-c", "release", "--product", "tdkt", "--package-path", repository])
            guard built.status == 0 else { throw Child.Failure(what: "swift build -c release --product tdkt failed") }
            tdkt = repository + "/.build/release/tdkt"
        }
        // A configuration folder of the benchmark's own (the audit key, anchors).
        let config = folder + "/tdkt-bench-config"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = config
        let paths = Paths(tdkt: tdkt, folder: folder, province: folder + "/tdkt-bench-province-1.sqlite",
                          ward: folder + "/tdkt-bench-ward-1.sqlite", environment: environment)
        for (scale, path) in [("province", paths.province), ("ward", paths.ward)] where !FileManager.default.fileExists(atPath: path) {
            let made = try Child.run(tdkt, ["demo", "--scale", scale, "--seed", "1", "--store", path], environment: environment)
            guard made.status == 0 else { throw Child.Failure(what: "tdkt demo --scale \(scale) failed") }
        }
        // Stores made by an earlier tdkt are upgraded once here, as the desk's first opening
        // does, so that no command's figure includes a migration.
        for path in [paths.province, paths.ward] { _ = try Store(path: path) }
        Self.made = paths
        return paths
    }

    /// Opens the province store for writing, as the desk does each morning (an older store is
    /// upgraded), and judges its pending nominations under the ward's rules of `day`, keeping
    /// the standings in the file.
    func openProvinceAsTheDeskDoes(on day: CivilDate) throws {
        let store = try Store(path: province)
        _ = try PendingAwards(store: store, rules: try WardRules.of(store, holidays: nil, today: day), today: day)
    }

    /// The full export's columns from SQL: awards and statuses by CASE, dates as dd/mm/yyyy.
    var exportFloorSQL: String {
        """
        SELECT n.id, n.year, n.award,
          CASE n.award WHEN 'lao-dong-tien-tien' THEN 'Lao động tiên tiến' WHEN 'chien-si-thi-dua-co-so' THEN 'Chiến sĩ thi đua cơ sở'
            WHEN 'gia-dinh-van-hoa' THEN 'Gia đình văn hóa' WHEN 'tap-the-lao-dong-tien-tien' THEN 'Tập thể lao động tiên tiến'
            WHEN 'to-dan-pho-van-hoa' THEN 'Tổ dân phố văn hóa' ELSE n.award END,
          n.kind,
          CASE n.status WHEN 'decided' THEN 'Đã quyết định' WHEN 'received' THEN 'Đã tiếp nhận' WHEN 'draft' THEN 'Nháp'
            WHEN 'on-agenda' THEN 'Chờ họp Hội đồng' WHEN 'recommended' THEN 'Hội đồng đề nghị' ELSE n.status END,
          e.type, e.id, COALESCE(e.family_name, ''), COALESCE(e.middle_name, ''), COALESCE(e.given_name, ''),
          CASE WHEN e.type = 'person' THEN '' ELSE e.name END,
          CASE e.sex WHEN 'female' THEN 'Nữ' WHEN 'male' THEN 'Nam' ELSE '' END,
          CASE WHEN e.birth_date IS NULL THEN '' ELSE substr(e.birth_date, 9, 2) || '/' || substr(e.birth_date, 6, 2) || '/' || substr(e.birth_date, 1, 4) END,
          COALESCE(e.personal_id, ''), COALESCE(e.phone, ''), COALESCE(e.position, ''), COALESCE(u.name, ''), COALESCE(g.name, ''),
          COALESCE(m.name, ''),
          CASE WHEN n.received_on IS NULL THEN '' ELSE substr(n.received_on, 9, 2) || '/' || substr(n.received_on, 6, 2) || '/' || substr(n.received_on, 1, 4) END,
          COALESCE(json_extract(n.facts, '$.rating'), ''), COALESCE(d.number, ''),
          CASE WHEN a.roll_number IS NULL THEN '' ELSE a.roll_number || '/' || a.roll_year END, COALESCE(n.note, '')
        FROM nomination n JOIN nominee e ON e.id = n.nominee_id
        LEFT JOIN nominee u ON u.id = e.unit_id LEFT JOIN nominee g ON g.id = e.group_id LEFT JOIN movement m ON m.id = n.movement_id
        LEFT JOIN decision_award a ON a.nomination_id = n.id LEFT JOIN decision d ON d.id = a.decision_id
        ORDER BY n.id;
        """
    }

    /// The review's rows from SQL: each pending nomination with its standing and nominee, in
    /// the review's order (group, then name).
    var pendingFloorSQL: String {
        """
        SELECT n.id, n.year, n.award, n.kind, n.status, n.received_on, n.facts, s.deadline, s.grp, s.eligibility,
               e.id AS nominee_id, e.type, e.name
        FROM standing s JOIN nomination n ON n.id = s.nomination_id JOIN nominee e ON e.id = n.nominee_id
        ORDER BY CASE s.grp WHEN 'overdue' THEN 0 WHEN 'missing-information' THEN 1 WHEN 'not-received' THEN 2
          WHEN 'awaiting-council' THEN 3 WHEN 'awaiting-decision' THEN 4 ELSE 5 END, s.sort_key, s.nomination_id;
        """
    }

    /// Every nomination of the check file read with SQLite's JSON functions, a line each.
    var checkFloorSQL: String { checkFloorSQL(file: checkFile) }

    /// Every nomination of an exchange file read with SQLite's JSON functions, a line each.
    func checkFloorSQL(file: String) -> String {
        """
        .mode json
        SELECT json_extract(value, '$.id'), json_extract(value, '$.award'), json_extract(value, '$.year'),
               json_extract(value, '$.nominee.name'), json_extract(value, '$.facts')
        FROM json_each(readfile('\(file)'), '$.nominations');
        """
    }

    /// The same rows inserted into the same table (its indexes and triggers, the search index
    /// among them) in one transaction.
    func importFloorSQL(rows: Int = 100_000) -> String {
        """
        CREATE TEMP TABLE staging(id, type, name, family_name, middle_name, given_name, sex, birth_date, sort_key, search_key);
        .import --csv \(importFloorCSV(rows: rows)) staging
        BEGIN;
        INSERT INTO nominee(id, type, name, family_name, middle_name, given_name, sex, birth_date, sort_key, search_key, created_at, updated_at)
          SELECT id, type, name, family_name, middle_name, given_name, sex, birth_date, sort_key, search_key,
                 '2026-11-29T00:00:00Z', '2026-11-29T00:00:00Z' FROM staging;
        COMMIT;
        """
    }

    /// What a dry run reads: the file's rows and the nominees of `store`, matched by name.
    func dryRunFloorSQL(store: String) -> String {
        """
        ATTACH '\(store)' AS kept;
        CREATE TEMP TABLE staging(id, type, name, family_name, middle_name, given_name, sex, birth_date, sort_key, search_key);
        .import --csv \(importFloorCSV(rows: 100_000)) staging
        SELECT s.id, s.name, s.birth_date, e.id FROM staging s LEFT JOIN kept.nominee e ON e.search_key = s.search_key;
        """
    }

    /// `rows` people (100 000 unless said) as the Scale benchmark makes them, and the same rows
    /// as the store would keep them, for the floor.
    func makeImportFiles(rows: Int = 100_000) throws {
        guard !FileManager.default.fileExists(atPath: importFloorCSV(rows: rows)) else { return }
        // Written 10 000 rows at a time: a process started by this one counts this one's
        // memory at the start in its own peak (Linux keeps it across exec), so the benchmark
        // never holds a file of 1.5 million rows.
        // Written under other names and renamed when whole: a run cut short leaves no half file.
        let (csvPart, floorPart) = (importCSV(rows: rows) + ".part", importFloorCSV(rows: rows) + ".part")
        FileManager.default.createFile(atPath: csvPart, contents: nil)
        FileManager.default.createFile(atPath: floorPart, contents: nil)
        guard let csvFile = FileHandle(forWritingAtPath: csvPart), let floorFile = FileHandle(forWritingAtPath: floorPart) else {
            throw Child.Failure(what: "cannot write the import files in \(folder)")
        }
        var csv = "Họ;Đệm;Tên;Ngày sinh;Giới tính\n"
        var floor = ""
        let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"], given = ["An", "Bình", "Chi", "Dung", "Hà", "Lan", "Nam"]
        for index in 0..<rows {
            let (family, name, day, month, year) = (families[index % 5], "\(given[index % 7]) \(index)", 1 + index % 28, 1 + index % 12,
                                                    1960 + index % 40)
            csv += "\(family);Văn;\(name);\(day)/\(month)/\(year);Nam\n"
            let full = "\(family) Văn \(name)"
            let iso = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
            floor += "F-\(index),person,\(full),\(family),Văn,\(name),male,\(iso),\(Data(full.utf8).map { String(format: "%02x", $0) }.joined()),\(full.lowercased())\n"
            if index % 10_000 == 9_999 || index == rows - 1 {
                try csvFile.write(contentsOf: Data(csv.utf8))
                try floorFile.write(contentsOf: Data(floor.utf8))
                csv = ""
                floor = ""
            }
        }
        try csvFile.close()
        try floorFile.close()
        for (part, whole) in [(csvPart, importCSV(rows: rows)), (floorPart, importFloorCSV(rows: rows))] {
            guard rename(part, whole) == 0 else { throw Child.Failure(what: "cannot rename \(part)") }
        }
    }

    /// An exchange file of the province's nominations on a council's agenda (15 309, 13 MB),
    /// within the 16 MB an import or check reads.
    func makeCheckFile() throws {
        guard !FileManager.default.fileExists(atPath: checkFile) else { return }
        let made = try Child.run(tdkt, ["export", "--format", "json", "--status", "on-agenda", "--store", province],
                                 environment: environment, stdout: checkFile)
        guard made.status == 0 else { throw Child.Failure(what: "tdkt export --format json failed") }
    }

    var largeCheckFile: String { folder + "/tdkt-bench-check-2025.json" }

    /// An exchange file of the province's nominations of 2025 (101 438, 86 MB), over the 16 MB
    /// a check reads whole.
    func makeLargeCheckFile() throws {
        guard !FileManager.default.fileExists(atPath: largeCheckFile) else { return }
        let made = try Child.run(tdkt, ["export", "--format", "json", "--year", "2025", "--store", province],
                                 environment: environment, stdout: largeCheckFile)
        guard made.status == 0 else { throw Child.Failure(what: "tdkt export --format json --year 2025 failed") }
    }

    func copyWard(to path: String) throws {
        for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        try FileManager.default.copyItem(atPath: ward, toPath: path)
    }
}

/// A child process, timed, with its peak resident memory.
enum Child {
    struct Result: Sendable {
        var milliseconds: Int
        var peakMegabytes: Int
        var status: Int32
    }

    struct Failure: Error, CustomStringConvertible {
        var what: String
        var description: String { what }
    }

    /// Runs `path` with `arguments`, its standard input from `stdin` (text) or /dev/null, its
    /// output to `stdout` (a file) or /dev/null, and waits for it.
    static func run(_ path: String, _ arguments: [String], stdin: String? = nil, environment: [String: String]? = nil,
                    stdout: String? = nil) throws -> Result {
        var inputPath = "/dev/null"
        if let stdin {
            inputPath = FileManager.default.temporaryDirectory.path + "/tdkt-bench-stdin-\(getpid()).txt"
            try stdin.write(toFile: inputPath, atomically: true, encoding: .utf8)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let environ = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { environ.forEach { free($0) } }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { throw Failure(what: "cannot run \(path)") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw Failure(what: "wait4 \(path)") }
        }
        let elapsed = ContinuousClock.now - start
        let milliseconds = Int(elapsed.components.seconds * 1_000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        let exited = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(milliseconds: milliseconds, peakMegabytes: Int(usage.ru_maxrss) / 1024, status: exited)
    }
}
