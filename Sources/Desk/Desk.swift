import WardServices
import Commendation
import CommendationStore
import TerminalUI

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
        app = Application(terminal: terminal, keymap: configuration.keymap, strings: environment.strings,
                          heading: "tdkt · " + environment.wardName + (readOnly ? " · " + environment.strings("store.readOnly.badge") : ""))
        app.preferredInputMethod = configuration.composer
        app.inputMethod = configuration.inputMethodOn ? configuration.composer : nil
        app.push(MainMenuScreen(environment: environment))
        // Another desk on the same store: when its commits show, the open list reloads (a
        // form being edited is left alone; saving it then meets the conflict dialog).
        // (A store that cannot say whether it changed is told by the next read of a screen.)
        var seen = (try? environment.store.changeMarker()) ?? 0
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
            app.present(MessageDialog(title: strings("config.title", DeskConfiguration.folder()),
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
            return
        }
        let onboarded = ((try? environment.store.setting("desk.onboarded")) ?? nil) != nil
        if !onboarded, (try? environment.store.isEmpty()) == true {
            app.present(Self.onboardingDialog(environment: environment))
        }
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
                        environment.reload()
                        app.heading = "tdkt · " + environment.wardName
                        app.screens.last?.didReappear(app: app)
                        app.show(message: strings("onboarding.demoLoaded"))
                    } catch let error as StoreError {
                        app.show(message: error.message(environment.language), role: .error)
                    } catch {
                        app.show(message: "\(error)", role: .error)
                    }
                },
                .init(strings("onboarding.empty"), role: .cancel) { app in
                    app.dismissDialog()
                    try? environment.store.setSetting("desk.onboarded", to: "empty")
                    app.show(message: strings("onboarding.emptyChosen"))
                },
            ])
    }
}
