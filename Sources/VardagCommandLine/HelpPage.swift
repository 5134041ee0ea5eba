import Foundation
import VardagApp

/// The words ArgumentParser itself writes on a help page (headings, `--help`,
/// `--version`, defaults) in the catalogue's language.
///
/// The texts of the commands are already in the chosen language (`HelpText`); this puts
/// the frame around them in the same one, so a Swedish help page has no English
/// headings and an English one reads as ArgumentParser writes it. An option's text is
/// wrapped again after the words change, since "(standard: csv)" may no longer fit
/// where "(default: csv)" did.
enum HelpPage {
    /// Where ArgumentParser starts the text of an option, subcommand or argument.
    static let textColumn = 26

    /// The help page with ArgumentParser's own words taken from the catalogue.
    /// - Parameters:
    ///   - page: ArgumentParser's help text.
    ///   - s: the catalogue.
    ///   - width: the columns the page was wrapped to.
    static func translate(_ page: String, _ s: Strings, width: Int) -> String {
        var lines: [String] = []
        var usageIndent = 0
        var entry: [String] = []
        func flushEntry() {
            if !entry.isEmpty { lines += rewrap(entry, s, width: width) }
            entry = []
        }
        for line in page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.isEmpty { usageIndent = 0 }
            if let rest = line.dropPrefix("USAGE: ") {
                flushEntry()
                let translated = s.format("cli.help.usage", rest)
                usageIndent = translated.count - line.count
                lines.append(translated)
            } else if usageIndent > 0 {
                // ArgumentParser indents a long usage's next lines under the first word after "USAGE: ".
                lines.append(String(repeating: " ", count: usageIndent) + line)
            } else if isEntryStart(line) {
                flushEntry()
                entry = [line]
            } else if !entry.isEmpty, line.hasPrefix(String(repeating: " ", count: textColumn)) {
                entry.append(line)
            } else {
                flushEntry()
                lines.append(translateHeading(line, s))
            }
        }
        flushEntry()
        return lines.joined(separator: "\n")
    }

    /// True for the first line of an option, argument or subcommand: its label two spaces in.
    private static func isEntryStart(_ line: String) -> Bool {
        line.hasPrefix("  ") && !line.hasPrefix("   ") && !line.hasPrefix("  See '")
    }

    private static func translateHeading(_ line: String, _ s: Strings) -> String {
        if let rest = line.dropPrefix("OVERVIEW: ") { return s.format("cli.help.overview", rest) }
        switch line {
        case "ARGUMENTS:": return s["cli.help.arguments"]
        case "OPTIONS:": return s["cli.help.options"]
        case "SUBCOMMANDS:": return s["cli.help.subcommands"]
        default: break
        }
        if let rest = line.dropPrefix("  See '"), let end = rest.range(of: " <subcommand>' for detailed help.") {
            return s.format("cli.help.seeSubcommand", String(rest[..<end.lowerBound]))
        }
        return line
    }

    /// One entry (label and text, over one or more lines) with its words translated and
    /// its text wrapped again from the text column.
    private static func rewrap(_ entry: [String], _ s: Strings, width: Int) -> [String] {
        let first = entry[0]
        var label = String(first.prefix(textColumn)).trimmingCharacters(in: .whitespaces)
        var words = first.count > textColumn && first.dropFirst(textColumn - 2).hasPrefix("  ")
            ? [String(first.dropFirst(textColumn))] : []
        if words.isEmpty { label = first.trimmingCharacters(in: .whitespaces) }
        words += entry.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
        if label.hasSuffix(" (default)") {
            label = String(label.dropLast(" (default)".count)) + " " + s["cli.help.default"]
        }
        let text = translateText(words.joined(separator: " "), s)
        let lines = wrap(text, width: max(20, width - textColumn))
        let indent = String(repeating: " ", count: textColumn)
        let labelLine = "  " + label
        guard let head = lines.first else { return [labelLine] }
        if labelLine.count <= textColumn - 2 {
            let padded = labelLine + String(repeating: " ", count: textColumn - labelLine.count)
            return [padded + head] + lines.dropFirst().map { indent + $0 }
        }
        return [labelLine] + lines.map { indent + $0 }
    }

    private static func translateText(_ text: String, _ s: Strings) -> String {
        text.replacingOccurrences(of: "Show the version.", with: s["cli.help.version"])
            .replacingOccurrences(of: "Show help information.", with: s["cli.help.showHelp"])
            .replacingOccurrences(of: "(values: ", with: s.format("cli.help.values", ""))
            .replacingOccurrences(of: "; default: ", with: "; " + s.format("cli.help.defaultValue", ""))
            .replacingOccurrences(of: "(default: ", with: "(" + s.format("cli.help.defaultValue", ""))
    }

    /// The text broken between words into lines of at most `width` characters (a longer
    /// word stands alone).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
