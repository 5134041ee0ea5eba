/// A screen-sized grid of cells that widgets draw into; only a `Terminal` shows it.
public struct Buffer: Equatable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]
    /// Where the real cursor should sit (the focused field), or nil to hide it.
    public var cursor: Point?

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.cells = Array(repeating: .blank, count: self.size.width * self.size.height)
        self.cursor = nil
    }

    public var area: Rect { Rect(size: size) }

    /// Blanks every cell and hides the cursor: a new buffer of the same size, in the same memory.
    public mutating func clear() {
        cells.withUnsafeMutableBufferPointer { storage in
            storage.update(repeating: .blank)
        }
        cursor = nil
    }

    /// The cell at a position (a blank outside the buffer).
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
            return cells[y * size.width + x]
        }
        set {
            guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
            cells[y * size.width + x] = newValue
        }
    }

    /// Sets every cell in `rect` to `cell`.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            // Only the edges can cut a wide character in two; the inside is plain stores.
            writeCell(cell, x: r.x, y: y)
            if r.width > 2 && cell.width == 1 {
                let row = y * size.width
                cells.withUnsafeMutableBufferPointer { storage in
                    for x in (r.x + 1)..<(r.maxX - 1) { storage[row + x] = cell }
                }
            } else {
                for x in (r.x + 1)..<max(r.x + 1, r.maxX - 1) { writeCell(cell, x: x, y: y) }
            }
            if r.width > 1 { writeCell(cell, x: r.maxX - 1, y: y) }
        }
    }

    /// Applies a style to every cell in `rect`, keeping the text.
    public mutating func style(_ rect: Rect, with style: Style) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { cells[y * size.width + x].style = cells[y * size.width + x].style.merged(with: style) }
        }
    }

    /// Writes text from a point, cut with an ellipsis to `maxWidth` cells (and to the
    /// buffer's edge), never splitting a character.
    /// - Returns: the number of cells written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        return put(cleaned: TextSanitizer.clean(text), x: x, y: y, maxWidth: maxWidth, style: style)
    }

    /// `put` for text `TextSanitizer.clean` has already made safe (and NFC), so a padded
    /// table cell is cleaned once, not once per step.
    @discardableResult
    private mutating func put(cleaned: String, x: Int, y: Int, maxWidth: Int?, style: Style) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let limit = min(maxWidth ?? Int.max, size.width - x)
        guard limit > 0 else { return 0 }
        var col = x
        if let width = DisplayWidth.ofSimpleText(cleaned), width <= limit {
            // One scalar, one character, one cell, and it fits: no grapheme breaking or cutting.
            for scalar in cleaned.unicodeScalars {
                if col >= 0 { writeCell(Cell(scalar, style: style), x: col, y: y) }
                col += 1
            }
            return col - x
        }
        let fitted = TextLayout.truncate(cleaned, to: limit)
        for ch in fitted {
            let w = DisplayWidth.of(ch)
            if w == 0 {
                // A lone combining mark (one that starts a grapheme) gets no cell.
                continue
            }
            if col >= 0 {
                writeCell(Cell(ch, width: UInt8(w), style: style), x: col, y: y)
                if w == 2 { writeCell(.continuation(style: style), x: col + 1, y: y) }
            }
            col += w
        }
        return col - x
    }

    /// Writes text into a rectangle's first row, padded with spaces to its width.
    public mutating func putPadded(_ text: String, in rect: Rect, style: Style = .plain, alignment: TextAlignment = .left) {
        guard rect.height > 0, rect.width > 0 else { return }
        fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), with: Cell(" ", style: style))
        // Cut at a character boundary, clean text stays clean: "…" is, and no mark is left
        // to compose with what follows.
        let fitted = TextLayout.truncate(TextSanitizer.clean(text), to: rect.width)
        let w = DisplayWidth.of(fitted)
        let x: Int
        switch alignment {
        case .left: x = rect.x
        case .right: x = rect.x + rect.width - w
        case .center: x = rect.x + (rect.width - w) / 2
        }
        put(cleaned: fitted, x: x, y: rect.y, maxWidth: rect.width, style: style)
    }

    /// Draws a box border around `rect` with an optional title in the top edge.
    public mutating func box(_ rect: Rect, title: String? = nil, style: Style = .plain, titleStyle: Style? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.maxX - 1, bottom = rect.maxY - 1
        for x in (rect.x + 1)..<right {
            writeCell(Cell("─", style: style), x: x, y: rect.y)
            writeCell(Cell("─", style: style), x: x, y: bottom)
        }
        for y in (rect.y + 1)..<bottom {
            writeCell(Cell("│", style: style), x: rect.x, y: y)
            writeCell(Cell("│", style: style), x: right, y: y)
        }
        writeCell(Cell("┌", style: style), x: rect.x, y: rect.y)
        writeCell(Cell("┐", style: style), x: right, y: rect.y)
        writeCell(Cell("└", style: style), x: rect.x, y: bottom)
        writeCell(Cell("┘", style: style), x: right, y: bottom)
        if let title, !title.isEmpty, rect.width > 4 {
            put(" \(title) ", x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2, style: titleStyle ?? style)
        }
    }

    /// The text of one row, continuation cells skipped, trailing spaces kept.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        var s = ""
        for x in 0..<size.width {
            let c = cells[y * size.width + x]
            if !c.isContinuation { s += c.text }
        }
        return s
    }

    /// All rows as text, trailing spaces removed: what a test compares.
    public var lines: [String] {
        (0..<size.height).map { line($0).trimmingTrailingSpaces() }
    }

    /// Writes one cell, blanking the other half of any wide character it overlaps.
    private mutating func writeCell(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        let i = y * size.width + x
        let old = cells[i]
        // A continuation is written right after its own first half, which must stay.
        if old.isContinuation, !cell.isContinuation, x > 0, cells[i - 1].width == 2 {
            cells[i - 1] = Cell(" ", style: cells[i - 1].style)
        }
        if old.width == 2, x + 1 < size.width, cell.width != 2 {
            cells[i + 1] = Cell(" ", style: cells[i + 1].style)
        }
        if cell.width == 2 && x + 1 >= size.width {
            // A wide character that would hang over the right edge becomes a space.
            cells[i] = Cell(" ", style: cell.style)
            return
        }
        cells[i] = cell
    }
}

/// Horizontal placement of text in a cell range.
public enum TextAlignment: Sendable { case left, right, center }

extension String {
    /// The string without trailing spaces.
    public func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
