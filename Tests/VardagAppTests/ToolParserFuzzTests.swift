import TestSupport
import VardagDomain
import XCTest

/// The tools' parsers of typed input (see `ParserFuzz`): counts, levels, dates,
/// minutes, periods and free text. Accepted or refused with a message, never a crash.
final class ToolParserFuzzTests: XCTestCase {
    /// Outcomes of `Result`-returning parsers as throwing ones.
    private func unwrap<Value, Failure: Error>(_ result: Result<Value, Failure>) throws -> Value { try result.get() }

    func testDialogueCount() {
        var fuzz = ParserFuzz(label: "DialogueRules.parseCount")
        let r = fuzz.check("DialogueRules.parseCount", canonical: { String(Int.random(in: 0...DialogueRules.maxCount, using: &$0)) },
                           parse: { try self.unwrap(DialogueRules.parseCount($0)) }, format: { String($0) })
        XCTAssertGreaterThan(r.accepted, 0)
        XCTAssertGreaterThan(r.refused, 0)
    }

    func testDialogueLevel() {
        var fuzz = ParserFuzz(label: "DialogueRules.parseLevel")
        let r = fuzz.check("DialogueRules.parseLevel", canonical: { String(Int.random(in: 1...5, using: &$0)) },
                           parse: { try self.unwrap(DialogueRules.parseLevel($0)) }, format: { $0.map(String.init) ?? "" })
        XCTAssertGreaterThan(r.refused, 0)
    }

    func testDialogueDate() {
        var fuzz = ParserFuzz(label: "DialogueRules.parseDate")
        let r = fuzz.check("DialogueRules.parseDate", canonical: ParserFuzzTests.canonicalDate,
                           parse: { try self.unwrap(DialogueRules.parseDate($0)) }, format: \.iso)
        XCTAssertGreaterThan(r.accepted, 0)
    }

    func testDialogueText() {
        var fuzz = ParserFuzz(label: "DialogueRules.checkText")
        let r = fuzz.check("DialogueRules.checkText", canonical: { random in
            ["Åsa Öberg", "Maten och måltiderna", "Vem bestämmer om kvällsmaten?", "Brandsäkerhet"].randomElement(using: &random)!
        }, parse: { text in
            let clean = try self.unwrap(DialogueRules.checkText(text, required: true, max: DialogueRules.maxTextLength, multiline: true))
            XCTAssertFalse(clean.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" },
                           "stored text has no control characters but a note's line breaks and tabs: \(clean.debugDescription)")
            return clean
        }, format: { $0 })
        XCTAssertGreaterThan(r.refused, 0)
    }

    func testShadowingMinutes() {
        var fuzz = ParserFuzz(label: "ShadowingRules.minutes")
        struct Refused: Error, CustomStringConvertible { var description: String { "not a whole number of minutes 1–600" } }
        let r = fuzz.check("ShadowingRules.minutes", canonical: { String(Int.random(in: ShadowingRules.minutesRange, using: &$0)) },
                           parse: { text in
                               guard let minutes = ShadowingRules.minutes(text) else { throw Refused() }
                               XCTAssertTrue(ShadowingRules.minutesRange.contains(minutes))
                               return minutes
                           }, format: { String($0) })
        XCTAssertGreaterThan(r.accepted, 0)
        XCTAssertGreaterThan(r.refused, 0)
    }

    func testShadowingPeriod() {
        var fuzz = ParserFuzz(label: "ShadowingRules.validatePeriod")
        let r = fuzz.check("ShadowingRules.validatePeriod", canonical: { random in
            let a = ParserFuzzTests.canonicalDate(&random), b = ParserFuzzTests.canonicalDate(&random)
            return "\(min(a, b))|\(max(a, b))"
        }, parse: { text in
            let parts = text.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let period = try ShadowingRules.validatePeriod(start: parts[0], end: parts.count > 1 ? parts[1] : "")
            XCTAssertLessThanOrEqual(period.lowerBound, period.upperBound)
            return period
        }, format: { "\($0.lowerBound.iso)|\($0.upperBound.iso)" })
        XCTAssertGreaterThan(r.accepted, 0)
        XCTAssertGreaterThan(r.refused, 0)
    }

    func testShadowingText() {
        var fuzz = ParserFuzz(label: "ShadowingRules.validateText")
        let r = fuzz.check("ShadowingRules.validateText", canonical: { random in
            ["Dusch", "Inköp", "Promenad med brukare", "Läkemedel"].randomElement(using: &random)!
        }, parse: { try ShadowingRules.validateText($0, field: .name, max: ShadowingRules.maxNameLength) }, format: { $0 })
        XCTAssertGreaterThan(r.refused, 0)
    }
}

/// Fyrfältaren's parsers: periods (week or month), ratings and diary minutes.
final class WorkloadParserFuzzTests: XCTestCase {
    func testWorkloadPeriod() {
        var fuzz = ParserFuzz(label: "WorkloadPeriod.parse")
        let r = fuzz.check("WorkloadPeriod.parse", canonical: { random in
            if Bool.random(using: &random) { return ParserFuzzTests.canonicalWeek(&random) }
            let month = Int.random(in: 1...12, using: &random)
            return "\(Int.random(in: 1000...9998, using: &random))-\(month < 10 ? "0" : "")\(month)"
        }, parse: { try WorkloadPeriod.parse($0) }, format: \.description)
        XCTAssertGreaterThan(r.accepted, 0)
        XCTAssertGreaterThan(r.refused, 0)
    }

    func testRating() {
        var fuzz = ParserFuzz(label: "Rating.parse")
        let r = fuzz.check("Rating.parse", canonical: { String(Int.random(in: 1...5, using: &$0)) },
                           parse: { try Rating.parse($0) }, format: { String($0.value) })
        XCTAssertGreaterThan(r.accepted, 0)
        XCTAssertGreaterThan(r.refused, 0)
    }

    func testDiaryMinutes() {
        var fuzz = ParserFuzz(label: "TimeDiary.parseMinutes")
        let r = fuzz.check("TimeDiary.parseMinutes", canonical: { random in
            let minutes = Int.random(in: 0...TimeDiary.dayMinutes, using: &random)
            return Bool.random(using: &random) || minutes % 10 != 0 ? String(minutes) : "\(minutes / 10)s"
        }, parse: { text in
            let minutes = try TimeDiary.parseMinutes(text)
            XCTAssertTrue((0...TimeDiary.dayMinutes).contains(minutes))
            return minutes
        }, format: { String($0) }, roundTrip: false)
        XCTAssertGreaterThan(r.accepted, 0)
        XCTAssertGreaterThan(r.refused, 0)
    }

    /// Slot counts so large that multiplying them by ten overflows are refused, not a crash.
    func testDiaryMinutesWithHugeSlotCountsAreRefused() {
        for text in ["922337203685477580s", "9223372036854775807 rutor", "1000000000000000000r", "-922337203685477580s"] {
            XCTAssertThrowsError(try TimeDiary.parseMinutes(text), text)
        }
    }
}
