/// Why a row (or the file) is refused, before the line is known: an `import.*` catalogue
/// key and the values its text names.
struct ImportRefusal: Error, Hashable, Sendable {
    var key: String
    var arguments: [String]

    /// - Parameters:
    ///   - key: an `import.*` catalogue key.
    ///   - arguments: the values its text names, each cut to an excerpt (`ImportText.excerpt`).
    ///   - list: a last value kept whole (names the import lists itself, not the file's text).
    init(_ key: String, _ arguments: String..., list: String? = nil) {
        self.key = key
        self.arguments = arguments.map(ImportText.excerpt) + (list.map { [$0] } ?? [])
    }
}
