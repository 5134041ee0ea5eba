/// The text of an HR file as the staff import reads it: UTF-8 (a byte-order mark is
/// dropped), or Windows-1252 as Swedish Excel writes "CSV (semikolonavgränsad)".
///
/// A file that is not valid UTF-8 is read as Windows-1252: in a Swedish HR export that is
/// the only other encoding met, and its å ä ö (0xE5 0xE4 0xF6) are never valid UTF-8, so
/// the two cannot be confused. The five bytes Windows-1252 leaves undefined become the C1
/// control characters of the same value, which the import then refuses by line.
enum StaffImportText {
    /// The file as UTF-8 bytes without a byte-order mark.
    /// - Returns: the bytes, and whether they were converted from Windows-1252.
    static func utf8(_ bytes: [UInt8]) -> (bytes: [UInt8], converted: Bool) {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if String(validating: bytes, as: UTF8.self) != nil { return (bytes, false) }
        var text = String.UnicodeScalarView()
        for byte in bytes {
            if byte >= 0x80 && byte < 0xA0, let scalar = Unicode.Scalar(windows1252[Int(byte - 0x80)]) {
                text.append(scalar)
            } else {
                text.append(Unicode.Scalar(byte))
            }
        }
        return (Array(String(text).utf8), true)
    }

    /// Windows-1252's characters for 0x80–0x9F (undefined ones as the C1 control of that value).
    private static let windows1252: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
