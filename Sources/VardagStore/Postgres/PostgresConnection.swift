import CLibPQ
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One libpq connection to a PostgreSQL server, used from one thread at a time.
///
/// Connecting goes through `PQconnectdb`, so a URI, a keyword string, the `PG*`
/// environment variables, `~/.pgpass`, service files, peer authentication and TLS all
/// behave exactly as they do for `psql`. Statements with parameters are prepared once per
/// SQL text and run again by name; parameters are sent as text with their types.
final class PostgresConnection {
    private var connection: OpaquePointer?
    /// The connection string as given (never printed: it may hold a password).
    let conninfo: String
    /// The prepared statements by SQL text (already translated to `$N`).
    private var prepared: [String: String] = [:]
    /// How many rows the last statement changed.
    private(set) var changedRows = 0

    /// Connects; throws `PostgresError` with libpq's message when the server cannot be
    /// reached or refuses the login.
    init(conninfo: String) throws {
        self.conninfo = conninfo
        try connect()
    }

    deinit {
        if let connection { PQfinish(connection) }
    }

    private func connect() throws {
        if let connection { PQfinish(connection) }
        prepared = [:]
        connection = Self.open(conninfo)
        guard let connection, PQstatus(connection) == CONNECTION_OK else {
            let message = connection.map { String(cString: PQerrorMessage($0)) } ?? "out of memory"
            throw PostgresError(sqlState: Self.loginState(message), message: Self.trimmed(message), detail: nil, constraint: nil)
        }
        // libpq prints the server's notices (and "terminating connection" when the server
        // stops) on stderr, which is the app's terminal: the store reports failures itself.
        PQsetNoticeProcessor(connection, { _, _ in }, nil)
        // UTF-8 whatever the client's locale or PGCLIENTENCODING says (the store's text is
        // Swift strings), and UTC for timestamps.
        _ = try execute(script: "SET client_encoding TO 'UTF8'; SET TIME ZONE 'UTC'; SET client_min_messages TO error; LISTEN vardag_changes")
        // The server's messages in English for the store to translate. Only a superuser may
        // choose them; an ordinary login keeps the server's language, and the store still
        // tells errors apart by their SQLSTATE codes.
        _ = try? execute(script: "SET lc_messages TO 'C'")
    }

    /// Connects as `PQconnectdb(conninfo)` would, with two defaults the string (or the
    /// `PG*` variables) can override: give up an unanswered connection after
    /// `defaultConnectTimeout` seconds, and name the application `vardag` in `pg_stat_activity`.
    private static func open(_ conninfo: String) -> OpaquePointer? {
        var keywords = ["fallback_application_name"], values = ["vardag"]
        if ProcessInfo.processInfo.environment["PGCONNECT_TIMEOUT"] == nil {
            keywords.append("connect_timeout")
            values.append(String(defaultConnectTimeout))
        }
        // Expanded last, so its own settings win over the defaults before it.
        keywords.append("dbname")
        values.append(conninfo)
        let keywordPointers = keywords.map { UnsafePointer(strdup($0)!) } + [nil]
        let valuePointers = values.map { UnsafePointer(strdup($0)!) } + [nil]
        defer {
            for pointer in keywordPointers + valuePointers { free(UnsafeMutablePointer(mutating: pointer)) }
        }
        return PQconnectdbParams(keywordPointers, valuePointers, 1)
    }

    /// Seconds before an unanswered connection attempt gives up (libpq waits forever by default).
    static let defaultConnectTimeout = 4

    /// Whether the connection is up (as far as libpq knows without asking the server).
    var isConnected: Bool {
        connection.map { PQstatus($0) == CONNECTION_OK } ?? false
    }

    /// Connects again after the server went away; prepared statements are made anew.
    func reconnect() throws {
        try connect()
    }

    /// Reads what the server sent meanwhile without waiting, and counts the change
    /// notifications from other sessions (this session's own are left out).
    /// - Throws: `PostgresError` when the connection was lost.
    func notificationsFromOthers() throws -> Int {
        guard let connection, PQconsumeInput(connection) == 1 else {
            throw PostgresError(sqlState: "08006", message: Self.trimmed(String(cString: PQerrorMessage(connection))),
                                detail: nil, constraint: nil)
        }
        let ownProcess = PQbackendPID(connection)
        var count = 0
        while let notice = PQnotifies(connection) {
            if notice.pointee.be_pid != ownProcess { count += 1 }
            PQfreemem(notice)
        }
        return count
    }

    /// The server's user name for this session.
    var sessionUser: String {
        connection.flatMap { PQuser($0) }.map { String(cString: $0) } ?? ""
    }

    /// The database name.
    var databaseName: String {
        connection.flatMap { PQdb($0) }.map { String(cString: $0) } ?? ""
    }

    /// Where the server is, for messages: its host (or socket folder) and database.
    var serverDescription: String {
        guard let connection else { return "PostgreSQL" }
        let host = PQhost(connection).map { String(cString: $0) } ?? ""
        return "postgresql://\(host.hasPrefix("/") ? "[\(host)]" : host)/\(databaseName)"
    }

    /// Runs statements without parameters (several may be separated by `;`).
    @discardableResult
    func execute(script: String) throws -> PostgresResult {
        try check(PQexec(connection, script))
    }

