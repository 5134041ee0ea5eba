/// Text made safe for HTML and SVG: the five characters with a meaning in markup become
/// entities, and control characters (which no report needs) are dropped.
///
/// Every piece of text that comes from the database (a unit's name, a person's name)
/// goes through here before it reaches a report, so no name can open a tag or a link.
public enum Markup {
    /// The text escaped for an element's content or a quoted attribute value.
    /// - Parameter text: any text.
    /// - Returns: the text with `& < > " '` as entities and control characters removed.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An element with escaped attributes around content that is already markup.
    /// - Parameters:
    ///   - name: the element's name.
    ///   - attributes: name and value pairs, in order; the values are escaped here.
    ///   - content: markup (escape text first); nil writes a self-closed element.
    /// - Returns: the element's markup.
    public static func element(_ name: String, _ attributes: [(String, String)] = [], _ content: String? = nil) -> String {
        let attributeText = attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
        guard let content else { return "<\(name)\(attributeText)/>" }
        return "<\(name)\(attributeText)>\(content)</\(name)>"
    }
}
