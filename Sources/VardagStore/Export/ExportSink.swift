import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An export's bytes on their way out, through a buffer of fixed size written out each time it fills.
///
/// However many rows an export has, it holds no more than `capacity` bytes of output: the
/// encoders append here as the rows come off the statement's cursor, and a full buffer is
/// written to its destination (`ExportFile`) and reused. The destination is opened at the
/// first write, so an export that fails before its first `capacity` bytes (an unknown team,
/// say) leaves the destination untouched, as an export that was built whole did. A regular
/// file gets its bytes in a temporary file renamed into place by `finish()`; `abandon()`
/// (or a failure) removes it, so a file is never half-written. A terminal gets each buffer
/// made `ExportWriter.terminalSafe`, cut at a character boundary.
///
/// `inMemory()` keeps every byte instead, for callers that want the export as `Data`.
public final class ExportSink {
    /// The size of the buffer: what an export holds of its output at most.
    public static let capacity = 1 << 16

    private enum Target {
        /// Not opened yet: the path the bytes will go to (nil or `-` for standard output).
        case pending(String?)
        /// Opened.
        case open(ExportFile.Opened)
        /// Every byte kept in `collected`.
        case memory
        /// Finished or abandoned.
        case closed
    }

    private var target: Target
    private let buffer: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var collected = Data()

    /// A sink to a file, device or FIFO, or standard output for nil or `-`; opened at the first write.
    /// - Parameter path: the `--output` path.
    public init(path: String?) {
        target = .pending(path)
        buffer = .allocate(capacity: Self.capacity)
    }

    private init(memory: Void) {
        target = .memory
        buffer = .allocate(capacity: Self.capacity)
    }

    /// A sink that keeps every byte, read with `data` after `finish()`.
    public static func inMemory() -> ExportSink { ExportSink(memory: ()) }

    deinit {
        abandon()
        buffer.deallocate()
    }

    /// The bytes of an in-memory sink.
    public var data: Data { collected + Data(bytes: buffer, count: count) }

    /// Appends one byte.
    @inline(__always)
    public func append(_ byte: UInt8) throws {
        if count == Self.capacity { try flush() }
        buffer[count] = byte
        count += 1
    }

    /// Appends bytes.
    public func append(_ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        if bytes.count <= Self.capacity - count {
            (buffer + count).update(from: base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
            count += bytes.count
            return
        }
        var offset = 0
        while offset < bytes.count {
            if count == Self.capacity { try flush() }
            let step = min(Self.capacity - count, bytes.count - offset)
            (buffer + count).update(from: base.assumingMemoryBound(to: UInt8.self) + offset, count: step)
            count += step
            offset += step
        }
    }

    /// Appends bytes.
    public func append(_ bytes: Data) throws {
        try bytes.withUnsafeBytes { try append($0) }
    }

    /// Appends a string's UTF-8.
    public func append(_ text: String) throws {
        var text = text
        try text.withUTF8 { try append(UnsafeRawBufferPointer($0)) }
    }

    /// Writes out what is left and puts the file in place (renamed from its temporary
    /// file, synced first). Nothing more may be appended.
    /// - Throws: `StoreError.cannotWriteFile` (the path, or "stdout").
    public func finish() throws {
        switch target {
        case .memory:
            return try flush()
        case .closed:
            return
        case .pending, .open:
            break
        }
        do {
            try flush(all: true)
            guard case .open(let opened) = target else { return }
            try opened.complete()
            target = .closed
        } catch {
            abandon()
            throw error
        }
    }

    /// Gives up: a temporary file is removed, so the destination keeps what it had.
    public func abandon() {
        if case .open(let opened) = target { opened.discard() }
        if case .memory = target { return }
        target = .closed
    }

    /// Writes the buffer out (opening the destination first if need be) and empties it.
    private func flush(all: Bool = false) throws {
        switch target {
        case .memory:
            collected.append(buffer, count: count)
            count = 0
            return
        case .closed:
            count = 0
            return
        case .pending(let path):
            target = .open(try ExportFile(path: path).open())
        case .open:
            break
        }
        guard case .open(let opened) = target else { return }
        let descriptor = opened.descriptor, name = opened.name
        guard opened.terminal else {
            try ExportFile.write(UnsafeRawBufferPointer(start: buffer, count: count), to: descriptor, name: name)
            count = 0
            return
        }
        // A terminal gets whole characters only, cleaned: a character cut by the buffer's
        // end waits for the next buffer (unless this is the last one).
        let whole = all ? count : Self.wholeCharacters(buffer, count: count)
        let shown = ExportWriter.terminalSafe(Data(bytes: buffer, count: whole))
        try shown.withUnsafeBytes { try ExportFile.write($0, to: descriptor, name: name) }
        let rest = count - whole
        if rest > 0 { buffer.update(from: buffer + whole, count: rest) }
        count = rest
    }

    /// How many bytes from the start hold only whole UTF-8 characters: a lead byte in the
    /// last three whose sequence does not end in the buffer is left for later.
    static func wholeCharacters(_ bytes: UnsafePointer<UInt8>, count: Int) -> Int {
        var index = count - 1
        while index >= 0 && index >= count - 4 {
            let byte = bytes[index]
            if byte & 0xC0 != 0x80 {
                let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                return index + length <= count ? count : index
            }
            index -= 1
        }
        return count
    }
}
