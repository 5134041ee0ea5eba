import XCTest
final class PlaceholderTests_VardagDomainTests: XCTestCase { func testNothingYet() {} }
