import Foundation

/// Remembers sanitised, measured text between frames for a `Grid`, so scrolling a long
/// grid does not normalise and measure the same names on every key press.
///
/// A reference type the owner keeps across frames; safe to share between threads (a lock
/// guards it), and bounded: it starts over when it holds too many texts.
public final class GridTextCache: @unchecked Sendable {
    private let lock = NSLock()
    private var glyphs: [String: [Cell]] = [:]
    private var texts: [String: String] = [:]
    /// Entries kept before the cache starts over.
    public let capacity: Int

    public init(capacity: Int = 20_000) { self.capacity = capacity }

    /// The cells of a text (sanitised, one per character, with widths), computed once.
    public func cells(for text: String) -> [Cell] {
        lock.lock()
        defer { lock.unlock() }
        if let cached = glyphs[text] { return cached }
        let cells = TextSanitizer.clean(text).compactMap { character -> Cell? in
            let width = DisplayWidth.of(character)
            return width == 0 ? nil : Cell(character, width: UInt8(width))
        }
        if glyphs.count >= capacity { glyphs.removeAll(keepingCapacity: true) }
        glyphs[text] = cells
        return cells
    }

    /// A derived text (e.g. a padded row label) for a key, computed once.
    public func text(for key: String, _ make: () -> String) -> String {
        lock.lock()
        if let cached = texts[key] { lock.unlock(); return cached }
        lock.unlock()
        let value = make()
        lock.lock()
        if texts.count >= capacity { texts.removeAll(keepingCapacity: true) }
        texts[key] = value
        lock.unlock()
        return value
    }
}
