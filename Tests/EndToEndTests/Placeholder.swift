import XCTest
final class PlaceholderTests_EndToEndTests: XCTestCase { func testNothingYet() {} }
