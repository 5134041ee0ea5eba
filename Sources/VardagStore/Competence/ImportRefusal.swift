/// Why a row (or the file) is refused, before the line is known: an `import.*` catalogue
/// key and the values its text names.
struct ImportRefusal: Error, Hashable, Sendable {
    var key: String
    var arguments: [String]

    init(_ key: String, _ arguments: String...) {
        self.key = key
        self.arguments = arguments
    }
}
