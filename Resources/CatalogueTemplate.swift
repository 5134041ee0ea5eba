/// Fills the numbered placeholders of a catalogue text: `"{0} är skadad"` with `["a.sqlite"]`.
///
/// One implementation for the app's `Strings` and the store's own Swedish texts (the
/// import's messages), which read the same catalogue files.
public enum CatalogueTemplate {
    /// The template with `{0}`, `{1}`, … replaced by the arguments, in one pass (an argument
    /// that quotes a file may itself hold `{1}`); a placeholder without an argument stays.
    /// - Parameters:
    ///   - template: a catalogue text.
    ///   - arguments: the values, in placeholder order.
    public static func fill(_ template: String, with arguments: [String]) -> String {
        guard !arguments.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"),
               let index = Int(rest[afterOpen..<close]), arguments.indices.contains(index) {
                result += arguments[index]
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }
}
