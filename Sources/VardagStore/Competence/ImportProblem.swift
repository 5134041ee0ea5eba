/// One reason an import was refused: the file line (1 is the header) and what is wrong.
///
/// The reason is a key of the `import.*` string catalogue and the values it names, so the
/// command line can word it in the user's language; `reason` and `description` give the
/// Swedish text. A value from the file is never echoed whole: each is cut to
/// `ImportText.excerpt`'s 40 characters, so a 10 MB cell costs one short line, not 10 MB
/// of stderr; only a list the import makes itself (`list:`) is kept whole.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
    /// The line in the file; 0 when the problem concerns the whole file.
    public var line: Int
    /// The catalogue key of the reason, e.g. `import.unknownTitle`.
    public var key: String
    /// The values the reason names, in the order of its placeholders (`{0}`, `{1}`, …).
    public var arguments: [String]

    /// - Parameters:
    ///   - line: the file line; 0 for the whole file.
    ///   - key: an `import.*` catalogue key.
    ///   - arguments: the values its text names, each cut to an excerpt.
    ///   - list: a last value kept whole (names the import lists itself, not the file's text).
    public init(line: Int, _ key: String, _ arguments: String..., list: String? = nil) {
        self.line = line
        self.key = key
        self.arguments = arguments.map(ImportText.excerpt) + (list.map { [$0] } ?? [])
    }

    /// - Parameters:
    ///   - line: the file line; 0 for the whole file.
    ///   - key: a catalogue key (`import.*` or `staff.*`).
    ///   - arguments: the values its text names, each cut to an excerpt.
    public init(line: Int, key: String, arguments: [String]) {
        self.line = line
        self.key = key
        self.arguments = arguments.map(ImportText.excerpt)
    }

    /// - Parameters:
    ///   - line: the file line; 0 for the whole file.
    ///   - reason: the reason's key and values.
    init(line: Int, _ reason: ImportRefusal) {
        self.line = line
        self.key = reason.key
        self.arguments = reason.arguments
    }

    /// The reason in Swedish.
    public var reason: String { ImportText.swedish(key, arguments) }

    /// `rad N: reason` in Swedish, or the reason alone for the whole file.
    public var description: String { line > 0 ? ImportText.swedish("import.line", [String(line), reason]) : reason }
}
