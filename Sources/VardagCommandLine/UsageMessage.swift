import Foundation
import VardagApp

/// ArgumentParser's usage errors ("Error: Missing value for '--from <from>'") in the
/// language of `--lang`, Swedish by default.
///
/// ArgumentParser writes them in English before any command runs, so the language is
/// read from the raw arguments here; help pages are `HelpText` and `HelpPage`.
enum UsageMessage {
    /// The language asked for on the command line (`--lang en` or `--lang=en`), else Swedish.
    static func language(in arguments: [String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) { return language }
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) {
                return language
            }
        }
        return .sv
    }

    /// The message with each line ArgumentParser writes put in the catalogue's words.
    /// - Parameters:
    ///   - message: ArgumentParser's full message for a usage error.
    ///   - s: the catalogue.
    static func translate(_ message: String, _ s: Strings) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { translateLine(String($0), s) }
            .joined(separator: "\n")
    }

    private static func translateLine(_ line: String, _ s: Strings) -> String {
        if let rest = line.dropPrefix("Error: ") { return s.format("cli.usage.error", reason(rest, s)) }
        if let rest = line.dropPrefix("Usage: ") { return s.format("cli.usage.usage", rest) }
        if let rest = line.dropPrefix("Help: ") { return s.format("cli.usage.help", rest) }
        if let rest = line.dropPrefix("  See '"), let end = rest.range(of: "' for more information.") {
            return s.format("cli.usage.see", String(rest[..<end.lowerBound]))
        }
        return line
    }

    /// The reason after "Error: ", for the reasons ArgumentParser gives.
    private static func reason(_ text: String, _ s: Strings) -> String {
        if let name = text.dropPrefix("Missing value for ") { return s.format("cli.usage.missingValue", name) }
        if let name = text.dropPrefix("Missing expected argument ") { return s.format("cli.usage.missingArgument", name) }
        if let name = text.dropPrefix("Unexpected argument ") { return s.format("cli.usage.unexpectedArgument", name) }
        if let name = text.dropPrefix("Unknown option ") { return s.format("cli.usage.unknownOption", name) }
        if let rest = text.dropPrefix("The value "), let invalid = rest.range(of: " is invalid for ") {
            let value = String(rest[..<invalid.lowerBound])
            var option = String(rest[invalid.upperBound...])
            var choices = ""
            if let please = option.range(of: ". Please provide one of ") {
                let list = option[please.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: "."))
                choices = " " + s.format("cli.usage.choices", list.replacingOccurrences(of: " and ", with: s["cli.usage.or"]))
                option = String(option[..<please.lowerBound])
            }
            return s.format("cli.usage.invalidValue", value, option) + choices
        }
        return text
    }
}
