import Testing

@testable import PortcullisCore

/// The bit-mask character classes say what their plain definitions say.
@Suite("Injection character classes")
struct InjectionByteClassTests {
    @Test func wordCharacters() {
        for c in UInt32(0)..<0x80 {
            let plain = (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F
            #expect(InjectionFolding.isWordChar(c) == plain, "\(c)")
        }
        #expect(InjectionFolding.isWordChar(0xE9) && InjectionFolding.isWordChar(0x4E2D) && !InjectionFolding.isWordChar(0x2014))
    }

    @Test func cjk() {
        for c: UInt32 in [0x3041, 0x30FF, 0x3400, 0x4E2D, 0x9FFF, 0xF900, 0xFAFF] { #expect(InjectionFolding.isCJK(c), "\(c)") }
        for c: UInt32 in [0x41, 0x303F, 0x3100, 0x4DC0, 0xA000, 0xFB00, 0x1F600] { #expect(!InjectionFolding.isCJK(c), "\(c)") }
    }
}

