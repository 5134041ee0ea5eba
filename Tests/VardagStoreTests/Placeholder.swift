import XCTest
final class PlaceholderTests_VardagStoreTests: XCTestCase { func testNothingYet() {} }
