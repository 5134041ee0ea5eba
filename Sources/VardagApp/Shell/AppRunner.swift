import TerminalKit

/// Runs the app loop over any `Terminal`: read an event, update, draw a frame.
///
/// The same loop drives the real ncurses terminal and the in-memory terminal of the
/// tests, so what the tests see is what a person sees.
public final class AppRunner {
    /// Why the loop ended.
    public enum Outcome: Equatable, Sendable {
        case quit
        case signal(Int32)
        /// Only from `runUntilIdle`: the scripted events ran out.
        case idle
    }

    public private(set) var model: AppModel
    public let renderer: Renderer
    private var terminal: any Terminal { renderer.terminal }
    /// How long one wait for input lasts; short so signals are noticed quickly.
    public var pollMilliseconds = 200

    public init(model: AppModel, terminal: any Terminal) {
        self.model = model
        self.renderer = Renderer(terminal: terminal)
    }

    /// Draws the current state.
    public func drawFrame() {
        model.setSize(terminal.size)
        renderer.render { buffer in model.render(into: &buffer) }
    }

    /// Handles one event and redraws. Returns the outcome when the loop must end.
    /// - Parameter draws: false to handle the event without drawing (a test driver
    ///   pressing its way to a screen draws once on arrival).
    @discardableResult
    public func step(_ event: Event, draws: Bool = true) -> Outcome? {
        switch event {
        case .signal(let n):
            return .signal(n)
        case .resize:
            renderer.invalidate()
        case .key(.ctrl("l")):
            renderer.invalidate()
            drawFrame()
            return nil
        default:
            break
        }
        model.setSize(terminal.size)
        let keepGoing = model.handle(event)
        if !keepGoing { return .quit }
        if draws { drawFrame() }
        return nil
    }

    /// Runs until the user quits or a signal arrives.
    public func run() -> Outcome {
        drawFrame()
        while true {
            guard let event = terminal.readEvent(timeoutMilliseconds: pollMilliseconds) else {
                // Midnight with no key pressed: the screen still moves on to the new day;
                // and what other people saved shows without a key.
                let newDay = model.refreshToday()
                if model.refreshOutsideChanges() || newDay { drawFrame() }
                // The WAL's checkpoint runs here, between keys, not inside one (see
                // `AppDatabase.deferCheckpointsToIdle`).
                model.context.store.checkpointWhenIdle()
                continue
            }
            if let outcome = step(event) { return outcome }
        }
    }

    /// Runs until the terminal has no more scripted events (tests, benchmarks).
    public func runUntilIdle() -> Outcome {
        drawFrame()
        while let event = terminal.readEvent(timeoutMilliseconds: 0) {
            if let outcome = step(event) { return outcome }
        }
        return .idle
    }
}
