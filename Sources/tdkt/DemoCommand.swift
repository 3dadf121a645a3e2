import WardServices
import ArgumentParser
import Commendation
import CommendationStore
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
        do {
            try fill(store)
        } catch let error as StoreError {
            throw options.failure(error)
        }
    }

    private func fill(_ store: Store) throws {
        if let scale {
            try generate(scale, store: store)
            return
        }
        guard try store.isEmpty() else {
            throw options.failure(ExitStatus.refused, "cli.demo.notEmpty", store.path)
        }
        let demo = try Shipped.demoWard()
        do {
            try store.loadDemo(demo, rulebook: try Shipped.rulebooks().rulebook(forYear:),
                               baseSalaries: try Shipped.baseSalaries())
            try store.setSetting("desk.onboarded", to: "demo")
        } catch let error as StoreError {
            throw options.failure(error)
        }
        do {
            let nominees = try store.nomineeCount()
            let pending = try store.pendingCount()
            TerminalOutput.line(options.text("cli.demo.done", store.path, nominees, demo.nominationCount, pending))
        } catch let error as StoreError {
            throw options.failure(error)
        }
    }

    private func generate(_ scale: DemoScale, store: Store) throws {
        guard try store.isEmpty() else { throw options.failure(ExitStatus.refused, "cli.demo.generateNotEmpty", store.path) }
        let generating = options.text("cli.demo.generating")
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
                    TerminalOutput.error("\(generating) \(percent) %")
                }
            }
        } catch let error as StoreError {
            throw options.failure(error)
        }
        TerminalOutput.error("\n")
        var seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        if options.lang == .vi { seconds = seconds.replacingOccurrences(of: ".", with: ",") }
        TerminalOutput.line(options.text("cli.demo.generated." + scale.rawValue, seed, seconds, summary.nominees, summary.nominations,
                                         summary.pending, summary.decisions))
    }
}

extension DemoScale: ExpressibleByArgument {}
