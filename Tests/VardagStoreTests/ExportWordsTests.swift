import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import VardagStore
import XCTest

/// Exports for people read as words, not codes, and JSON numbers are numbers.
final class ExportWordsTests: XCTestCase {
    private func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    func testCSVShowsSwedishWordsAndJSONShowsNumbers() throws {
        let demo = try TemporaryDatabase(fileName: "demo.sqlite")
        defer { demo.remove() }
        let store = try demo.open()
        try DemoData.populate(store)
        _ = try ShadowingDemoData.populate(store)
        _ = try WorkloadDemo.populate(store)
        _ = try CompetenceDemo.populate(store)
        let codes = ["med_stod", "underskoterska", "delegerad_hsl", "omvardnad", "uppfoljning", "minuter_totalt",
                     "andel_overforbar", "egna_med_stod", "annat_arbete"]

        let tasks = text(try ShadowingExport.data(from: store, kind: .tasks, format: .csv, filter: .init()))
        let summary = text(try ShadowingExport.data(from: store, kind: .summary, format: .csv, filter: .init()))
        let workload = text(try WorkloadExport.workloadData(from: store, filter: .init(), format: .csv))
        let diary = text(try WorkloadExport.diaryData(from: store, filter: .init(), format: .csv))
        for (name, csv) in [("tasks", tasks), ("summary", summary), ("workload", workload)] {
            for code in codes { XCTAssertFalse(csv.contains(";\(code);"), "\(name) CSV shows the code \(code)") }
        }
        XCTAssertTrue(tasks.contains(";Undersköterska;"), tasks.prefix(400).description)
        XCTAssertTrue(tasks.contains(";med stöd;"))
        XCTAssertTrue(summary.contains(";Minuter totalt;;"))
        XCTAssertTrue(summary.contains(";Deltagare per steg;Egna insatser med stöd;"))
        XCTAssertTrue(diary.contains(";Direkt tid med brukare;"))
        XCTAssertFalse(diary.contains(";direkt;"))

        let summaryJSON = try XCTUnwrap(JSONSerialization.jsonObject(
            with: try ShadowingExport.data(from: store, kind: .summary, format: .json, filter: .init())) as? [[String: Any]])
        let total = try XCTUnwrap(summaryJSON.first { $0["measure"] as? String == "minuter_totalt" })
        XCTAssertTrue(total["value"] is Int, "\(total)")
        let share = try XCTUnwrap(summaryJSON.first { $0["measure"] as? String == "andel_overforbar" })
        XCTAssertTrue(share["value"] is Double, "\(share)")

        let comparison = try CompetenceExport.table(from: store, kind: .comparison, kommuner: [], today: LocalDate.today())
        let comparisonJSON = try XCTUnwrap(JSONSerialization.jsonObject(with: try CompetenceExport.json(comparison)) as? [[String: Any]])
        // A row whose count is hidden ("för få", "dold") keeps its size as a number and no count.
        let hidden = try XCTUnwrap(comparisonJSON.first { $0["Andel"] as? String == "för få" })
        XCTAssertTrue(hidden["Antal"] is Int, "\(hidden)")
        XCTAssertEqual(hidden["Uppfyller"] as? String, "", "\(hidden)")
        let first = try XCTUnwrap(comparisonJSON.first { $0["Uppfyller"] is Int })
        XCTAssertTrue(first["Antal"] is Int, "\(first)")
        XCTAssertTrue(first["Uppfyller"] is Int, "\(first)")
        let andel = try XCTUnwrap(first["Andel"] as? Double, "\(first)")
        XCTAssertEqual(andel, Double(first["Uppfyller"] as! Int) / Double(first["Antal"] as! Int), accuracy: 0.01)
    }
}
