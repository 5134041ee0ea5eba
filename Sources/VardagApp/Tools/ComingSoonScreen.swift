import TerminalKit

/// An honest placeholder for a tool that is not built yet: it says so and shows no data.
public struct ComingSoonScreen: Screen {
    public enum Message: Sendable { case back }

    /// The string key of the tool's name (e.g. "menu.workload").
    public let toolNameKey: String

    public init(toolNameKey: String) { self.toolNameKey = toolNameKey }

    public func title(_ context: AppContext) -> String { context.strings[toolNameKey] }

    public func keyMap(_ context: AppContext) -> KeyMap<Message> {
        KeyMap(title: context.strings[toolNameKey], [
            KeyBinding([.escape, .left], context.strings["coming.key.back"], .back, label: "Esc/←"),
        ])
    }

    public mutating func update(_ message: Message, context: AppContext) -> Effect {
        switch message {
        case .back: return .pop
        }
    }

    public func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let inner = area.inset(top: 1, left: 2, bottom: 0, right: 2)
        buffer.put(s.format("coming.heading", s[toolNameKey]), x: inner.x, y: inner.y, maxWidth: inner.width, style: context.theme.title)
        var y = inner.y + 2
        for paragraph in [s["coming.body"], s["coming.register"]] {
            for line in TextLayout.wrap(paragraph, width: min(inner.width, 72)) where y < inner.maxY {
                buffer.put(line, x: inner.x, y: y, maxWidth: inner.width)
                y += 1
            }
            y += 1
        }
    }
}