    /// Runs one statement with parameters, preparing it on first use.
    func execute(sql: String, arguments: [StoreValue]) throws -> PostgresResult {
        let name: String
        if let known = prepared[sql] {
            name = known
        } else {
            name = "s\(prepared.count + 1)"
            var types = arguments.map(Self.type)
            do {
                _ = try check(PQprepare(connection, name, sql, CInt(types.count), &types))
            } catch {
                if ProcessInfo.processInfo.environment["VARDAG_DEBUG_SQL"] != nil { FileHandle.standardError.write(Data("\(error)\n\(sql)\n".utf8)) }
                throw error
            }
            prepared[sql] = name
        }
        // strdup'd copies: the pointers must outlive the call, and a parameter list can be long.
        let values: [UnsafePointer<CChar>?] = arguments.map { Self.text($0).map { UnsafePointer(strdup($0)!) } }
        defer { for value in values { free(UnsafeMutablePointer(mutating: value)) } }
        return try check(PQexecPrepared(connection, name, CInt(values.count), values, nil, nil, 0))
    }

    /// Turns a libpq result into a `PostgresResult`, or throws the server's error.
    private func check(_ result: OpaquePointer?) throws -> PostgresResult {
        guard let result else {
            let message = connection.map { String(cString: PQerrorMessage($0)) } ?? "no connection"
            throw PostgresError(sqlState: isConnected ? "" : "08006", message: Self.trimmed(message), detail: nil, constraint: nil)
        }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            let wrapped = PostgresResult(result)
            changedRows = wrapped.changedRows
            return wrapped
        default:
            func field(_ code: CInt) -> String? {
                PQresultErrorField(result, code).map { String(cString: $0) }
            }
            let state = field(CInt(UInt8(ascii: "C"))) ?? (isConnected ? "" : "08006")
            let message = field(CInt(UInt8(ascii: "M"))) ?? Self.trimmed(String(cString: PQresultErrorMessage(result)))
            let error = PostgresError(sqlState: state, message: message, detail: field(CInt(UInt8(ascii: "D"))),
                                      constraint: field(CInt(UInt8(ascii: "n"))))
            PQclear(result)
            throw error
        }
    }

    /// Sends COPY data rows (already in COPY's text format) and ends the COPY.
    func copyIn(sql: String, rows: (_ send: (String) throws -> Void) throws -> Void) throws {
        try startCopy(sql)
        do {
            try rows { line in
                let sent = line.withCString { PQputCopyData(connection, $0, CInt(strlen($0))) }
                if sent != 1 { throw PostgresError(sqlState: "08006", message: Self.trimmed(String(cString: PQerrorMessage(connection))), detail: nil, constraint: nil) }
            }
        } catch {
            _ = PQputCopyEnd(connection, "aborted")
            while let result = PQgetResult(connection) { PQclear(result) }
            throw error
        }
        try endCopy()
    }

    /// Sends COPY data already in COPY's format (`PostgresCopyText`), in pieces of 256 KiB
    /// rather than one call per row, and ends the COPY.
    /// - Returns: how many rows the server took.
    @discardableResult
    func copyIn(sql: String, data: [UInt8]) throws -> Int {
        try startCopy(sql)
        let piece = 1 << 18
        var start = 0
        while start < data.count {
            let end = min(start + piece, data.count)
            let sent = data[start..<end].withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    PQputCopyData(connection, $0, CInt(buffer.count))
                }
            }
            if sent != 1 {
                let message = Self.trimmed(String(cString: PQerrorMessage(connection)))
                _ = PQputCopyEnd(connection, "aborted")
                while let result = PQgetResult(connection) { PQclear(result) }
                throw PostgresError(sqlState: "08006", message: message, detail: nil, constraint: nil)
            }
            start = end
        }
        try endCopy()
        return changedRows
    }

    /// Starts a `COPY … FROM STDIN`; throws the server's error when it refuses it.
    private func startCopy(_ sql: String) throws {
        let result = PQexec(connection, sql)
        // A COPY_IN result has columns but no names: it is not read into a `PostgresResult`.
        if let result, PQresultStatus(result) == PGRES_COPY_IN {
            PQclear(result)
            return
        }
        _ = try check(result)
        throw PostgresError(sqlState: "", message: "not a COPY FROM STDIN: \(sql)", detail: nil, constraint: nil)
    }

    /// Ends a COPY and throws the server's error if it refused any of the data.
    private func endCopy() throws {
        _ = PQputCopyEnd(connection, nil)
        var failure: Error?
        while let result = PQgetResult(connection) {
            do { _ = try check(result) } catch { failure = failure ?? error }
        }
        if let failure { throw failure }
    }

    /// The type a parameter is sent as: PostgreSQL then chooses operators as for a typed
    /// value; NULL is left for the server to infer.
    private static func type(_ value: StoreValue) -> Oid {
        switch value {
        case .null: return 0
        case .integer: return PostgresResult.int8
        case .real: return PostgresResult.float8
        case .text: return PostgresResult.text
        case .blob: return PostgresResult.bytea
        }
    }

    /// A parameter in PostgreSQL's text format, nil for NULL.
    private static func text(_ value: StoreValue) -> String? {
        switch value {
        case .null: return nil
        case .integer(let number): return String(number)
        case .real(let number): return "\(number)"
        case .text(let text): return text
        case .blob(let data): return "\\x" + data.map { String(format: "%02x", $0) }.joined()
        }
    }

    /// libpq's multi-line message as one line.
    static func trimmed(_ message: String) -> String {
        message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The SQLSTATE a failed login stands for, read from libpq's message (libpq gives a
    /// failed connection no code): 28P01 wrong password, 28000 no such role or not allowed,
    /// 3D000 no such database, 08001 the server could not be reached.
    private static func loginState(_ message: String) -> String {
        if message.contains("password authentication failed") || message.contains("no password supplied") { return "28P01" }
        if message.contains("role \"") && message.contains("does not exist") { return "28000" }
        if message.contains("Peer authentication failed") || message.contains("no pg_hba.conf entry") { return "28000" }
        if message.contains("database \"") && message.contains("does not exist") { return "3D000" }
        return "08001"
    }
}
