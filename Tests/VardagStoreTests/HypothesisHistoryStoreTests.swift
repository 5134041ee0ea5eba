import Foundation
import TestSupport
import VardagDomain
import XCTest
@testable import VardagStore

/// A hypothesis's notes, conclusion and status history, on the real backend the run uses
/// (SQLite, or PostgreSQL with `VARDAG_TEST_BACKEND=postgres`).
final class HypothesisHistoryStoreTests: XCTestCase {
    private var database: TemporaryDatabase!
    private var store: AppDatabase!
    private var team: ShadowingTeam!
    /// The clock the store writes with: 2026-11-23 09:15 in Stockholm.
    private static let clock = Date(timeIntervalSince1970: 1_795_422_900)

    override func setUpWithError() throws {
        database = try TemporaryDatabase()
        store = try database.open(now: { Self.clock })
        let kommun = try store.addKommun(name: "Åsbro")
        let enhet = try store.addEnhet(kommunId: kommun.id, name: "Hemtjänst Norr", omrade: .vardOchOmsorg)
        let host = try store.addTeam(enhetId: enhet.id, name: "Grupp Ängen")
        try store.ensureShadowingCatalogue()
        team = try store.createShadowingTeam(ShadowingTeamDraft(
            kommunId: kommun.id, hostTeamId: host.id, name: "Skuggningsteam Ängen",
            startDate: "2026-09-01", endDate: "2026-12-31", supervisorIds: []))
    }

    override func tearDown() {
        try? store.close()
        database = nil
    }

    private var at: String { AppDatabase.timestamp(Self.clock) }

    /// Each status change is a line of history, written with its audit row; closing needs
    /// a conclusion (refused at its field, nothing written), which is stored on the
    /// hypothesis and on the closing line; reopening clears it and the closing line keeps it.
    func testStatusChangesWriteHistoryAndClosingNeedsAConclusion() throws {
        let h = try store.addHypothesis(teamId: team.id, statement: "Tvätt kan tas över", status: .attProva, reviewDate: "2026-10-10")
        let first = try XCTUnwrap(try store.hypothesisEvents(hypothesisId: h.id).first)
        XCTAssertEqual(first, HypothesisEvent(id: first.id, hypothesisId: h.id, kind: .status, newStatus: .attProva, text: "",
                                              writtenBy: "testare", at: at), "the first status is the first line")
        try store.updateHypothesis(id: h.id, statement: h.statement, status: .pagar, reviewDate: "2026-10-10")
        let audits = try store.auditCount()
        XCTAssertThrowsError(try store.updateHypothesis(id: h.id, statement: h.statement, status: .bekraftad, reviewDate: "2026-10-10")) {
            XCTAssertEqual(($0 as? ShadowingValidationFailure)?.problems, [.conclusion: .required])
        }
        XCTAssertThrowsError(try store.updateHypothesis(id: h.id, statement: h.statement, status: .forkastad, reviewDate: "2026-10-10",
                                                        conclusion: "Gäller 19121212-1212")) {
            XCTAssertEqual(($0 as? ShadowingValidationFailure)?.problems, [.conclusion: .personnummer])
        }
        XCTAssertEqual(try store.auditCount(), audits, "a refused closing writes nothing")
        XCTAssertEqual(try store.hypothesisEvents(hypothesisId: h.id).count, 2)
        XCTAssertEqual(try store.hypotheses(teamId: team.id).first?.status, .pagar)

        let closed = try store.updateHypothesis(id: h.id, statement: h.statement, status: .bekraftad, reviewDate: "2026-10-10",
                                                conclusion: "  Tvätten sköts av servicebiträden. ")
        XCTAssertEqual(closed.conclusion, "Tvätten sköts av servicebiträden.")
        XCTAssertEqual(try store.auditCount(), audits + 1, "the change and its history in one audited write")
        XCTAssertEqual(try store.hypotheses(teamId: team.id).first?.conclusion, "Tvätten sköts av servicebiträden.")
        // A later edit that keeps the status keeps the conclusion and adds no line.
        try store.updateHypothesis(id: h.id, statement: h.statement, status: .bekraftad, reviewDate: "2026-12-01")
        XCTAssertEqual(try store.hypotheses(teamId: team.id).first?.conclusion, "Tvätten sköts av servicebiträden.")
        // Reopened: no conclusion now, and the closing line still has it.
        try store.updateHypothesis(id: h.id, statement: h.statement, status: .pagar, reviewDate: "2026-12-01", conclusion: "ignoreras")
        XCTAssertNil(try store.hypotheses(teamId: team.id).first?.conclusion)
        let history = try store.hypothesisEvents(hypothesisId: h.id)
        XCTAssertEqual(history.map(\.kind), [.status, .status, .status, .status])
        XCTAssertEqual(history.map(\.oldStatus), [nil, .attProva, .pagar, .bekraftad])
        XCTAssertEqual(history.map(\.newStatus), [.attProva, .pagar, .bekraftad, .pagar])
        XCTAssertEqual(history.map(\.text), ["", "", "Tvätten sköts av servicebiträden.", ""])
        XCTAssertEqual(history.map(\.closes), [false, false, true, false])
        XCTAssertEqual(Set(history.map(\.writtenBy)), ["testare"])
        XCTAssertEqual(Set(history.map(\.at)), [at])
        let audit = try store.auditEntries(entity: "shadowing_hypothesis", entityId: h.id)
        XCTAssertTrue(audit.contains { $0.after?["conclusion"] == .text("Tvätten sköts av servicebiträden.") }, "\(audit)")
    }

