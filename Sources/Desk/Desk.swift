import WardServices
import Commendation
import CommendationStore
import TerminalUI
import VietnameseText

/// The clerk's desk: the application with its screens, on any terminal.
public final class Desk {
    /// The event loop and screen stack.
    public let app: Application
    /// Shared state of the screens.
    public let environment: DeskEnvironment

    /// A desk on `terminal`, opening on the main menu. When the store is new and empty, it
    /// first offers to load the demo ward.
    public init(terminal: Terminal, environment: DeskEnvironment, configuration: DeskConfiguration = DeskConfiguration()) {
        self.environment = environment
        environment.nameKeys(from: configuration.keymap)
        environment.selectionStyle = configuration.selectionStyle
        environment.backupFolder = configuration.backupFolder
        var rulesProblem: String?
        if let holidays = configuration.holidays, holidays != environment.wardCalendar {
            do { try environment.reloadRules(holidays: holidays) } catch { rulesProblem = environment.describe(error) }
        }
        let readOnly = environment.store.isReadOnly
        // What the store could not tell when the desk opened: said over the menu, last.
        var opening: StoreTrouble?
        let ward = environment.read(&opening) { try environment.wardName() }
        app = Application(terminal: terminal, keymap: configuration.keymap, strings: environment.strings,
                          heading: Self.heading(ward: ward, readOnly: readOnly, strings: environment.strings))
        app.preferredInputMethod = configuration.composer
        app.inputMethod = configuration.inputMethodOn ? configuration.composer : nil
        app.push(MainMenuScreen(environment: environment))
        // Another desk on the same store: when its commits show, the open list reloads (a
        // form being edited is left alone; saving it then meets the conflict dialog).
        // Harmless to ignore, both: a store that cannot say whether it changed is told by the
        // next read of a screen (Ctrl-L there reads again); the idle look stays quiet. An
        // opening marker not read makes the first one read count as a change.
        var seen = try? environment.store.changeMarker()
        app.onIdle = { app in
            guard let marker = try? environment.store.changeMarker(), marker != seen else { return }
            seen = marker
            environment.reload()
            do { try environment.reloadRules() } catch { app.show(message: environment.describe(error), role: .error) }
            if let screen = app.uncoveredScreen, !screen.hasUnsavedChanges { screen.didReappear(app: app) }
        }
        if let rulesProblem { app.show(message: rulesProblem, role: .error) }
        if !configuration.problems.isEmpty {
            let strings = environment.strings
            app.present(MessageDialog(title: strings("config.title", configuration.folder),
                                      lines: configuration.problems.map { $0.text(strings) } + [strings("config.ignored")],
                                      buttons: [.init(strings("dialog.ok"), role: .cancel) { app in app.dismissDialog() }]))
        }
        if !readOnly, let folder = configuration.backupFolder {
            do {
                if case .made(let path, let removed) = try DailyBackup.run(store: environment.store, folder: folder,
                                                                           keep: configuration.backupsKept) {
                    app.show(message: environment.strings("backup.daily.made", path, removed.count))
                }
            } catch {
                let reason = (error as? BackupProblem)?.message(environment.language) ?? "\(error)"
                app.present(MessageDialog(title: environment.strings("backup.daily.failed.title"), lines: [reason],
                                          buttons: [.init(environment.strings("dialog.ok"), role: .cancel) { app in app.dismissDialog() }]))
            }
        }
        if readOnly {
            let strings = environment.strings
            app.present(MessageDialog(title: strings("store.readOnly.title"), lines: [strings("store.readOnly.message", environment.store.path)],
                                      buttons: [.init(strings("dialog.ok"), role: .cancel) { app in app.dismissDialog() }]))
        } else if opening == nil {
            // A new, empty store: the demo ward or nothing.
            let fresh = environment.read(&opening) {
                try environment.store.setting("desk.onboarded") == nil && environment.store.isEmpty()
            }
            if fresh == true { app.present(Self.onboardingDialog(environment: environment)) }
        }
        if let opening { app.present(environment.troubleDialog(opening)) }
    }

    /// "tdkt · Phường Đầm Hà", with "· CHỈ ĐỌC" on a read-only store; "tdkt" alone when the
    /// ward's name could not be read.
    static func heading(ward: String?, readOnly: Bool, strings: Localizer) -> String {
        "tdkt" + (ward.map { " · " + $0 } ?? "") + (readOnly ? " · " + strings("store.readOnly.badge") : "")
    }

    /// Runs until the clerk quits or input ends.
    public func run() { app.run() }
}

extension Desk {
    /// First run: offer the demo ward, or an empty store.
    static func onboardingDialog(environment: DeskEnvironment) -> MessageDialog {
        let strings = environment.strings
        return MessageDialog(
            title: strings("onboarding.title"),
            lines: [strings("onboarding.message", environment.store.path), strings("onboarding.question")],
            buttons: [
                .init(strings("onboarding.demo")) { app in
                    app.dismissDialog()
                    do {
                        try environment.store.loadDemo(Shipped.demoWard(), rulebook: environment.nationalRulebook(forYear:),
                                                       baseSalaries: environment.baseSalaries)
                        try environment.store.setSetting("desk.onboarded", to: "demo")
                    } catch {
                        return environment.tell(error, app: app)
                    }
                    environment.reload()
                    // The screen below reads the ward anew, and says so if it cannot.
                    var unread: StoreTrouble?
                    app.heading = Self.heading(ward: environment.read(&unread) { try environment.wardName() }, readOnly: false,
                                               strings: strings)
                    app.screens.last?.didReappear(app: app)
                    app.show(message: strings("onboarding.demoLoaded"))
                },
                .init(strings("onboarding.empty"), role: .cancel) { app in
                    app.dismissDialog()
                    do {
                        try environment.store.setSetting("desk.onboarded", to: "empty")
                        app.show(message: strings("onboarding.emptyChosen"))
                    } catch {
                        environment.tell(error, app: app)
                    }
                },
            ])
    }
}
