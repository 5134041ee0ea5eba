import Foundation

/// The writes of `vardag import competence` done by the `sqlite3` tool from the same file,
/// written plainly: the file `.import`ed into a temporary table, then one `UPDATE … FROM`
/// of the mappings and one of the steps, each in person-id order (as Vardag writes them)
/// and only where a value differs. No checks, no audit row, no new people.
///
/// `sqlite3 .import` into an empty table is the issue's floor, but a file whose every row
/// changed makes the import rewrite 54,000 stored mappings and 135,000 steps by key, which
/// an append to an empty table never does: this is the floor for that same work.
struct CompetenceSameWrites {
    /// The mapping file (as `vardag export competence --kind mapping` writes it).
    let csv: URL

    /// The script: the file's 17 columns by place, Swedish labels turned into stored values.
    var script: String {
        let stepCells = (1...5).map { "SELECT CAST(id AS INTEGER) AS id, \($0) AS step, s\($0) AS cell FROM temp.t" }
        return """
            CREATE TEMP TABLE t (id, kommun, enhet, team, namn, titel, utbildning, poang, ar, bevis, overgang, s1, s2, s3, s4, s5, onskemal);
            .mode csv
            .separator ;
            .import --skip 1 '\(csv.path)' t
            BEGIN;
            UPDATE competence_mapping AS m
            SET title_id = x.title_id, education_kind = x.kind, points = x.points, education_year = x.year,
                certificate = x.certificate, employed_on_protection_day = x.transition, wishes = x.wishes
            FROM (SELECT CAST(t.id AS INTEGER) AS id, ti.id AS title_id,
                         CASE t.utbildning WHEN 'Gymnasial' THEN 'gymnasial' WHEN 'Yrkeshögskola' THEN 'yrkeshogskola'
                                           WHEN 'Högskola' THEN 'hogskola' ELSE 'ingen' END AS kind,
                         CAST(t.poang AS INTEGER) AS points, CAST(NULLIF(t.ar, '') AS INTEGER) AS year,
                         t.bevis = 'Ja' AS certificate, t.overgang = 'Ja' AS transition, t.onskemal AS wishes
                  FROM temp.t LEFT JOIN competence_title ti ON ti.name = t.titel ORDER BY 1) AS x
            WHERE m.medarbetare_id = x.id
              AND (m.title_id IS NOT x.title_id OR m.education_kind IS NOT x.kind OR m.points IS NOT x.points
                   OR m.education_year IS NOT x.year OR m.certificate IS NOT x.certificate
                   OR m.employed_on_protection_day IS NOT x.transition OR m.wishes IS NOT x.wishes);
            UPDATE competence_step_done AS s SET completed_on = x.day, validering = x.validated
            FROM (SELECT id, step, substr(cell, 1, 10) AS day, length(cell) > 10 AS validated
                  FROM (\(stepCells.joined(separator: " UNION ALL ")))
                  WHERE cell <> '' ORDER BY id, step) AS x
            WHERE s.medarbetare_id = x.id AND s.step_no = x.step AND (s.completed_on IS NOT x.day OR s.validering IS NOT x.validated);
            COMMIT;
            """
    }

    /// Runs the script on `database` as a new `sqlite3` process.
    /// - Returns: its wall and CPU milliseconds.
    /// - Throws: `CommandLineTool.Failure` when sqlite3 fails.
    func run(on database: String, scriptFile: URL) throws -> (wall: Double, cpu: Double) {
        // In WAL mode as Vardag's database is (a copy made by SQLite's backup is not):
        // with a rollback journal every changed page would be copied aside first.
        _ = try Self.sqlite3(["-bail", database, "PRAGMA journal_mode = WAL"])
        try Data(script.utf8).write(to: scriptFile)
        defer { try? FileManager.default.removeItem(at: scriptFile) }
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = BenchCompetenceCommand.childrenCPUMilliseconds()
        _ = try Self.sqlite3(["-bail", database, ".read '\(scriptFile.path)'"])
        return (BenchStatistics.milliseconds(since: start), BenchCompetenceCommand.childrenCPUMilliseconds() - cpuStart)
    }

    /// The mapping and step tables of a database as text, in key order: two databases
    /// with the same text hold the same competence mapping.
    /// - Throws: `CommandLineTool.Failure` when sqlite3 fails.
    static func tables(of database: String) throws -> Data {
        try sqlite3(["-readonly", database, "SELECT * FROM competence_mapping ORDER BY 1; SELECT * FROM competence_step_done ORDER BY 1, 2;"])
    }

    /// Runs `/usr/bin/sqlite3` with `arguments` and waits for it.
    /// - Returns: what it printed.
    /// - Throws: `CommandLineTool.Failure` when it exits with a failure.
    private static func sqlite3(_ arguments: [String]) throws -> Data {
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = arguments
        process.standardOutput = output
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandLineTool.Failure(description: "sqlite3 \(arguments.last ?? "") exited with \(process.terminationStatus)")
        }
        return printed
    }
}
