import XCTest
final class PlaceholderTests_TerminalKitTests: XCTestCase { func testNothingYet() {} }
