import Testing
@testable import AVSLintKit

@Suite struct PhoneFormatTests {
    static let table: [(String, Bool)] = [
        ("13800138000", true), ("+86 138 0013 8000", true), ("0086 13800138000", true), ("138-0013-8000", true),
        ("010-62345678", true), ("0755-8765432", true), ("021 6234 5678", true), ("010-62345678-123", true),
        ("010-62345678#8", true), ("+1 415 555 0100", true), ("+4930123456", true),
        ("12800138000", false), ("1380013800", false), ("138001380001", false), ("62345678", false),
        ("", false), ("phone", false), ("+123456", false), ("+1234567890123456", false), ("010-1234", false),
        ("13800138000x", false), ("(010)62345678", false),
    ]

    @Test(arguments: table) func classifies(_ row: (String, Bool)) {
        #expect(PhoneFormatFunction.isPlausible(row.0) == row.1, "\(row.0)")
    }
}
