import Foundation
@testable import ReportKit
import XCTest

/// A report printed by a real headless Chromium: pages, text and a first-page picture,
/// with networking off and the request log showing the page asked for nothing.
///
/// Without Chromium (Debian's `chromium`, which `make test` installs) these skip, except
/// under `CI=true`, where a missing browser fails the run.
final class PDFPrinterTests: XCTestCase {
    /// The printer, or a skip (a failure under CI=true).
    static func printer() throws -> PDFPrinter {
        do {
            return try PDFPrinter.find()
        } catch {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                XCTFail("CI=true needs Chromium (apt-get install chromium)")
                throw error
            }
            throw XCTSkip("no Chromium installed")
        }
    }

    /// Runs a poppler tool and returns what it printed.
    static func poppler(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "\(tool) \(arguments)")
        return String(decoding: data, as: UTF8.self)
    }

    func testTheSamplePrintsOnTwoA4PagesWithItsTextAndNoRequest() throws {
        let printer = try Self.printer()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vardag-pdf-test-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("rapport.pdf")
        try printer.pdf(from: ReportDocumentTests.sample().html()).write(to: pdf)

        let info = try Self.poppler("pdfinfo", [pdf.path])
        XCTAssertTrue(info.contains("Pages:           2"), info)
        XCTAssertTrue(info.contains("(A4)"), "A4: \(info)")
        let text = try Self.poppler("pdftotext", ["-layout", pdf.path, "-"])
        for words in ["Personal & <nämnd>", "Älvdala kommun · november 2026", "Åsens <boende>", "för få", "7,3", "Fyrfältaren", "Team Björk"] {
            XCTAssertTrue(text.contains(words), "the PDF lacks '\(words)':\n\(text)")
        }
        XCTAssertTrue(text.contains("<script>alert(1)</script>"), "the name shows as the text it is")
        try Self.keepFirstPage(of: pdf, as: "rapportkit-exempel")
    }

    /// Keeps a PNG of a PDF's first page in the test log folder (`VARDAG_TEST_LOGS`, which
    /// `make test` sets) for a person to look at; without the folder, nothing is kept.
    static func keepFirstPage(of pdf: URL, as name: String) throws {
        guard let logs = ProcessInfo.processInfo.environment["VARDAG_TEST_LOGS"] else { return }
        try FileManager.default.createDirectory(atPath: logs, withIntermediateDirectories: true)
        let base = URL(fileURLWithPath: logs).appendingPathComponent(name).path
        _ = try poppler("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf.path, base])
        XCTAssertTrue(FileManager.default.fileExists(atPath: base + ".png"), "no picture of the first page")
    }

    func testAPageThatReachesForAnotherAddressIsRefused() throws {
        let printer = try Self.printer()
        let pdf = FileManager.default.temporaryDirectory.appendingPathComponent("vardag-pdf-refused-\(getpid()).pdf")
        defer { try? FileManager.default.removeItem(at: pdf) }
        let html = "<!DOCTYPE html><html><body><p>Hej</p><img src=\"https://example.org/spårning.png\"/></body></html>"
        XCTAssertThrowsError(try printer.pdf(from: html).write(to: pdf)) { error in
            guard case .pageRequested(let urls) = error as? PDFPrinter.Failure else { return XCTFail("\(error)") }
            XCTAssertTrue(urls.contains { $0.hasPrefix("https://example.org/") }, "\(urls)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: pdf.path), "no PDF is handed out")
    }

    func testTheRequestLogIsReadEvenWhenCutShort() {
        let log = #"{"constants":{},"events":[{"params":{"url":"http://update.example/","initiator":"not an origin"}},{"params":{"url":"https://x.example/a.png","initiator":"null"}},"#
        XCTAssertEqual(PDFPrinter.pageRequests(inLog: Data(log.utf8)), ["https://x.example/a.png"])
        XCTAssertNil(PDFPrinter.pageRequests(inLog: Data("inte json".utf8)))
    }
}
