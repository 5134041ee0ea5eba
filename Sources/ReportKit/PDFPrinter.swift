import Foundation

/// Prints an HTML report to PDF with a headless Chromium, the way a person's browser
/// prints it, with networking off and a check that the page asked for nothing.
///
/// Chromium runs with a fresh profile, its background services off, every request sent
/// to a proxy that does not exist and every host name unresolvable, and it keeps a
/// request log (`--log-net-log`). After printing, the log is read: a request the page
/// made (a resource with the page as initiator) fails the print, so a report that would
/// reach for another address is never handed out. Chromium's own background requests
/// (its clock and update checks, which have no page as initiator and go nowhere either)
/// are not the page's and are allowed.
public struct PDFPrinter: Sendable {
    /// The browser program.
    public let browser: String

    /// Why printing failed.
    public enum Failure: Error, Equatable {
        /// No Chromium is installed (the names tried are in `PDFPrinter.browserNames`).
        case noBrowser
        /// The browser ended with a status and wrote no PDF; its last error lines.
        case browserFailed(status: Int32, output: String)
        /// The page asked for another address while printing.
        case pageRequested([String])
        /// The browser's request log could not be read, so nothing shows the page asked for nothing.
        case requestLogUnreadable
    }

    /// The programs looked for on the PATH, in order.
    public static let browserNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// Makes a printer with a given browser program.
    public init(browser: String) {
        self.browser = browser
    }

    /// The printer with the first browser found on the PATH.
    /// - Parameter environment: the environment whose PATH is searched.
    /// - Throws: `Failure.noBrowser`.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PDFPrinter {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for name in browserNames {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return PDFPrinter(browser: candidate) }
            }
        }
        throw Failure.noBrowser
    }

    /// Prints a page to PDF.
    /// - Parameters:
    ///   - html: the page, self-contained.
    ///   - timeout: seconds before the browser is stopped.
    /// - Returns: the PDF's bytes (the caller writes them where they belong, owner-only).
    /// - Throws: `Failure`, or a file error.
    public func pdf(from html: String, timeout: TimeInterval = 120) throws -> Data {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("vardag-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: work) }
        let page = work.appendingPathComponent("rapport.html")
        try Data(html.utf8).write(to: page)
        let requestLog = work.appendingPathComponent("net.json")
        let printed = work.appendingPathComponent("rapport.pdf")
        let result = try run(Self.arguments(page: page, pdf: printed, profile: work.appendingPathComponent("profil"), requestLog: requestLog),
                             timeout: timeout)
        guard let bytes = try? Data(contentsOf: printed), !bytes.isEmpty else {
            throw Failure.browserFailed(status: result.status, output: result.lastLines)
        }
        guard let requested = Self.pageRequests(inLog: (try? Data(contentsOf: requestLog)) ?? Data()) else {
            throw Failure.requestLogUnreadable
        }
        guard requested.isEmpty else { throw Failure.pageRequested(requested) }
        return bytes
    }

    /// The browser's arguments: headless, a fresh profile, no background services, no network.
    static func arguments(page: URL, pdf: URL, profile: URL, requestLog: URL) -> [String] {
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run",
            "--user-data-dir=\(profile.path)", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-default-apps", "--disable-extensions", "--disable-domain-reliability",
            "--disable-client-side-phishing-detection", "--disable-features=Translate,OptimizationHints,MediaRouter,SpellCheck",
            "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
            "--log-net-log=\(requestLog.path)", "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ]
    }

    /// The addresses the page itself asked for, from Chromium's request log: requests whose
    /// initiator is an origin (the page's is "null", a file's opaque origin), not Chromium's
    /// own ("not an origin").
    /// - Parameter data: the log's JSON.
    /// - Returns: the addresses, in order; empty when the page asked for nothing; nil when
    ///   the log cannot be read (which fails the print: nothing shows the page asked for nothing).
    static func pageRequests(inLog data: Data) -> [String]? {
        // A log cut short when the browser quit lacks its closing brackets.
        var text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasSuffix(",") { text.removeLast() }
        for candidate in [text, text + "]}"] {
            guard let log = try? JSONSerialization.jsonObject(with: Data(candidate.utf8)) as? [String: Any],
                  let events = log["events"] as? [[String: Any]] else { continue }
            return events.compactMap { event in
                guard let params = event["params"] as? [String: Any], let url = params["url"] as? String,
                      let initiator = params["initiator"] as? String, initiator != "not an origin" else { return nil }
                return url
            }
        }
        return nil
    }

    /// What a browser run ended with.
    private struct Run {
        var status: Int32
        var lastLines: String
    }

    private func run(_ arguments: [String], timeout: TimeInterval) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = DispatchTime.now() + timeout
        let stopper = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: deadline, execute: stopper)
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        stopper.cancel()
        let lines = String(decoding: output, as: UTF8.self).split(separator: "\n").suffix(3).joined(separator: "\n")
        return Run(status: process.terminationStatus, lastLines: lines)
    }
}
