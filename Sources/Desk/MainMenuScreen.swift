import Commendation
import TerminalUI
import VietnameseText

/// The main menu: what the clerk can do, and what is not ready yet (said plainly).
final class MainMenuScreen: ReadsStore {
    private let environment: DeskEnvironment
    private let menu: MenuView
    private var pendingCount = 0
    private(set) var trouble: StoreTrouble?

    init(environment: DeskEnvironment) {
        self.environment = environment
        let s = environment.strings
        menu = MenuView(items: [
            .init(id: "nominate", label: s("menu.nominate")),
            .init(id: "nominees", label: s("menu.nominees")),
            .init(id: "pending", label: s("menu.pending")),
            .init(id: "criteria", label: s("menu.criteria")),
            .init(id: "council", label: s("menu.council")),
            .init(id: "honour", label: s("menu.honourRoll")),
            .init(id: "exemplars", label: s("menu.exemplars")),
            .init(id: "data", label: s("menu.data")),
            .init(id: "quit", label: s("menu.quit")),
        ])
        refresh()
    }

    var title: String { environment.strings("menu.title") }
    var keyContexts: [KeyContext] { [.menu] }

    func didReappear(app: Application) { refresh() }
    func reread() { refresh() }

    private func refresh() {
        trouble = nil
        pendingCount = environment.read(&trouble) { try environment.store.pendingCount() } ?? 0
    }

    func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        let s = environment.strings
        let left = rect.minX + 3
        buffer.put(s("menu.heading"), at: Point(x: left, y: rect.minY + 1), style: Style(.frame, [.bold]), limit: rect.width - 6)
        buffer.put(s("menu.subheading"), at: Point(x: left, y: rect.minY + 2), style: Style(.muted), limit: rect.width - 6)
        menu.draw(in: Rect(x: left, y: rect.minY + 4, width: rect.width - 6, height: menu.items.count), on: &buffer)
        var y = rect.minY + 5 + menu.items.count
        // The count of pending files, or why the store could not say (under the store's path).
        if trouble == nil {
            buffer.put(s("menu.pendingCount", pendingCount), at: Point(x: left, y: y), style: Style(pendingCount > 0 ? .warning : .muted),
                       limit: rect.width - 6)
            y += 1
        }
        buffer.put(s("menu.store", environment.store.path), at: Point(x: left, y: y), style: Style(.muted), limit: rect.width - 6)
        if let trouble {
            trouble.draw(in: Rect(x: left - 1, y: y + 1, width: rect.width - 4, height: rect.maxY - y - 1), strings: s, on: &buffer)
        }
    }

    func perform(_ action: Action, app: Application) -> Bool {
        rereadOnRedraw(action)
        if menu.perform(action) { return true }
        if action == .choose, let item = menu.selectedItem {
            open(item, app: app)
            return true
        }
        return false
    }

    func click(at point: Point, app: Application) -> Bool {
        guard let item = menu.itemForClick(at: point) else { return false }
        open(item, app: app)
        return true
    }

    func handle(_ key: KeyEvent, app: Application) -> Bool {
        guard let item = menu.itemForHotkey(key) else { return false }
        open(item, app: app)
        return true
    }

    private func open(_ item: MenuView.Item, app: Application) {
        let s = environment.strings
        switch item.id {
        case "nominate":
            app.push(NominationFormScreen(environment: environment, draft: NominationDraft(year: environment.clock.today().year)))
        case "nominees":
            app.push(NomineesScreen(environment: environment))
        case "pending":
            app.push(PendingScreen(environment: environment))
        case "criteria":
            app.push(CriteriaScreen(environment: environment))
        case "council":
            app.push(CouncilScreen(environment: environment))
        case "honour":
            app.push(HonourRollScreen(environment: environment))
        case "exemplars":
            app.push(ExemplarsScreen(environment: environment))
        case "data":
            app.push(DataScreen(environment: environment))
        case "quit":
            app.requestQuit()
        default:
            app.present(MessageDialog(title: item.label, lines: [s("notReady.message", item.label), s("notReady.later")],
                                      buttons: [.init(s("dialog.ok"), role: .cancel) { app in app.dismissDialog() }]))
        }
    }
}
