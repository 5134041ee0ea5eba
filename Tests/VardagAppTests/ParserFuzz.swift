import TestSupport
import XCTest

/// Generated inputs for a parser of outside input: canonical values, mutations of
/// them, random strings and known edge cases, thousands of each parser.
///
/// Every input must be either accepted or refused with a message (never a crash);
/// a canonical input must come back unchanged through format(parse(x)), and any
/// accepted input must parse again to the same value from its formatted form.
struct ParserFuzz {
    /// Characters inputs are made of: what a person or a file might put there.
    static let alphabet: [Character] = Array("0123456789-W:;.,+ eE/_") + [
        "å", "ä", "ö", "Å", "Ö", "é", "٣", "２", "\t", "\u{0}", "\u{1b}", "\u{85}", "\u{301}", "\u{202e}", "\"", "'", "\r\n",
    ]
    static let edgeCases = [
        "", " ", "-", "+", "0", "-0", "00", "1e3", "0x10", "NaN", "inf", "-inf", "9223372036854775807",
        "9223372036854775808", "-9223372036854775808", "99999999999999999999999999", String(repeating: "9", count: 400),
        "922337203685477580s", "-922337203685477580 rutor",
        String(repeating: "å", count: 1000), "\u{1b}[2J", "\u{1b}]0;pwned\u{7}", "1,5", "1.5", " 12", "12 ", "١٢",
    ]

    var random: ReplayableRandom

    init(label: String) {
        random = ReplayableRandom(fromEnvironment: "VARDAG_FUZZ_SEED", label: "fuzz \(label)")
    }

    /// Generates from a given random source (inside another fuzz test).
    init(random: ReplayableRandom) {
        self.random = random
    }

    /// How many inputs each parser gets (`VARDAG_FUZZ_INPUTS`, default 5,000).
    static var inputsPerParser: Int { ReplayableRandom.count("VARDAG_FUZZ_INPUTS", default: 5_000) }

    /// One generated input, built around canonical inputs from `canonical`.
    mutating func input(canonical: (inout ReplayableRandom) -> String) -> String {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<25: return canonical(&random)
        case 25..<70:
            var chars = Array(canonical(&random))
            for _ in 0..<Int.random(in: 1...3, using: &random) { mutate(&chars) }
            return String(chars)
        case 70..<88:
            return String((0..<Int.random(in: 0...14, using: &random)).map { _ in Self.alphabet.randomElement(using: &random)! })
        default: return Self.edgeCases.randomElement(using: &random)!
        }
    }

    private mutating func mutate(_ chars: inout [Character]) {
        let index = chars.isEmpty ? 0 : Int.random(in: 0..<chars.count, using: &random)
        switch Int.random(in: 0..<6, using: &random) {
        case 0: if !chars.isEmpty { chars.remove(at: index) }
        case 1: chars.insert(Self.alphabet.randomElement(using: &random)!, at: index)
        case 2: if !chars.isEmpty { chars[index] = Self.alphabet.randomElement(using: &random)! }
        case 3: if index + 1 < chars.count { chars.swapAt(index, index + 1) }
        case 4: chars = Array(chars.prefix(index))
        default: chars += chars.suffix(from: index)
        }
    }

    /// Feeds a parser its inputs and checks each outcome.
    /// - Parameters:
    ///   - name: the parser, for messages.
    ///   - canonical: makes a canonical input (what `format` writes).
    ///   - parse: the parser; throwing means refusing.
    ///   - format: writes a value back as canonical text.
    /// - Returns: how many inputs were accepted and refused.
    @discardableResult
    mutating func check<Value: Equatable>(
        _ name: String, canonical: (inout ReplayableRandom) -> String,
        parse: (String) throws -> Value, format: (Value) -> String, roundTrip: Bool = true,
        file: StaticString = #filePath, line: UInt = #line
    ) -> (accepted: Int, refused: Int) {
        var accepted = 0, refused = 0
        for _ in 0..<Self.inputsPerParser {
            let text = input(canonical: canonical)
            do {
                let value = try parse(text)
                accepted += 1
                let written = format(value)
                XCTAssertEqual(try? parse(written), value, "\(name): \(text.debugDescription) → \(written.debugDescription) parses back", file: file, line: line)
            } catch {
                refused += 1
                XCTAssertFalse(String(describing: error).isEmpty, "\(name): refusal of \(text.debugDescription) has a message", file: file, line: line)
            }
        }
        // Canonical inputs come back unchanged (unless the parser has several canonical
        // spellings, such as "9s" and "90" minutes).
        for _ in 0..<(roundTrip ? 200 : 0) {
            let text = canonical(&random)
            XCTAssertEqual((try? parse(text)).map(format), text, "\(name): round trip of \(text.debugDescription)", file: file, line: line)
        }
        print("fuzz \(name): \(Self.inputsPerParser) inputs, \(accepted) accepted, \(refused) refused; \(roundTrip ? 200 : 0) round trips")
        return (accepted, refused)
    }
}
