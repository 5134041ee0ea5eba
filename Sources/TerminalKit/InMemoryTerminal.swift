/// A terminal that lives in memory: it keeps the screen as cells and plays back
/// scripted events. Tests render into it and compare `lines` with expected text.
public final class InMemoryTerminal: Terminal {
    public private(set) var size: Size
    /// What the screen shows now.
    public private(set) var screen: Buffer
    public private(set) var cursor: Point?
    /// Bytes an ANSI terminal would have been sent (cursor moves, attributes, text).
    public private(set) var bytesWritten = 0
    /// Every text string sent to the screen, in order (for checks on what was output),
    /// while `recordsOutput` is on.
    public private(set) var output: [String] = []
    /// Whether `output` keeps every text sent; long runs turn it off and look only at
    /// `unsafeOutput`.
    public var recordsOutput = true
    /// Texts sent that hold a control character, an escape or a bidi control (see
    /// `CellTextGuard`): what must never reach a real terminal. Always kept.
    public private(set) var unsafeOutput: [String] = []
    public private(set) var presentCount = 0
    private var events: [Event] = []

    public init(width: Int = 80, height: Int = 24) {
        size = Size(width: width, height: height)
        screen = Buffer(size: size)
    }

    /// Queues events to be read, in order.
    public func enqueue(_ events: [Event]) { self.events.append(contentsOf: events) }

    /// Queues key presses.
    public func enqueue(keys: [Key]) { enqueue(keys.map { .key($0) }) }

    /// Queues each character of a text as a key press.
    public func type(_ text: String) { enqueue(keys: text.map { .char($0) }) }

    /// Changes the size (the screen is cleared, as a real resize does) and queues
    /// the resize event.
    public func resize(width: Int, height: Int) {
        size = Size(width: width, height: height)
        screen = Buffer(size: size)
        events.append(.resize(size))
    }

    public var hasPendingEvents: Bool { !events.isEmpty }

    public func readEvent(timeoutMilliseconds: Int) -> Event? {
        events.isEmpty ? nil : events.removeFirst()
    }

    public func draw(_ runs: [CellRun]) {
        var lastStyle: Style? = nil
        for run in runs {
            bytesWritten += 8  // ESC [ row ; col H
            var x = run.origin.x
            for cell in run.cells {
                if cell.style != lastStyle { bytesWritten += 10; lastStyle = cell.style }
                if !cell.isContinuation {
                    screen[x, run.origin.y] = cell
                    bytesWritten += cell.utf8Count
                    if !cell.isPrintableASCII {
                        let text = cell.text
                        if text.unicodeScalars.contains(where: CellTextGuard.isUnsafe) { unsafeOutput.append(text) }
                        if recordsOutput { output.append(text) }
                    } else if recordsOutput {
                        output.append(cell.text)
                    }
                } else {
                    screen[x, run.origin.y] = cell
                }
                x += 1
            }
        }
    }

    public func clear() {
        screen = Buffer(size: size)
        bytesWritten += 4  // ESC [ 2 J
    }

    public func setCursor(_ position: Point?) { cursor = position }

    public func present() { presentCount += 1 }

    /// The screen's rows as text, trailing spaces removed.
    public var lines: [String] { screen.lines }

    /// Forgets the byte count and the output logs (between benchmark phases).
    public func resetCounters() { bytesWritten = 0; output = []; unsafeOutput = [] }
}
