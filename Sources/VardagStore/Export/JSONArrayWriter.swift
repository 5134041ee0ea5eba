import Foundation

/// Writes a JSON array into an `ExportSink` one element at a time, byte for byte as
/// `ExportEncoding.json` writes the whole array.
///
/// Each element is encoded alone (pretty, sorted keys, slashes unescaped) and indented by
/// the two spaces the array gives it, but for the empty line the encoder writes inside an
/// empty `[]` or `{}`; a line break inside an element is always the encoder's own, since
/// strings carry theirs escaped. Only one element is held at a time.
public struct JSONArrayWriter {
    private let sink: ExportSink
    private let encoder = ExportEncoding.jsonEncoder()
    private var count = 0

    /// Starts the array in the sink.
    public init(into sink: ExportSink) {
        self.sink = sink
    }

    /// Appends one element.
    /// - Throws: `EncodingError`, `StoreError.cannotWriteFile`.
    public mutating func append<T: Encodable>(_ element: T) throws {
        let encoded = try encoder.encode(element)
        try sink.append(count == 0 ? Self.opening : Self.between)
        count += 1
        try encoded.withUnsafeBytes { bytes in
            var start = 0
            try sink.append(Self.indent)
            for index in 0..<bytes.count where bytes[index] == 0x0A {
                try sink.append(UnsafeRawBufferPointer(rebasing: bytes[start...index]))
                // The encoder leaves the empty line inside `[]` and `{}` unindented.
                if index + 1 < bytes.count, bytes[index + 1] != 0x0A { try sink.append(Self.indent) }
                start = index + 1
            }
            try sink.append(UnsafeRawBufferPointer(rebasing: bytes[start...]))
        }
    }

    /// Ends the array (and the file's last line).
    /// - Throws: `StoreError.cannotWriteFile`.
    public func finish() throws {
        try sink.append(count == 0 ? Self.empty : Self.closing)
    }

    private static let opening = Data("[\n".utf8), between = Data(",\n".utf8), indent = Data("  ".utf8)
    private static let closing = Data("\n]\n".utf8)
    /// An empty array as the encoder writes it, with the file's newline.
    private static let empty: Data = {
        var data = (try? ExportEncoding.jsonEncoder().encode([Int]())) ?? Data("[]".utf8)
        data.append(0x0A)
        return data
    }()
}
