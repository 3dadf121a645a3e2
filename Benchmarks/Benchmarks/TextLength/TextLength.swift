import Benchmark
import Commendation
import Foundation
import VietnameseText

/// Long text costs time in proportion to its length: each step on a text and on eight times
/// that text, side by side, so that the ratio of their times shows a step that grows with the
/// square of the length (a ratio near 8 is linear; 64 is the square). Formerly a timed unit
/// test, which the suite's other work running at the same time made unreliable.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock], maxDuration: .seconds(3))

    func vietnamese(_ count: Int) -> String {
        String(repeating: "Thi đua phát huy nội lực, lao động sáng tạo. ", count: count / 45 + 1)
    }
    func marks(_ count: Int) -> String { "a" + String(repeating: "\u{0301}\u{0323}", count: count / 2) }
    func quotes(_ count: Int) -> String { "Họ và tên,Ghi chú\nLan,x" + String(repeating: "\"", count: count) + "\n" }

    for (label, small) in [("80 000", 80_000), ("640 000", 640_000)] {
        let text = vietnamese(small)
        Benchmark("NFD of Vietnamese prose, \(label) characters") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(text.nfd) }
        }
        Benchmark("Folding Vietnamese prose for search, \(label) characters") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(text.foldedForSearch) }
        }
    }
    for (label, count) in [("20 000", 20_000), ("160 000", 160_000)] {
        let run = marks(count)
        Benchmark("NFC of a run of \(label) combining marks") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(run.nfc) }
        }
        let field = quotes(count / 2)
        Benchmark("Reading a CSV field of \(label) double quotes (half)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try? CSVReader.read(field)) }
        }
    }
}
