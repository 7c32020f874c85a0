/// DEA registration numbers (two letters, seven digits, check digit), which is how US prescriber
/// licences appear in clinical text.
public struct MedicalLicenseDetector: Detector {
    public let name = "medical-license"
    public let entityTypes: [EntityType] = [.medicalLicense]
    static let context = ByteStringSet(["dea", "prescriber", "registration", "license", "licence", "npi", "dr", "md"])
    /// Order, invoice and ticket numbers share the shape (`PO9950862`); near these words it is one of them.
    static let notALicence = ByteStringSet(["invoice", "order", "po", "purchase", "ticket", "tracking", "sku", "ref",
                                            "reference", "case", "shipment", "receipt", "item", "part", "serial"])
    public init() {}

    public func detect(in ctx: ScanContext) {
        let tokens = ctx.tokens
        for di in ctx.digitTokens {
            let i = Int(di)
            let t = tokens[i]
            guard t.length == 9, t.digitCount == 7, ctx.cls(t.start) & ByteClass.upper != 0,
                  ctx.cls(t.start + 1) & (ByteClass.upper | ByteClass.digit) != 0, ctx.isLeftBoundary(token: i),
                  ctx.isRightBoundary(t.end) else { continue }
            var digits: [UInt8] = []
            for p in (t.start + 2)..<t.end {
                guard ctx.cls(p) & ByteClass.digit != 0 else { break }
                digits.append(ctx.bytes[p] - 0x30)
            }
            guard digits.count == 7,
                  NationalIDs.isValidDEA(letters: (ctx.bytes[t.start], ctx.bytes[t.start + 1]), digits: digits) else { continue }
            let dist = ctx.contextDistance(before: t.start, in: Self.context, maxTokens: 4, maxBytes: 32)
            if dist == nil && ctx.contextDistance(before: t.start, in: Self.notALicence, maxTokens: 3, maxBytes: 32) != nil { continue }
            ctx.emit(.medicalLicense, t.start, t.end, score: dist != nil ? 1.0 : 0.75, priority: CandidatePriority.validated)
        }
    }
}
