import Foundation

/// The injection detector's scoring model: two logistic models over the same hashed features.
///
/// `attack` scores how likely a text is an injection or jailbreak attempt; `jailbreak` tells a
/// jailbreak (a persona or role-play meant to lift the model's rules) from another injection
/// (an override, a prompt extraction, an instruction hidden in a document). Weights are 16-bit,
/// one pair a bucket; a text's raw score is `bias + scale * (sum of its features' weights) /
/// sqrt(number of features)` (texts longer than a window are scored by windows, all about the
/// same length, so length alone never raises a score); the attack score is calibrated to a probability by
/// `sigmoid(a * raw + c)` (fitted out of fold by `training/injection/train.py`).
public struct InjectionModel: Sendable {
    static let kindWord: UInt8 = 1
    static let kindBigram: UInt8 = 2
    static let kindChar: UInt8 = 3

    let bucketMask: UInt32
    /// Interleaved `(attack, jailbreak)` weight pairs, one pair a bucket.
    let pairs: [Int16]
    let attackBias: Double, attackScale: Double
    let jailbreakBias: Double, jailbreakScale: Double
    let calibrationA: Double, calibrationC: Double
    /// The own-feature sums of common words under these weights (`InjectionWordTable`).
    var words = InjectionWordTable()

    /// The model shipped with Portcullis (trained on the development corpus and the project's
    /// own texts; see `training/injection/`).
    public static let standard: InjectionModel = {
        guard let m = try? InjectionModel(encoded: InjectionWeights.base64) else {
            preconditionFailure("the bundled injection weights do not decode")
        }
        return m
    }()

    /// Errors reading a weights file.
    public enum LoadError: Error, CustomStringConvertible {
        case notBase64
        case badHeader
        case truncated(expected: Int, got: Int)

        public var description: String {
            switch self {
            case .notBase64: "injection weights: not base64"
            case .badHeader: "injection weights: not a Portcullis injection model (magic or version wrong)"
            case .truncated(let e, let g): "injection weights: expected \(e) bytes, got \(g)"
            }
        }
    }

    /// Reads a model from its base64 text (the format `train.py --export` writes).
    public init(encoded: StaticString) throws {
        let text = encoded.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        guard let data = Data(base64Encoded: text) else { throw LoadError.notBase64 }
        try self.init(bytes: [UInt8](data))
    }

    /// Reads a model: `PCIM`, version 2, bucket bits, six little-endian float32 (attack bias and
    /// scale, jailbreak bias and scale, calibration a and c), then the little-endian 16-bit weight pairs.
    public init(bytes: [UInt8]) throws {
        guard bytes.count >= 30, bytes[0] == 0x50, bytes[1] == 0x43, bytes[2] == 0x49, bytes[3] == 0x4D,
            bytes[4] == 2, (8...24).contains(bytes[5])
        else { throw LoadError.badHeader }
        let buckets = 1 << Int(bytes[5])
        let expected = 30 + 4 * buckets
        guard bytes.count == expected else { throw LoadError.truncated(expected: expected, got: bytes.count) }
        func float(_ k: Int) -> Double {
            let o = 6 + 4 * k
            let u = UInt32(bytes[o]) | UInt32(bytes[o + 1]) << 8 | UInt32(bytes[o + 2]) << 16 | UInt32(bytes[o + 3]) << 24
            return Double(Float(bitPattern: u))
        }
        bucketMask = UInt32(buckets - 1)
        attackBias = float(0); attackScale = float(1)
        jailbreakBias = float(2); jailbreakScale = float(3)
        calibrationA = float(4); calibrationC = float(5)
        var pairs = [Int16](repeating: 0, count: 2 * buckets)
        for k in pairs.indices {
            pairs[k] = Int16(bitPattern: UInt16(bytes[30 + 2 * k]) | UInt16(bytes[31 + 2 * k]) << 8)
        }
        self.pairs = pairs
        words = InjectionWordTable(words: InjectionWordTable.standardWords, model: self)
    }

    /// The weight pair of a feature hash.
    @inline(__always)
    func weights(_ hash: UInt32) -> (Int16, Int16) {
        let i = Int(hash & bucketMask) &* 2
        return pairs.withUnsafeBufferPointer { ($0[i], $0[i &+ 1]) }
    }

    /// The calibrated attack probability of a span with these weight sums.
    @inline(__always)
    func attackProbability(sum: Int64, features: Int32) -> Double {
        guard features > 0 else { return sigmoid(calibrationA * attackBias + calibrationC) }
        let raw = attackBias + attackScale * Double(sum) / Double(features).squareRoot()
        return sigmoid(calibrationA * raw + calibrationC)
    }

    /// Whether a span with these jailbreak weight sums reads as a jailbreak rather than another injection.
    @inline(__always)
    func isJailbreak(sum: Int64, features: Int32) -> Bool {
        guard features > 0 else { return false }
        return jailbreakBias + jailbreakScale * Double(sum) / Double(features).squareRoot() > 0
    }

    @inline(__always) func sigmoid(_ x: Double) -> Double { 1 / (1 + Foundation.exp(-x)) }
}
