import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ReportKit
import XCTest

/// A report page is one self-contained, well-formed document: text from the database is
/// escaped, nothing points anywhere else, and the charts are inline SVG.
final class ReportDocumentTests: XCTestCase {
    /// A page with every kind of block, names that try to break out of the markup among them.
    static func sample() -> ReportDocument {
        let number = ReportNumber(.sv)
        let months = ["dec", "jan", "feb"]
        return ReportDocument(
            language: .sv, title: "Personal & <nämnd>", subtitle: "Älvdala kommun · november 2026",
            colophon: "Skapad av Vardag",
            sections: [
                ReportSection("Personal", [
                    .paragraph("Enheten \"Björken\" <script>alert(1)</script>"),
                    .figures([ReportFigure("412", "anställda"), ReportFigure("för få", "sjukfrånvaro")]),
                    .table(ReportTable(caption: "Per enhet", columns: [ReportColumn("Enhet"), ReportColumn("Anställda", numeric: true),
                                                                      ReportColumn("Sjukfrånvaro", numeric: true), ReportColumn("Trend")],
                                       rows: [[.text("Åsens <boende>"), .text("14"), .text(number.percent(0.0734)),
                                               .chart(svg: ReportChart.sparkline(title: "7,3 %", values: [0.05, nil, 0.07]))],
                                              [.text("Lilla'hemmet"), .text("6"), .suppressed("för få"), .empty]],
                                       total: [.text("Alla"), .text("20"), .suppressed("för få"), .empty])),
                    .chart(caption: "Anställda", svg: ReportChart.trend(title: "Anställda per månad", labels: months,
                                                                       values: [410, nil, 412], format: { number.format($0) })),
                    .note("Grupper med 10 eller färre visas som för få."),
                ]),
                ReportSection("Fyrfältaren", startsNewPage: true, [
                    .subheading("Tunga ärenden"),
                    .chart(caption: "Andel i tung", svg: ReportChart.bars(title: "Andel tunga ärenden per team",
                                                                          rows: [("Team Björk", 0.3, "30 %"), ("Team Ek", nil, "för få")])),
                ]),
            ])
    }

    func testThePageIsWellFormedAndEscapesEveryName() throws {
        let html = Self.sample().html()
        let parser = XMLParser(data: Data(html.utf8))
        XCTAssertTrue(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        XCTAssertFalse(html.contains("<script"), "a name opened a tag")
        XCTAssertFalse(html.contains("<boende>"))
        XCTAssertTrue(html.contains("Åsens &lt;boende&gt;"))
        XCTAssertTrue(html.contains("Lilla&#39;hemmet"))
        XCTAssertTrue(html.contains("<title>Personal &amp; &lt;nämnd&gt;</title>"))
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\""))
    }

    func testNothingPointsOutsideThePage() {
        let html = Self.sample().html()
        for reference in ["src=", "href=", "url(", "@import", "<link", "<script", "<img", "<iframe"] {
            XCTAssertFalse(html.contains(reference), "the page refers elsewhere: \(reference)")
        }
        // The only addresses are the XML namespaces, which are names, not requests.
        let addresses = html.components(separatedBy: "http").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        XCTAssertEqual(Set(addresses), ["://www.w3.org/1999/xhtml", "://www.w3.org/2000/svg"])
    }

    func testPrintStylesKeepRowsAndChartsWhole() {
        let html = Self.sample().html()
        XCTAssertTrue(html.contains("@page { size: A4 portrait;"))
        XCTAssertTrue(html.contains("tr { break-inside: avoid;"))
        XCTAssertTrue(html.contains("figure { margin: 4pt 0 10pt 0; break-inside: avoid;"))
        XCTAssertTrue(html.contains("<section class=\"newpage\"><h2>Fyrfältaren</h2>"))
    }

    func testSuppressedCellsSayWhyAndCarryNoNumber() {
        let html = Self.sample().html()
        XCTAssertTrue(html.contains("<td class=\"suppressed\">för få</td>"))
        XCTAssertTrue(html.contains("<tr class=\"total\"><td>Alla</td><td class=\"num\">20</td><td class=\"suppressed\">för få</td>"))
    }
}
