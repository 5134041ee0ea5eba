/// One cell of the screen: a grapheme cluster and its style.
///
/// A wide character (width 2) sits in its first cell; the cell to its right holds
/// a continuation (`text` empty, `width` 0) so that columns stay aligned.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; empty for the right half of a wide character.
    public var text: String
    /// 1 for normal cells, 2 for the first cell of a wide character, 0 for its second.
    public var width: UInt8
    public var style: Style

    public init(_ text: String = " ", width: UInt8 = 1, style: Style = .plain) {
        self.text = text; self.width = width; self.style = style
    }

    public static let blank = Cell()

    /// The right half of a wide character.
    public static func continuation(style: Style) -> Cell { Cell("", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}
