import Commendation
import CommendationStore
import Desk
import Foundation
import Testing
import TerminalUI

/// An export from the data menu can be stopped with Esc while its bar fills: nothing is left
/// in the folder, and the status bar says it stopped; not stopped, it writes its file.
@Suite struct StoppedExportTests {
    /// The files of `folder` whose names begin with "de-nghi-".
    private static func exports(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix("de-nghi-") }
    }

    @Test func escStopsAnExportAndLeavesNoFile() throws {
        let pilot = try Pilot("export-stopped", size: Size(width: 100, height: 30))
        let folder = pilot.folder + "/xuat"
        try pilot.store.setSetting("documents.folder", to: folder)
        for (key, name) in [("2", "CSV"), ("3", "JSON")] {
            pilot.type("8")
            // Esc waits behind the menu's key: the export reads it between two steps of its bar.
            pilot.press(.character(Character(key)), .escape)
            #expect(pilot.statusBar.contains("Đã dừng xuất theo yêu cầu; không ghi tệp nào"), "\(name): \(pilot.statusBar)")
            #expect(Self.exports(in: folder).isEmpty, "\(name): \(Self.exports(in: folder))")
            pilot.press(.escape)
        }
        // Not stopped, the same export writes its file.
        pilot.type("8")
        pilot.press(.character("3"))
        #expect(pilot.statusBar.contains("Đã ghi 44 dòng vào " + folder), "\(pilot.statusBar)")
        #expect(Self.exports(in: folder).count == 1)
    }

    @Test func theStatusBarOffersEscToStopAndNothingElse() throws {
        let pilot = try Pilot("export-stop-key", size: Size(width: 100, height: 30))
        let app = pilot.desk.app
        app.present(ProgressDialog(title: "Đang xuất dữ liệu", stoppable: true))
        #expect(app.statusBarBindings.map(\.action) == [.stop])
        app.render()
        #expect(pilot.statusBar.contains("Esc Dừng"), "\(pilot.statusBar)")
        app.dismissDialog()
        // A box whose work cannot be stopped offers no key at all.
        app.present(ProgressDialog(title: "Đang nhập"))
        #expect(app.statusBarBindings.isEmpty)
        app.dismissDialog()
    }
}
