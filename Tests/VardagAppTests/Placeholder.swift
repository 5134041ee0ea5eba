import XCTest
final class PlaceholderTests_VardagAppTests: XCTestCase { func testNothingYet() {} }
