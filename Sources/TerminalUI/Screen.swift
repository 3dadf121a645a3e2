/// A full screen of the application (a menu, a list, a form). The application keeps a stack of
/// them; the top one is shown and receives keys.
public protocol Screen: AnyObject {
    /// The title shown in the title bar.
    var title: String { get }
    /// The key contexts in force now, most specific first (the focused widget's, then the
    /// screen's own). The global context is added by the application.
    var keyContexts: [KeyContext] { get }
    /// The contexts the F1 help lists, as the chains that can be in force on the screen: by
    /// default `keyContexts` alone; a form adds the chain of each kind of field it holds, so
    /// that the keys of fields without the focus are listed too.
    var helpContexts: [[KeyContext]] { get }
    /// True when leaving the screen would lose something the person typed.
    var hasUnsavedChanges: Bool { get }
    /// Draws the screen into `rect`.
    func draw(in rect: Rect, on buffer: inout ScreenBuffer)
    /// Carries out an action from the key table. Returns false when the screen has no use for it.
    func perform(_ action: Action, app: Application) -> Bool
    /// Takes a key that no binding claimed (typing). Returns false when unused.
    func handle(_ key: KeyEvent, app: Application) -> Bool
    /// Whether `action` would do something now (the status bar shows only such keys); by
    /// default every action of the screen's contexts does.
    func offers(_ action: Action) -> Bool
    /// Called when the screen comes to the top again (after a screen above it was closed).
    func didReappear(app: Application)
    /// A left click at a cell (mouse enabled). Returns false when unused.
    func click(at point: Point, app: Application) -> Bool
    /// Called when the clerk has done nothing for about a second while the screen is on top
    /// and uncovered: the time to finish work left undone while keys were coming (a count
    /// that was only a lower bound while typing).
    func idle(app: Application)
}

extension Screen {
    /// By default the help lists the keys in force now.
    public var helpContexts: [[KeyContext]] { [keyContexts] }
    /// By default a screen has nothing unsaved.
    public var hasUnsavedChanges: Bool { false }
    /// By default a screen takes no typing.
    public func handle(_ key: KeyEvent, app: Application) -> Bool { false }
    /// By default every action of the contexts in force does something.
    public func offers(_ action: Action) -> Bool { true }
    /// By default nothing happens when the screen reappears.
    public func didReappear(app: Application) {}
    /// By default a screen takes no clicks.
    public func click(at point: Point, app: Application) -> Bool { false }
    /// By default a screen has nothing to finish when the clerk stops typing.
    public func idle(app: Application) {}
}
