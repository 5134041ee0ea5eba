/// One of the sixteen terminal colours, or the terminal's own default.
public enum Color: Int, Hashable, Sendable, CaseIterable {
    case `default` = -1
    case black = 0, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite

    /// The same colour among the first eight, for terminals with only eight.
    public var basic: Color {
        rawValue >= 8 ? Color(rawValue: rawValue - 8) ?? .default : self
    }
}

/// How a cell is drawn: colours and attributes.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(
        foreground: Color = .default, background: Color = .default,
        bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground; self.background = background
        self.bold = bold; self.reverse = reverse; self.underline = underline; self.dim = dim
    }

    public static let plain = Style()

    /// This style with the attributes of `other` added and its colours where set.
    public func merged(with other: Style) -> Style {
        Style(
            foreground: other.foreground == .default ? foreground : other.foreground,
            background: other.background == .default ? background : other.background,
            bold: bold || other.bold, reverse: reverse || other.reverse,
            underline: underline || other.underline, dim: dim || other.dim)
    }

    /// The same style without colours, for monochrome terminals and `NO_COLOR`.
    public var monochrome: Style {
        Style(bold: bold, reverse: reverse, underline: underline, dim: dim)
    }
}
