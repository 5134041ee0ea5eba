import Foundation
import VardagDomain

/// The README's "Vem ser vad" table, read back for the tests that hold it to what the
/// server does (`AccessPolicyTests`) and to the roles there are (`AccessPolicyReadmeTests`).
struct AccessPolicyReadme {
    /// One row: the role's Swedish name, its scope and what it reads and writes, as written.
    struct Row: Equatable {
        var role: String
        var scope: String
        var reads: String
        var writes: String
    }

    /// The words of the Skriver column that name a table, by the start of the word, with the
    /// table whose rows they stand for. Words a cell may use in more than one sense
    /// ("personal") are left out.
    static let tablesByWord: [(word: String, table: String)] = [
        ("ärenden", "workload_case"), ("skattningar", "workload_rating"), ("helhetsbedömningar", "workload_overall"),
        ("beslut", "workload_decision"), ("tidsdag", "timediary_entry"), ("kompetens", "competence_mapping"),
        ("steg", "competence_step_done"), ("plan", "competence_plan"), ("slingor", "dialogue_loop"),
        ("träffar", "dialogue_meeting"), ("frågor", "dialogue_question"), ("åtgärder", "dialogue_action"),
        ("slingmål", "dialogue_target"), ("deltagare", "shadowing_participant"), ("dagloggar", "shadowing_entry"),
        ("hypoteser", "shadowing_hypothesis"), ("skuggningsuppgifter", "shadowing_task"), ("titlar", "competence_title"),
        ("trappsteg", "competence_ladder_step"), ("vägledarpoolen", "dialogue_guide"), ("registret", "kommun"),
        ("inloggningar", "access_login"), ("inställningar", "workload_settings"), ("personalsiffror", "staff_month"),
        ("handledarpool", "shadowing_supervisor_pool"),
    ]

    let rows: [Row]

    /// Reads the table from the README at the top of the package.
    init() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        guard let section = text.components(separatedBy: "## Vem ser vad").dropFirst().first,
              let table = section.components(separatedBy: "| Roll | Omfattning | Läser | Skriver |").dropFirst().first else {
            rows = []
            return
        }
        var rows: [Row] = []
        for line in table.split(separator: "\n").dropFirst() {
            guard line.hasPrefix("|") else { break }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 4 else { break }
            rows.append(Row(role: cells[0], scope: cells[1], reads: cells[2], writes: cells[3]))
        }
        self.rows = rows
    }

    /// The row of a role.
    func row(_ role: AccessRole) -> Row? { rows.first { $0.role == role.swedishName } }

    /// The tables a cell names, by `tablesByWord`.
    static func tables(in cell: String) -> Set<String> {
        let words = cell.lowercased().split { !$0.isLetter }.map(String.init)
        return Set(tablesByWord.filter { entry in words.contains { $0.hasPrefix(entry.word) } }.map(\.table))
    }
}
