/// A changed stretch of cells on one row, as the renderer hands it to a terminal.
public struct CellRun: Equatable, Sendable {
    public var origin: Point
    public var cells: [Cell]
    public init(origin: Point, cells: [Cell]) { self.origin = origin; self.cells = cells }
}

/// What a screen backend must do; ncurses is one, `InMemoryTerminal` the other.
///
/// The toolkit never writes escape codes itself: it computes which cells changed and
/// hands them over in `draw`, and the backend decides how to send them.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// The next event, waiting at most `timeoutMilliseconds`; nil when nothing came.
    func readEvent(timeoutMilliseconds: Int) -> Event?
    /// Puts changed cells on the screen (not yet visible until `present`).
    func draw(_ runs: [CellRun])
    /// Clears the whole screen, for a full redraw.
    func clear()
    /// Places the visible cursor on a cell, or hides it when nil.
    func setCursor(_ position: Point?)
    /// Makes what was drawn visible, in one write.
    func present()
    /// Bytes sent to the real terminal so far (for benchmarks; 0 when unknown).
    var bytesWritten: Int { get }
}
