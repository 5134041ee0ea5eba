/// Measuring, cutting and wrapping text by display width.
public enum TextLayout {
    /// The text cut to at most `width` cells, ending in "…" when it was cut.
    /// A wide character that does not fit whole is left out, never split.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if let simple = DisplayWidth.ofSimpleText(text) {
            // One scalar, one character, one cell (most names and titles): cut by scalars,
            // without breaking the text into grapheme clusters.
            if simple <= width { return text }
            var cut = String.UnicodeScalarView()
            cut.append(contentsOf: text.unicodeScalars.prefix(width - 1))
            return String(cut) + "…"
        }
        if DisplayWidth.of(text) <= width { return text }
        var out = ""
        var used = 0
        for ch in text {
            let w = DisplayWidth.of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }

    /// The text cut to at most `width` cells by taking out its middle, so both ends
    /// stay readable ("/home/an…/demo.sqlite"); wide characters are never split.
    public static func truncateMiddle(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let chars = Array(text)
        let budget = width - 1
        let headBudget = (budget + 1) / 2
        var head = "", headWidth = 0, i = 0
        while i < chars.count, headWidth + DisplayWidth.of(chars[i]) <= headBudget {
            head.append(chars[i]); headWidth += DisplayWidth.of(chars[i]); i += 1
        }
        var tail: [Character] = [], tailWidth = 0, j = chars.count - 1
        while j >= i, tailWidth + DisplayWidth.of(chars[j]) <= budget - headWidth {
            tail.append(chars[j]); tailWidth += DisplayWidth.of(chars[j]); j -= 1
        }
        return head + "…" + String(tail.reversed())
    }

    /// The text padded with spaces (or cut) to exactly `width` cells.
    public static func pad(_ text: String, to width: Int, alignment: TextAlignment = .left) -> String {
        let cut = truncate(text, to: width)
        let gap = max(0, width - DisplayWidth.of(cut))
        switch alignment {
        case .left: return cut + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + cut
        case .center:
            return String(repeating: " ", count: gap / 2) + cut + String(repeating: " ", count: gap - gap / 2)
        }
    }

    /// The text broken into lines of at most `width` cells, at spaces where possible.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                let w = DisplayWidth.of(String(word))
                if lineWidth > 0 && lineWidth + 1 + w > width {
                    lines.append(line)
                    line = ""; lineWidth = 0
                }
                if w > width {
                    // A word longer than the line is broken at character boundaries.
                    for ch in word {
                        let cw = DisplayWidth.of(ch)
                        if lineWidth + cw > width { lines.append(line); line = ""; lineWidth = 0 }
                        line.append(ch); lineWidth += cw
                    }
                    continue
                }
                if lineWidth > 0 { line += " "; lineWidth += 1 }
                line += word; lineWidth += w
            }
            lines.append(line)
        }
        return lines
    }
}
