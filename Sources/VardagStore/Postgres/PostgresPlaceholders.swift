/// Rewrites the store's `?` and `?N` parameters as PostgreSQL's `$N`.
///
/// Question marks inside quoted strings, quoted identifiers and comments are left alone.
/// A bare `?` is numbered after the ones before it, as SQLite numbers them.
enum PostgresPlaceholders {
    /// The SQL with `$N` parameters.
    static func translate(_ sql: String) -> String {
        var output = ""
        output.reserveCapacity(sql.utf8.count + 16)
        var scalars = Array(sql.unicodeScalars)[...]
        var next = 1
        var highest = 0
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "'", "\"":
                output.unicodeScalars.append(scalar)
                while let inner = scalars.popFirst() {
                    output.unicodeScalars.append(inner)
                    if inner == scalar {
                        // A doubled quote is an escaped one and the string goes on.
                        if scalars.first == scalar { output.unicodeScalars.append(scalars.removeFirst()) } else { break }
                    }
                }
            case "-" where scalars.first == "-":
                output.unicodeScalars.append(scalar)
                while let inner = scalars.popFirst() {
                    output.unicodeScalars.append(inner)
                    if inner == "\n" { break }
                }
            case "?":
                var digits = ""
                while let digit = scalars.first, ("0"..."9").contains(digit) {
                    digits.unicodeScalars.append(scalars.removeFirst())
                }
                let number: Int
                if let explicit = Int(digits) {
                    number = explicit
                } else {
                    number = max(next, highest + 1)
                }
                highest = max(highest, number)
                next = number + 1
                output += "$\(number)"
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
