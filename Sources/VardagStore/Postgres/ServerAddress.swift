import Foundation

/// Tells a PostgreSQL connection string from a file path, and describes one without its password.
public enum ServerAddress {
    /// Whether `--db` or `VARDAG_DB` names a PostgreSQL database rather than an SQLite file:
    /// a `postgresql://` or `postgres://` URI, or libpq keywords (`host=… dbname=…`), as
    /// `psql` tells them apart. Anything else is a file path.
    public static func isServer(_ value: String) -> Bool {
        let lowered = value.lowercased()
        if lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://") { return true }
        // A keyword string: `word=` at the start (a path has a / or no = before its name).
        guard let equals = value.firstIndex(of: "=") else { return false }
        let keyword = value[..<equals].trimmingCharacters(in: .whitespaces)
        return !keyword.isEmpty && keyword.allSatisfy { $0.isLetter || $0 == "_" }
    }

    /// The connection string with any password replaced by `***`, for messages.
    public static func describe(_ conninfo: String) -> String {
        if conninfo.contains("://") {
            // postgresql://user:secret@host/db?password=x
            var text = conninfo.replacingOccurrences(of: #"(://[^:/@?]*):[^@/?]*@"#, with: "$1:***@", options: .regularExpression)
            text = text.replacingOccurrences(of: #"([?&]password=)[^&]*"#, with: "$1***", options: .regularExpression)
            return text
        }
        return conninfo.replacingOccurrences(of: #"password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)"#, with: "password=***",
                                             options: .regularExpression)
    }
}
