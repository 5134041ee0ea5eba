import ReportKit
import VardagDomain

/// Why the report was not written, in words at the form field it belongs to.
enum ReportWriteRefusal: FieldFailure, WordedError {
    /// No file was given (or `-`, which is the terminal the app draws on).
    case noPath
    /// The path is a folder.
    case isFolder(String)
    /// The path is a FIFO, a device or the like, which is never written.
    case notAFile(String)
    /// The file is there and replacing it was not agreed to.
    case exists(String)
    /// Printing to PDF failed (no browser, the browser failed or timed out, the page asked
    /// for another address).
    case printing(PDFPrinter.Failure)
    /// Writing the file failed; the reason in words.
    case writing(String)

    var fieldErrors: [(field: String, error: any Error)] {
        switch self {
        case .printing: return [("format", self)]
        default: return [("path", self)]
        }
    }

    func text(_ s: Strings) -> String {
        switch self {
        case .noPath: return s["rapport.write.noPath"]
        case .isFolder: return s["rapport.write.isFolder"]
        case .notAFile: return s["rapport.write.notAFile"]
        case .exists: return s["rapport.write.exists"]
        case .writing(let reason): return s.format("rapport.write.failed", reason)
        case .printing(let failure):
            switch failure {
            case .noBrowser: return s["rapport.pdf.noBrowser"]
            case .browserFailed(let status, _): return s.format("rapport.pdf.browserFailed", status, Int(ReportFile.printTimeout))
            case .pageRequested(let urls): return s.format("rapport.pdf.pageRequested", urls.joined(separator: ", "))
            case .requestLogUnreadable: return s["rapport.pdf.requestLog"]
            }
        }
    }
}
