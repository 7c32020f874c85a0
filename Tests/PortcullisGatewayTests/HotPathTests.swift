import Foundation
@testable import PortcullisGateway
import Testing

/// The small pieces every request goes through, rewritten for speed: they must still say exactly
/// what the slower versions said.
@Suite("Per-request helpers")
struct HotPathTests {
    @Test func keysParseOnlyInTheirOwnShape() {
        let (key, record) = APIKeys.make(user: "u", role: "r")
        let parsed = APIKeys.parse(key)
        #expect(parsed?.id == record.id)
        #expect(parsed.map { APIKeys.equal(APIKeys.hash($0.secret), record.hash) } == true)
        let id = String(repeating: "a", count: 12), secret = String(repeating: "b", count: 32)
        #expect(APIKeys.parse("pcs_\(id)_\(secret)")?.secret == secret)
        for bad in ["", "pcs_", "pcs_\(id)_\(secret)x", "pcz_\(id)_\(secret)", "pcs_\(id)x\(secret)",
                    "pcs_aaaaa_aaaaaa_\(secret)", "pcs_\(id)_\(secret.dropLast())_", "pcs_aaaaaaaaaaé_\(secret)"] {
            #expect(APIKeys.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func bearerTokensAreReadInAnyCase() {
        #expect(APIKeys.bearerToken("Bearer abc") == "abc")
        #expect(APIKeys.bearerToken("bearer  abc \t") == "abc")
        #expect(APIKeys.bearerToken("BEARER x.y.z") == "x.y.z")
        #expect(APIKeys.bearerToken("Basic abc") == nil)
        #expect(APIKeys.bearerToken("Bearer") == nil)
        #expect(APIKeys.bearerToken("Bearerabc") == nil)
        #expect(APIKeys.bearerToken("Bearer    ") == "")
    }

    @Test func overheadIsWrittenInMillisecondsWithThreeDecimals() {
        #expect(ChatPipeline.milliseconds(.microseconds(1234)) == "1.234")
        #expect(ChatPipeline.milliseconds(.microseconds(5)) == "0.005")
        #expect(ChatPipeline.milliseconds(.nanoseconds(999)) == "0.000")
        #expect(ChatPipeline.milliseconds(.seconds(2) + .microseconds(70)) == "2000.070")
        #expect(ChatPipeline.milliseconds(.zero - .seconds(1)) == "0.000")
    }

    @Test func theBreakerOpensAfterConsecutiveFailuresOnly() throws {
        let breaker = CircuitBreaker(name: "v", threshold: 3, openFor: .seconds(60))
        breaker.failure(); breaker.failure(); breaker.success(); breaker.failure(); breaker.failure()
        try breaker.check()
        breaker.failure()
        #expect(throws: VendorError.self) { try breaker.check() }
        breaker.success()
        try breaker.check()
    }

    /// Callers that miss together share one store read; unknown names are not remembered.
    @Test func concurrentMissesShareOneLoad() async throws {
        let cache = IdentityCache(ttl: .seconds(60))
        let loads = Counter()
        let record = APIKeys.make(user: "u", role: "r").record
        try await withThrowingTaskGroup(of: String?.self) { group in
            for _ in 0..<50 {
                group.addTask {
                    try await cache.value("key:a", \.key, load: {
                        await loads.add()
                        try await Task.sleep(for: .milliseconds(50))
                        return record
                    })?.id
                }
            }
            for try await id in group { #expect(id == record.id) }
        }
        #expect(await loads.value == 1)
        for _ in 0..<3 { _ = try await cache.value("key:unknown", \.key, load: { await loads.add(); return nil }) }
        #expect(await loads.value == 4)
        await #expect(throws: CancellationError.self) {
            _ = try await cache.value("key:b", \.key, load: { throw CancellationError() })
        }
        // A failed load is not remembered either: the next caller reads again.
        #expect(try await cache.value("key:b", \.key, load: { record })?.id == record.id)
    }

    actor Counter {
        var value = 0
        func add() { value += 1 }
    }
}
