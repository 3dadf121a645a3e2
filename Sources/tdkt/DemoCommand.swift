import ArgumentParser
import Commendation
import CommendationStore
import Desk
import Foundation

/// `tdkt demo [--store PATH]`: a store filled with the fictional demo ward.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Tạo kho dữ liệu mẫu của một phường giả định. Create a store with a fictional demo ward.")

    @OptionGroup var options: CommonOptions

    func run() throws {
        let store = try options.openStore(profile: "cli")
        guard try store.isEmpty() else {
            throw CommandFailure(code: 2, message: options.lang == .vi
                ? "kho \(store.path) đã có dữ liệu; dữ liệu mẫu chỉ nạp vào kho trống (dùng --store để chọn tệp khác)."
                : "the store \(store.path) already holds data; the demo loads into an empty store only (use --store).")
        }
        let demo = try DeskResources.demoWard()
        do {
            try store.loadDemo(demo, rulebook: try DeskResources.rulebooks().rulebook(forYear:))
            try store.setSetting("desk.onboarded", to: "demo")
        } catch let error as StoreError {
            throw CommandFailure(code: 4, message: error.message(options.lang))
        }
        let nominees = try store.nomineeCount()
        let pending = try store.pendingCount()
        print(options.lang == .vi
            ? "Đã tạo kho dữ liệu mẫu \(store.path): \(nominees) đối tượng, \(demo.nominationCount) đề nghị (\(pending) đang chờ xử lý)."
            : "Created the demo store \(store.path): \(nominees) nominees, \(demo.nominationCount) nominations (\(pending) pending).")
    }
}
