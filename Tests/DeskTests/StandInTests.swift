import Testing
import TerminalUI

/// Writing the minutes of a session whose chair is absent asks who stood in, among the members
/// present; with nobody marked present there is nobody to offer, and the desk says what to do
/// instead of opening an empty picker.
@Suite struct StandInTests {
    @Test func nobodyPresentIsSaidNotAnEmptyPicker() throws {
        let pilot = try Pilot("stand-in-nobody", size: Size(width: 100, height: 30))
        pilot.type("5")
        pilot.press(.enter)
        #expect(pilot.titleBar.contains("PH-2026-02"), "\(pilot.screen)")
        pilot.press(.function(9), .enter, .enter)
        #expect(pilot.desk.app.dialogs.isEmpty, "\(pilot.screen)")
        #expect(pilot.screen.contains("chưa có ai được điểm danh có mặt"), "\(pilot.screen)")
        #expect(pilot.screen.contains("Tab → Điểm danh"), "\(pilot.screen)")
    }
}
