import WardServices
import ArgumentParser
import Commendation
import CommendationStore
import Desk
import Foundation

/// `tdkt demo [--store PATH]`: a store filled with the fictional demo ward.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: HelpLanguage.t("Tạo kho dữ liệu mẫu của một phường giả định.", "Create a store with a fictional demo ward."))

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("ward | province: một phường hoặc một tỉnh sinh ngẫu nhiên (tất định theo --seed) để đo tốc độ.", "ward | province: a generated ward or province (fixed by --seed) to measure speed."),
                                           valueName: "ward|province"))
    var scale: DemoScale?

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("Hạt giống sinh dữ liệu (cùng hạt giống, cùng dữ liệu).", "The generator's seed (the same seed, the same data)."),
                                           valueName: HelpLanguage.t("số", "number")))
    var seed: UInt64 = 1

    func run() throws {
        let store = try options.openStore(profile: "cli", create: true)
        if let scale {
            try generate(scale, store: store)
            return
        }
        guard try store.isEmpty() else {
            throw CommandFailure(code: 2, message: options.lang == .vi
                ? "kho \(store.path) đã có dữ liệu; dữ liệu mẫu chỉ nạp vào kho trống (dùng --store để chọn tệp khác)."
                : "the store \(store.path) already holds data; the demo loads into an empty store only (use --store).")
        }
        let demo = try Shipped.demoWard()
        do {
            try store.loadDemo(demo, rulebook: try Shipped.rulebooks().rulebook(forYear:),
                               baseSalaries: try Shipped.baseSalaries())
            try store.setSetting("desk.onboarded", to: "demo")
        } catch let error as StoreError {
            throw CommandFailure(code: 4, message: error.message(options.lang))
        }
        let nominees = try store.nomineeCount()
        let pending = try store.pendingCount()
        TerminalOutput.line(options.lang == .vi
            ? "Đã tạo kho dữ liệu mẫu \(store.path): \(nominees) đối tượng, \(demo.nominationCount) đề nghị (\(pending) đang chờ xử lý)."
            : "Created the demo store \(store.path): \(nominees) nominees, \(demo.nominationCount) nominations (\(pending) pending).")
    }

    private func generate(_ scale: DemoScale, store: Store) throws {
        let vi = options.lang == .vi
        guard try store.isEmpty() else {
            throw CommandFailure(code: 2, message: vi ? "kho \(store.path) đã có dữ liệu; chỉ sinh dữ liệu vào kho trống."
                                                      : "the store \(store.path) already holds data; generation needs an empty store.")
        }
        let started = Date()
        var shown = -1
        let summary: ScaleSummary
        do {
            summary = try store.generateDemo(scale, seed: seed, wardName: scale == .ward ? "Phường Mẫu" : "Tỉnh Mẫu",
                                             today: SystemClock().today()) { fraction in
                let percent = Int(fraction * 100)
                if percent / 10 != shown / 10 {
                    shown = percent
                    TerminalOutput.returnToLineStart()
                    TerminalOutput.error("\(vi ? "Đang sinh dữ liệu" : "Generating") \(percent) %")
                }
            }
        } catch let error as StoreError {
            throw CommandFailure(code: 4, message: error.message(options.lang))
        }
        TerminalOutput.error("\n")
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        let level = scale == .ward ? "cấp phường" : "cấp tỉnh"
        TerminalOutput.line(vi ? "Đã sinh dữ liệu mẫu \(level) (hạt giống \(seed)) trong \(seconds.replacingOccurrences(of: ".", with: ",")) giây: \(summary.nominees) đối tượng, \(summary.nominations) đề nghị (\(summary.pending) đang chờ), \(summary.decisions) quyết định."
                 : "Generated \(scale.rawValue) (seed \(seed)) in \(seconds) s: \(summary.nominees) nominees, \(summary.nominations) nominations (\(summary.pending) pending), \(summary.decisions) decisions.")
    }
}

extension DemoScale: ExpressibleByArgument {}
