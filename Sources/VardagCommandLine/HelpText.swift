import ArgumentParser
import VardagApp

/// The texts of `--help` in the language of `--lang`, Swedish by default.
///
/// ArgumentParser builds help from each command's configuration and options before any
/// command runs, so the language is read from the raw arguments, as for usage errors.
/// Every text is written in both languages where it is declared, so none can lack one.
public enum HelpText {
    /// The language `--lang` asks for in this process's arguments.
    public static let language = UsageMessage.language(in: CommandLine.arguments)

    /// The text for an abstract or a discussion in the chosen language.
    public static func text(_ swedish: String, en english: String) -> String {
        language == .en ? english : swedish
    }

    /// The help of an option, flag or argument in the chosen language.
    public static func help(_ swedish: String, en english: String, valueName: String? = nil) -> ArgumentHelp {
        ArgumentHelp(text(swedish, en: english), valueName: valueName)
    }

    /// The arguments to parse: for a help request, without `--lang`.
    ///
    /// `--lang` belongs to the subcommands, so `vardag --help --lang en` would otherwise
    /// show the default subcommand's page and `vardag help purge --lang en` would fail
    /// as an unknown option; the language has already been read by `language`.
    /// - Parameter arguments: the arguments after the program name.
    public static func argumentsToParse(_ arguments: [String]) -> [String] {
        let asksForHelp = arguments.first == "help" || arguments.contains("--help") || arguments.contains("-h")
        guard asksForHelp else { return arguments }
        var kept: [String] = []
        var skipNext = false
        for argument in arguments {
            if skipNext { skipNext = false; continue }
            if argument == "--lang" { skipNext = true; continue }
            if argument.hasPrefix("--lang=") { continue }
            kept.append(argument)
        }
        return kept
    }
}
