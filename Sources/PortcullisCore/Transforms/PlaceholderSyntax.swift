/// The shape of pseudonym placeholders: `<`, the type, `_`, a number without leading zeros, `>`
/// (`<PERSON_1>`, `<aws-access-token_2>`).
///
/// Angle brackets with an upper-case type and a counter almost never occur in prose, and language
/// models copy them verbatim; where an input does contain one, the vault works around it
/// (`PseudonymVault.prepare(_:)`).
enum PlaceholderSyntax {
    static let open: UInt8 = 0x3C  // <
    static let close: UInt8 = 0x3E  // >
    /// Longest type name recognised in a literal placeholder.
    static let maxTypeLength = 64
    /// Longest literal recognised: `<`, type, `_`, nine digits, `>`.
    static let maxLength = maxTypeLength + 12

    /// The placeholder for the `number`th value of `type`; bytes a type name cannot hold in a
    /// placeholder become `_`, so every placeholder is also recognised as a literal.
    static func format(_ type: EntityType, _ number: Int) -> String {
        let name = type.rawValue.utf8.prefix(maxTypeLength).map { isTypeNameByte($0) ? $0 : 0x5F }
        return "<\(String(decoding: name.isEmpty ? Array("TYPE".utf8) : name, as: UTF8.self))_\(number)>"
    }

    /// Every placeholder-shaped literal in `bytes`, left to right, with its type.
    static func literals(in bytes: [UInt8]) -> [(range: Range<Int>, type: EntityType)] {
        var found: [(Range<Int>, EntityType)] = []
        var i = 0
        while i < bytes.count {
            guard bytes[i] == open else { i += 1; continue }
            var j = i + 1
            while j < bytes.count && j - i < maxLength && bytes[j] != open && bytes[j] != close { j += 1 }
            if j < bytes.count && bytes[j] == close, let type = parse(bytes[(i + 1)..<j]) {
                found.append((i..<(j + 1), type))
                i = j + 1
            } else {
                i = j < bytes.count && bytes[j] == open ? j : i + 1
            }
        }
        return found
    }

    /// The type of `TYPE_N` (the text between the brackets), or nil when it is not that shape.
    private static func parse(_ inner: ArraySlice<UInt8>) -> EntityType? {
        guard let underscore = inner.lastIndex(of: 0x5F) else { return nil }
        let type = inner[inner.startIndex..<underscore], digits = inner[(underscore + 1)...]
        guard !type.isEmpty, type.count <= maxTypeLength, !digits.isEmpty, digits.count <= 9,
              digits.first != 0x30, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              type.allSatisfy(isTypeNameByte)
        else { return nil }
        return EntityType(String(decoding: type, as: UTF8.self))
    }

    /// ASCII letters, digits, `_` and `-`: the bytes of entity type names.
    private static func isTypeNameByte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2D
    }
}
