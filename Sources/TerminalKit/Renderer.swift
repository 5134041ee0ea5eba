/// Draws frames through a `Terminal`, sending only the cells that changed.
///
/// Keeps the last frame it sent; each new frame is compared with it cell by cell and
/// the differences go out as runs. A size change or `invalidate()` forces a full redraw.
public final class Renderer {
    public let terminal: any Terminal
    private var previous: Buffer?
    /// The frame before the previous one, whose cells the next frame is drawn into:
    /// a frame reuses memory instead of allocating (and, when large, faulting in) its own.
    private var spare: Buffer?
    /// Cells sent in the last frame (for tests and benchmarks).
    public private(set) var lastChangedCells = 0

    public init(terminal: any Terminal) { self.terminal = terminal }

    /// Forgets the last frame, so the next one is drawn whole (after a resize or Ctrl-L).
    public func invalidate() {
        spare = previous ?? spare
        previous = nil
    }

    /// Draws one frame: `draw` fills a buffer of the terminal's size, then the
    /// differences from the previous frame are sent and shown.
    public func render(_ draw: (inout Buffer) -> Void) {
        let size = terminal.size
        var buffer: Buffer
        if var reused = spare, reused.size == size {
            spare = nil  // Leaves `reused` the only owner of its cells: cleared in place.
            reused.clear()
            buffer = reused
        } else {
            buffer = Buffer(size: size)
        }
        draw(&buffer)
        show(buffer)
    }

    /// Sends a finished buffer: only its changes, or all of it after a resize.
    public func show(_ buffer: Buffer) {
        var runs: [CellRun]
        if let previous, previous.size == buffer.size {
            runs = Self.diff(from: previous, to: buffer)
        } else {
            terminal.clear()
            runs = Self.diff(from: Buffer(size: buffer.size), to: buffer)
        }
        lastChangedCells = runs.reduce(0) { $0 + $1.cells.count }
        if !runs.isEmpty { terminal.draw(runs) }
        terminal.setCursor(buffer.cursor)
        terminal.present()
        spare = previous
        previous = buffer
    }

    /// The runs of cells that differ between two buffers of the same size.
    /// A wide character's continuation is always sent with its first half.
    public static func diff(from old: Buffer, to new: Buffer) -> [CellRun] {
        precondition(old.size == new.size)
        let w = new.size.width
        return old.cells.withUnsafeBufferPointer { oldCells in
            new.cells.withUnsafeBufferPointer { newCells in
                var runs: [CellRun] = []
                for y in 0..<new.size.height {
                    let row = y * w
                    var x = 0
                    while x < w {
                        if oldCells[row + x] == newCells[row + x] { x += 1; continue }
                        var start = x
                        // Never start a run on the second half of a wide character.
                        if newCells[row + start].isContinuation, start > 0 { start -= 1 }
                        var end = start
                        // Extend the run while cells differ, bridging gaps of up to 3 equal
                        // cells (cheaper to resend than to move the cursor).
                        var trailingEqual = 0
                        while end < w {
                            let same = oldCells[row + end] == newCells[row + end] && !newCells[row + end].isContinuation
                            if same {
                                if trailingEqual == 3 { break }
                                trailingEqual += 1
                            } else {
                                trailingEqual = 0
                            }
                            end += 1
                        }
                        end -= trailingEqual
                        runs.append(CellRun(origin: Point(x: start, y: y), cells: Array(newCells[(row + start)..<(row + end)])))
                        x = max(end, start + 1)
                    }
                }
                return runs
            }
        }
    }
}
