import TerminalKit
import XCTest

/// Asserts that rendered lines equal the expected ones, reporting a line-by-line
/// diff with the line ends marked, so a stray trailing space is visible.
///
/// Compare `Buffer.lines` or `InMemoryTerminal.lines` (trailing spaces removed)
/// with literal lines, ratatui style.
public func assertLines(
    _ actual: [String], _ expected: [String], _ message: String = "",
    file: StaticString = #filePath, line: UInt = #line
) {
    // Compared scalar by scalar: String's `==` treats "å" and "a\u{30A}" as equal,
    // but the screen must show the normalised form.
    let same = actual.count == expected.count
        && zip(actual, expected).allSatisfy { Array($0.unicodeScalars) == Array($1.unicodeScalars) }
    guard !same else { return }
    XCTFail(linesDiff(actual, expected, message), file: file, line: line)
}

/// A readable diff of two screens: each differing row as "-" expected and "+" actual.
public func linesDiff(_ actual: [String], _ expected: [String], _ message: String = "") -> String {
    var out = message.isEmpty ? "screen differs:" : "\(message): screen differs:"
    if actual.count != expected.count { out += "\n  \(expected.count) lines expected, \(actual.count) rendered" }
    for i in 0..<max(actual.count, expected.count) {
        let a = i < actual.count ? actual[i] : nil
        let e = i < expected.count ? expected[i] : nil
        if let a, let e, Array(a.unicodeScalars) == Array(e.unicodeScalars) {
            out += "\n   \(pad(i))|\(a)|"
        } else {
            out += "\n - \(pad(i))|\(e ?? "<none>")|"
            out += "\n + \(pad(i))|\(a ?? "<none>")|"
        }
    }
    return out
}

private func pad(_ i: Int) -> String {
    let s = String(i)
    return String(repeating: " ", count: max(0, 2 - s.count)) + s
}

/// Renders into a fresh buffer of the given size and returns it.
public func renderBuffer(width: Int, height: Int, _ draw: (inout Buffer) -> Void) -> Buffer {
    var buffer = Buffer(size: Size(width: width, height: height))
    draw(&buffer)
    return buffer
}

/// Asserts the style of every cell in a row range satisfies a condition, e.g. that
/// a selected row is drawn reversed across the whole width.
public func assertStyle(
    _ buffer: Buffer, row y: Int, columns: Range<Int>, _ description: String,
    _ condition: (Style) -> Bool, file: StaticString = #filePath, line: UInt = #line
) {
    for x in columns where !condition(buffer[x, y].style) {
        XCTFail("cell (\(x), \(y)) \(buffer[x, y].text.debugDescription) is not \(description): \(buffer[x, y].style)",
                file: file, line: line)
        return
    }
}
