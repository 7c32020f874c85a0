/// JSON read from and written to UTF-8 bytes directly (RFC 8259), for the gateway's hot path:
/// Foundation's `JSONDecoder`/`JSONEncoder` through `Codable` cost several times more per request.
/// Parsing is one forward pass with a nesting limit (so a deep document cannot exhaust the stack);
/// strings must be valid UTF-8.
extension JSONValue {
    /// Why bytes are not a JSON document; `offset` is the byte where reading stopped.
    public struct ParseError: Error, CustomStringConvertible, Equatable {
        public var message: String
        public var offset: Int
        public var description: String { "\(message) at byte \(offset)" }
    }

    /// Parses one JSON document (surrounding whitespace allowed) nested at most `maxDepth` deep.
    public static func parse(_ bytes: [UInt8], maxDepth: Int = 512) throws(ParseError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (b) throws(ParseError) -> JSONValue in
            var p = JSONByteParser(b: b, maxDepth: maxDepth)
            p.skipSpace()
            let v = try p.value(depth: 0)
            p.skipSpace()
            guard p.i == b.count else { throw p.error("unexpected text after the document") }
            return v
        }
    }

    /// Parses the UTF-8 of `text`.
    public static func parse(_ text: String, maxDepth: Int = 512) throws(ParseError) -> JSONValue {
        try parse(Array(text.utf8), maxDepth: maxDepth)
    }

    /// Compact JSON (no insignificant space, `/` not escaped; non-finite numbers as `null`).
    public var compactBytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(into: &out)
        return out
    }

    /// Appends this value's compact JSON to `out`.
    public func write(into out: inout [UInt8]) {
        switch self {
        case .null: out += [0x6E, 0x75, 0x6C, 0x6C]
        case .bool(let b): out += b ? [0x74, 0x72, 0x75, 0x65] : [0x66, 0x61, 0x6C, 0x73, 0x65]
        case .integer(let i): out += Array(String(i).utf8)
        case .number(let d):
            if d.isFinite {
                // Swift writes whole doubles with a fraction (`5.0`), so they read back as numbers.
                out += Array("\(d)".utf8)
            } else {
                out += [0x6E, 0x75, 0x6C, 0x6C]
            }
        case .string(let s): Self.writeString(s, into: &out)
        case .array(let a):
            out.append(0x5B)
            for (k, v) in a.enumerated() {
                if k > 0 { out.append(0x2C) }
                v.write(into: &out)
            }
            out.append(0x5D)
        case .object(let o):
            out.append(0x7B)
            var first = true
            for (k, v) in o {
                if !first { out.append(0x2C) }
                first = false
                Self.writeString(k, into: &out)
                out.append(0x3A)
                v.write(into: &out)
            }
            out.append(0x7D)
        }
    }

    static func writeString(_ s: String, into out: inout [UInt8]) {
        var s = s
        s.withUTF8 { u in
            out.reserveCapacity(out.count + u.count + 2)
            out.append(0x22)
            // Runs of bytes that need no escape are copied at once.
            var run = 0
            for i in 0..<u.count {
                let c = u[i]
                guard c < 0x20 || c == 0x22 || c == 0x5C else { continue }
                if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<i])) }
                run = i + 1
                out.append(0x5C)
                switch c {
                case 0x22, 0x5C: out.append(c)
                case 0x0A: out.append(0x6E)
                case 0x0D: out.append(0x72)
                case 0x09: out.append(0x74)
                case 0x08: out.append(0x62)
                case 0x0C: out.append(0x66)
                default:
                    let hex = c >> 4, low = c & 15
                    out.append(contentsOf: [0x75, 0x30, 0x30, 0x30 + hex, low < 10 ? 0x30 + low : 0x57 + low])
                }
            }
            if run < u.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: u[run...])) }
            out.append(0x22)
        }
    }
}

/// The parser behind `JSONValue.parse`: recursive descent over a byte buffer, bounded by depth.
struct JSONByteParser {
    let b: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var i = 0

    init(b: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.b = b
        self.maxDepth = maxDepth
    }

    func error(_ m: String) -> JSONValue.ParseError { JSONValue.ParseError(message: m, offset: i) }

    mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
    }

    mutating func literal(_ word: StaticString, _ v: JSONValue) throws(JSONValue.ParseError) -> JSONValue {
        let n = word.utf8CodeUnitCount
        guard i + n <= b.count else { throw error("unexpected end of the document") }
        for k in 0..<n where b[i + k] != word.utf8Start[k] { throw error("unexpected character") }
        i += n
        return v
    }

    mutating func value(depth: Int) throws(JSONValue.ParseError) -> JSONValue {
        guard i < b.count else { throw error("unexpected end of the document") }
        switch b[i] {
        case 0x7B: return try object(depth: depth + 1)
        case 0x5B: return try array(depth: depth + 1)
        case 0x22: return .string(try string())
        case 0x74: return try literal("true", .bool(true))
        case 0x66: return try literal("false", .bool(false))
        case 0x6E: return try literal("null", .null)
        case 0x2D, 0x30...0x39: return try number()
        default: throw error("unexpected character '\(Unicode.Scalar(b[i]))'")
        }
    }

    mutating func object(depth: Int) throws(JSONValue.ParseError) -> JSONValue {
        guard depth <= maxDepth else { throw error("nested more than \(maxDepth) levels deep") }
        i += 1
        var o: [String: JSONValue] = [:]
        skipSpace()
        if i < b.count, b[i] == 0x7D { i += 1; return .object(o) }
        while true {
            skipSpace()
            guard i < b.count, b[i] == 0x22 else { throw error("expected a member name in quotes") }
            let key = try string()
            skipSpace()
            guard i < b.count, b[i] == 0x3A else { throw error("expected ':' after a member name") }
            i += 1
            skipSpace()
            o[key] = try value(depth: depth)
            skipSpace()
            guard i < b.count else { throw error("unexpected end of the document") }
            if b[i] == 0x2C { i += 1; continue }
            if b[i] == 0x7D { i += 1; return .object(o) }
            throw error("expected ',' or '}'")
        }
    }

    mutating func array(depth: Int) throws(JSONValue.ParseError) -> JSONValue {
        guard depth <= maxDepth else { throw error("nested more than \(maxDepth) levels deep") }
        i += 1
        var a: [JSONValue] = []
        skipSpace()
        if i < b.count, b[i] == 0x5D { i += 1; return .array(a) }
        while true {
            skipSpace()
            a.append(try value(depth: depth))
            skipSpace()
            guard i < b.count else { throw error("unexpected end of the document") }
            if b[i] == 0x2C { i += 1; continue }
            if b[i] == 0x5D { i += 1; return .array(a) }
            throw error("expected ',' or ']'")
        }
    }

    mutating func number() throws(JSONValue.ParseError) -> JSONValue {
        let start = i
        var integral = true
        if b[i] == 0x2D { i += 1 }
        guard i < b.count, b[i] &- 0x30 < 10 else { throw error("expected a digit") }
        if b[i] == 0x30 { i += 1 } else { while i < b.count, b[i] &- 0x30 < 10 { i += 1 } }
        if i < b.count, b[i] == 0x2E {
            integral = false
            i += 1
            guard i < b.count, b[i] &- 0x30 < 10 else { throw error("expected a digit after '.'") }
            while i < b.count, b[i] &- 0x30 < 10 { i += 1 }
        }
        if i < b.count, b[i] | 0x20 == 0x65 {
            integral = false
            i += 1
            if i < b.count, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
            guard i < b.count, b[i] &- 0x30 < 10 else { throw error("expected a digit in the exponent") }
            while i < b.count, b[i] &- 0x30 < 10 { i += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
        if integral, let v = Int(text) { return .integer(v) }
        guard let d = Double(text) else { throw JSONValue.ParseError(message: "not a number", offset: start) }
        return .number(d)
    }

    /// A string starting at the opening quote: escapes decoded (surrogate pairs joined), the
    /// bytes checked to be UTF-8.
    mutating func string() throws(JSONValue.ParseError) -> String {
        i += 1
        let start = i
        // The common case: no escapes, ASCII or valid UTF-8, read as one slice.
        while i < b.count, b[i] != 0x22, b[i] != 0x5C, b[i] >= 0x20 { i += 1 }
        guard i < b.count else { throw error("unterminated string") }
        if b[i] == 0x22 {
            let s = try utf8(start, i)
            i += 1
            return s
        }
        var out = Array(UnsafeBufferPointer(rebasing: b[start..<i]))
        while true {
            guard i < b.count else { throw error("unterminated string") }
            let c = b[i]
            if c == 0x22 { i += 1; break }
            if c < 0x20 { throw error("a control character in a string must be escaped") }
            if c != 0x5C { out.append(c); i += 1; continue }
            i += 1
            guard i < b.count else { throw error("unterminated string") }
            switch b[i] {
            case 0x22: out.append(0x22)
            case 0x5C: out.append(0x5C)
            case 0x2F: out.append(0x2F)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard i + 2 < b.count, b[i + 1] == 0x5C, b[i + 2] == 0x75 else { throw error("a lone surrogate in \\u escape") }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw error("a lone surrogate in \\u escape") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw error("a lone surrogate in \\u escape")
                }
                out += Array(String(Character(Unicode.Scalar(scalar)!)).utf8)
            default: throw error("an unknown escape")
            }
            i += 1
        }
        return try out.withUnsafeBufferPointer { (o) throws(JSONValue.ParseError) -> String in
            guard let s = String(validating: o, as: UTF8.self) else { throw error("a string is not valid UTF-8") }
            return s
        }
    }

    /// Four hex digits after `\u`; leaves `i` on the last one.
    mutating func hex4() throws(JSONValue.ParseError) -> UInt32 {
        guard i + 4 < b.count else { throw error("a short \\u escape") }
        var v: UInt32 = 0
        for k in 1...4 {
            let c = b[i + k]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x37)
            case 0x61...0x66: d = UInt32(c - 0x57)
            default: throw error("a bad \\u escape")
            }
            v = v << 4 | d
        }
        i += 4
        return v
    }

    func utf8(_ from: Int, _ to: Int) throws(JSONValue.ParseError) -> String {
        guard let s = String(validating: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self) else {
            throw JSONValue.ParseError(message: "a string is not valid UTF-8", offset: from)
        }
        return s
    }
}
