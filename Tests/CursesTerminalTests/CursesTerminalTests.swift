import Testing

/// Everything about the ncurses backend. Serialized: ncurses keeps one current screen per
/// process, so two tests must never drive it at once. The tests live in extensions, one
/// file per topic.
@Suite(.serialized)
struct CursesTerminalTests {}
