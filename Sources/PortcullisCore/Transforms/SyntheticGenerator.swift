/// Replaces found values with realistic fakes of the same shape: a card number that passes Luhn,
/// an IBAN with valid check digits, a name from the gazetteers, a date shifted by a keyed offset.
///
/// Fakes are stable: the same key, type and value give the same fake in every text and every
/// process, so records stay joinable; a different key gives unrelated fakes. A fake never equals
/// its original. Types without a generator (and values a generator cannot read) become a type
/// tag, `[US_PASSPORT]`. Names and places are drawn from lists compiled into the library, so a
/// regenerated gazetteer changes the fake names made with an existing key.
public struct SyntheticGenerator: Sendable {
    /// The key fakes derive from.
    public var key: TransformKey
    /// Which offsets of the findings to read.
    public var offsets: OffsetUnit

    /// A generator whose fakes are a function of `key`, the type and the value.
    public init(key: TransformKey, offsets: OffsetUnit = .codePoints) {
        self.key = key
        self.offsets = offsets
    }

    /// `text` with every finding's span replaced by its fake.
    public func synthesize(_ text: String, findings: [Finding]) -> String {
        let bytes = Array(text.utf8)
        return TextSpan.rewrite(bytes, spans: TextSpan.resolve(findings, in: bytes, offsets: offsets)) { span, value in
            fake(for: value, type: span.type)
        }
    }

    /// The fake for `value` of `type`.
    public func fake(for value: String, type: EntityType) -> String {
        // A draw can land on the original (a one-digit phone tail, a name pool hit); the next
        // attempt uses a fresh keyed stream, so the result is still a function of key and value.
        for attempt in 0..<16 {
            var rng = KeyedRandom(key: key, label: "synthesize", parts: [type.rawValue, value, String(attempt)])
            guard let fake = generate(value, type: type, &rng) else { break }
            if fake != value { return fake }
        }
        let tag = "[\(type.rawValue)]"
        return tag != value ? tag : "[REDACTED]"
    }

    private func generate(_ value: String, type: EntityType, _ rng: inout KeyedRandom) -> String? {
        if type.isSecret { return Self.fakeSecret(value, &rng) }
        switch type {
        case .creditCard: return Self.fakeCard(value, &rng)
        case .ibanCode: return Self.fakeIBAN(value, &rng)
        case .usSSN: return Self.fakeSSN(value, &rng)
        case .ukNHS: return Self.fakeNHS(value, &rng)
        case .phoneNumber: return Self.fakePhone(value, &rng)
        case .emailAddress: return Self.fakeEmail(&rng)
        case .person: return Self.fakePerson(value, &rng)
        case .location: return Self.fakeLocation(value, &rng)
        case .ipAddress: return Self.fakeIP(value, &rng)
        case .url: return Self.fakeURL(&rng)
        case .dateTime: return DateShift(days: dateShiftDays).apply(to: value)
        default: return nil
        }
    }

    /// Days every date is moved under this key: the same for all dates, so intervals between
    /// dates survive (the usual date-shifting rule for de-identified records), never zero.
    public var dateShiftDays: Int {
        var rng = KeyedRandom(key: key, label: "date-shift", parts: [])
        let days = 1 + rng.below(365)
        return rng.below(2) == 0 ? days : -days
    }
}

extension SyntheticGenerator {
    /// Replaces the ASCII digits of `value` in order with `digits`, keeping every other byte.
    static func replacingDigits(of value: String, with digits: [UInt8]) -> String {
        var k = 0
        let out = value.utf8.map { b -> UInt8 in
            guard b >= 0x30 && b <= 0x39, k < digits.count else { return b }
            defer { k += 1 }
            return 0x30 + digits[k]
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func digits(of value: String) -> [UInt8] {
        value.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }.map { $0 - 0x30 }
    }
}
