import CNcursesw
import TerminalKit

/// How many colours the backend uses.
public enum ColorMode: Sendable, Equatable {
    /// Attributes only: no colours (`NO_COLOR`, `--no-color`, or a terminal without).
    case monochrome
    /// The eight basic colours; bright colours fall back to `Color.basic`.
    case eight
    /// All sixteen.
    case sixteen
}

/// Turns styles into curses attributes and colour pairs, creating pairs on demand.
///
/// Curses needs a numbered pair per (foreground, background) combination; they are
/// created the first time a combination is drawn and cached.
final class CursesColors {
    let mode: ColorMode
    /// Whether -1 means "the terminal's own colour" (`use_default_colors` worked).
    private let hasDefaultColors: Bool
    private var pairs: [PairKey: Int16] = [:]
    private let maxPairs: Int

    private struct PairKey: Hashable { var fg: Int16; var bg: Int16 }

    /// Starts colours when the terminal has them and they are wanted.
    /// Must run after `newterm`.
    init(noColor: Bool) {
        if noColor || !has_colors() {
            mode = .monochrome
            hasDefaultColors = false
            maxPairs = 0
            return
        }
        start_color()
        hasDefaultColors = use_default_colors() == OK
        let colors = vd_colors()
        mode = colors >= 16 ? .sixteen : (colors >= 8 ? .eight : .monochrome)
        // Pair numbers are passed as `short`.
        maxPairs = min(Int(vd_color_pairs()), Int(Int16.max))
    }

    /// The attributes and colour pair for a style.
    func attributes(for style: Style) -> (attr: attr_t, pair: Int16) {
        var style = style
        var extraBold = false
        switch mode {
        case .monochrome:
            style = style.monochrome
        case .eight:
            // Bright foregrounds are commonly shown as bold on 8-colour terminals.
            if style.foreground.rawValue >= 8 { extraBold = true }
            style.foreground = style.foreground.basic
            style.background = style.background.basic
        case .sixteen:
            break
        }
        var attr = attr_t(A_NORMAL)
        if style.bold || extraBold { attr |= vd_attr_bold() }
        if style.reverse { attr |= vd_attr_reverse() }
        if style.underline { attr |= vd_attr_underline() }
        if style.dim { attr |= vd_attr_dim() }
        guard mode != .monochrome else { return (attr, 0) }
        return (attr, pair(fg: style.foreground, bg: style.background))
    }

    private func pair(fg: Color, bg: Color) -> Int16 {
        if fg == .default && bg == .default { return 0 }
        let key = PairKey(fg: number(fg, isForeground: true), bg: number(bg, isForeground: false))
        if let p = pairs[key] { return p }
        let next = pairs.count + 1
        // Out of pairs: the default pair keeps text readable.
        guard next < maxPairs else { return 0 }
        let p = Int16(next)
        guard init_pair(p, key.fg, key.bg) == OK else { return 0 }
        pairs[key] = p
        return p
    }

    private func number(_ color: Color, isForeground: Bool) -> Int16 {
        if color == .default {
            if hasDefaultColors { return -1 }
            return isForeground ? Int16(COLOR_WHITE) : Int16(COLOR_BLACK)
        }
        return Int16(color.rawValue)
    }
}