    /// A hypothesis added closed needs its conclusion at once; an open one stores none.
    func testAddingAClosedHypothesisNeedsAConclusion() throws {
        XCTAssertThrowsError(try store.addHypothesis(teamId: team.id, statement: "Måltider", status: .forkastad, reviewDate: "2026-10-10")) {
            XCTAssertEqual(($0 as? ShadowingValidationFailure)?.problems, [.conclusion: .required])
        }
        XCTAssertTrue(try store.hypotheses(teamId: team.id).isEmpty)
        let closed = try store.addHypothesis(teamId: team.id, statement: "Måltider", status: .forkastad, reviewDate: "2026-10-10",
                                             conclusion: "Kräver bedömning av sväljförmåga.")
        let open = try store.addHypothesis(teamId: team.id, statement: "Inköp", status: .pagar, reviewDate: "2026-10-10", conclusion: "x")
        XCTAssertEqual(try store.hypotheses(teamId: team.id).map(\.conclusion), ["Kräver bedömning av sväljförmåga.", nil])
        let events = try store.hypothesisEvents(teamId: team.id)
        XCTAssertEqual(events[closed.id]?.map(\.text), ["Kräver bedömning av sväljförmåga."])
        XCTAssertEqual(events[open.id]?.map(\.newStatus), [.pagar])
    }

    /// Notes are dated and signed by the store, checked as free text, audited, and go with
    /// their hypothesis when it is removed.
    func testNotesAreDatedSignedCheckedAndRemovedWithTheHypothesis() throws {
        let h = try store.addHypothesis(teamId: team.id, statement: "Apoteksärenden", status: .pagar, reviewDate: "2026-10-10")
        let note = try store.addHypothesisNote(hypothesisId: h.id, text: " Fråga MAS om delegering. ")
        XCTAssertEqual(note.text, "Fråga MAS om delegering.")
        XCTAssertEqual(note.kind, .note)
        XCTAssertEqual(note.writtenBy, "testare")
        XCTAssertEqual(note.at, at)
        for (text, problem) in [("", ShadowingProblem.required), ("Rad\u{1b}[2J", .invalidCharacters), ("Brukare 19121212-1212", .personnummer),
                                (String(repeating: "å", count: 1001), .tooLong(max: 1000))] {
            XCTAssertThrowsError(try store.addHypothesisNote(hypothesisId: h.id, text: text)) {
                XCTAssertEqual(($0 as? ShadowingValidationFailure)?.problems, [.note: problem], text)
            }
        }
        XCTAssertThrowsError(try store.addHypothesisNote(hypothesisId: h.id + 100, text: "x")) {
            guard case StoreError.notFound = $0 else { return XCTFail("\($0)") }
        }
        XCTAssertEqual(try store.hypothesisEvents(hypothesisId: h.id).map(\.kind), [.status, .note])
        XCTAssertTrue(try store.auditEntries(entity: "shadowing_hypothesis", entityId: h.id)
            .contains { $0.after?["note"] == .text("Fråga MAS om delegering.") })
        try store.removeHypothesis(id: h.id)
        XCTAssertTrue(try store.hypothesisEvents(hypothesisId: h.id).isEmpty)
    }

    /// `vardag export shadowing --kind hypotheses`: each hypothesis with its conclusion and
    /// its history, one object each in JSON and one row per line of history in CSV.
    func testTheExportCarriesNotesConclusionAndHistory() throws {
        let h = try store.addHypothesis(teamId: team.id, statement: "Tvätt", status: .pagar, reviewDate: "2026-10-10")
        try store.addHypothesisNote(hypothesisId: h.id, text: "Går fort; två behöver stöd.")
        try store.updateHypothesis(id: h.id, statement: "Tvätt", status: .bekraftad, reviewDate: "2026-10-10", conclusion: "Tas över.")
        try store.addHypothesis(teamId: team.id, statement: "Inköp", status: .attProva, reviewDate: "2026-10-12")
        let rows = try ShadowingExport.hypothesisRows(from: store, filter: .init())
        XCTAssertEqual(rows.map(\.statement), ["Tvätt", "Inköp"])
        XCTAssertEqual(rows[0].conclusion, "Tas över.")
        XCTAssertEqual(rows[0].events.map(\.kind), ["status", "note", "status"])
        XCTAssertEqual(rows[0].events.map(\.toStatus), ["pagar", "", "bekraftad"])
        XCTAssertEqual(rows[0].events.map(\.writtenBy), ["testare", "testare", "testare"])
        let json = try JSONSerialization.jsonObject(with: try ShadowingExport.data(from: store, kind: .hypotheses, format: .json,
                                                                                    filter: .init())) as? [[String: Any]]
        XCTAssertEqual(json?.first?["conclusion"] as? String, "Tas över.")
        XCTAssertEqual((json?.first?["events"] as? [[String: Any]])?.compactMap { $0["text"] as? String },
                       ["", "Går fort; två behöver stöd.", "Tas över."])
        let csv = String(decoding: try ShadowingExport.data(from: store, kind: .hypotheses, format: .csv, filter: .init()), as: UTF8.self)
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines.count, 5, csv)  // header, three lines of Tvätt, one of Inköp
        XCTAssertTrue(lines[3].contains("Tvätt;bekräftad;2026-10-10;Tas över.;0;Status;pågår;bekräftad;Tas över.;testare;\(at)"), lines[3])
        XCTAssertTrue(lines[2].contains(";Anteckning;;;Går fort; två behöver stöd.;") || lines[2].contains(";Anteckning;;;\"Går fort; två behöver stöd.\";"),
                      lines[2])
        // A period that ends before the history leaves the lines out, the hypotheses stay.
        let before = try ShadowingExport.hypothesisRows(from: store, filter: .init(to: try LocalDate.parse("2026-01-01")))
        XCTAssertEqual(before.map(\.events.count), [0, 0])
    }
}
