import Foundation
import PortcullisCore
import PortcullisStore
import Testing

@Suite("Store: records on SQLite and PostgreSQL")
struct StoreRecordsTests {
    @Test(arguments: Backend.available)
    func usersRolesKeysTraining(_ backend: Backend) async throws {
        try await withStore(backend) { s, _ in
            let t0 = Date(timeIntervalSince1970: 1_700_000_000)
            try await s.saveUser(UserRecord(id: "alice", displayName: "Alice", email: "alice@example.com", roles: ["analyst", "dev"], createdAt: t0))
            try await s.saveUser(UserRecord(id: "alice", displayName: "Alice B", email: "alice@example.com", roles: ["analyst"], createdAt: t0))
            let u = try #require(try await s.user(id: "alice"))
            #expect(u.displayName == "Alice B" && u.roles == ["analyst"] && u.createdAt == t0 && u.disabledAt == nil)
            #expect(try await s.user(id: "nobody") == nil)

            try await s.saveRole(RoleRecord(name: "analyst", description: "reads", maxLabel: "confidential"))
            #expect(try await s.listRoles().map(\.maxLabel) == ["confidential"])

            let hash = [UInt8](repeating: 7, count: 32)
            try await s.createAPIKey(APIKeyRecord(id: "k1", hash: hash, userID: "alice", role: "analyst", name: "laptop", createdAt: t0,
                                                  expiresAt: t0.addingTimeInterval(86400)))
            await #expect(throws: StoreError.self) {
                try await s.createAPIKey(APIKeyRecord(id: "k1", hash: hash, userID: "bob", role: "analyst"))
            }
            let k = try #require(try await s.apiKey(id: "k1"))
            #expect(k.hash == hash && k.userID == "alice" && k.expiresAt == t0.addingTimeInterval(86400) && k.revokedAt == nil)
            #expect(try await s.revokeAPIKey(id: "k1"))
            #expect(try await s.revokeAPIKey(id: "k1") == false)
            #expect(try await s.revokeAPIKey(id: "missing") == false)
            #expect(try await s.apiKey(id: "k1")?.revokedAt != nil)
            #expect(try await s.listAPIKeys(userID: "alice").count == 1)
            #expect(try await s.listAPIKeys(userID: "bob").isEmpty)

            try await s.saveTraining(TrainingAttestation(userID: "alice", course: "ai-safety", completedAt: t0, expiresAt: nil, evidence: "cert 1"))
            try await s.saveTraining(TrainingAttestation(userID: "alice", course: "ai-safety", completedAt: t0.addingTimeInterval(10),
                                                         expiresAt: t0.addingTimeInterval(1e7), evidence: "cert 2"))
            let tr = try await s.training(userID: "alice")
            #expect(tr.count == 1 && tr[0].evidence == "cert 2" && tr[0].expiresAt == t0.addingTimeInterval(1e7))
        }
    }

    @Test(arguments: Backend.available)
    func governanceRecords(_ backend: Backend) async throws {
        try await withStore(backend) { s, _ in
            let t0 = Date(timeIntervalSince1970: 1_700_000_000)
            try await s.saveVendor(VendorRecord(id: "openai", name: "OpenAI", clearance: "internal", createdAt: t0))
            try await s.addAssessment(VendorAssessment(vendorID: "openai", assessor: "sec", assessedAt: t0, outcome: "approved", risk: "medium"))
            try await s.addAssessment(VendorAssessment(vendorID: "openai", assessor: "sec", assessedAt: t0.addingTimeInterval(100),
                                                       outcome: "approved", risk: "low", notes: "DPA signed"))
            #expect(try await s.assessments(vendorID: "openai").map(\.risk) == ["low", "medium"])
            #expect(try await s.listVendors().map(\.clearance) == ["internal"])

            try await s.recordPolicyVersion(PolicyVersionRecord(version: "sha256:aa", author: "ops", appliedAt: t0, source: "rules: []"))
            try await s.recordPolicyVersion(PolicyVersionRecord(version: "sha256:aa", author: "other", appliedAt: t0, source: "x"))
            #expect(try await s.policyVersions().map(\.author) == ["ops"])

            let r = ReviewItem(decisionID: "dec_1", requester: "alice", label: "confidential", reason: "PII to vendor", model: "gpt-4o", createdAt: t0)
            try await s.createReview(r)
            #expect(try await s.listReviews(status: "pending").map(\.id) == [r.id])
            #expect(try await s.decideReview(id: r.id, status: "approved", by: "bob", note: "ok"))
            #expect(try await s.decideReview(id: r.id, status: "rejected", by: "eve", note: nil) == false)
            let decided = try #require(try await s.review(id: r.id))
            #expect(decided.status == "approved" && decided.decidedBy == "bob" && decided.note == "ok")

            let inc = IncidentRecord(title: "Leak", severity: "high", openedAt: t0)
            try await s.saveIncident(inc)
            let a = AlertRecord(rule: "r1", severity: "high", message: "secret sent", decisionID: "dec_2", createdAt: t0)
            try await s.createAlert(a)
            #expect(try await s.acknowledgeAlert(id: a.id, incidentID: inc.id))
            #expect(try await s.alerts(since: t0).first?.incidentID == inc.id)
            var closed = inc
            closed.status = "closed"
            closed.closedAt = t0.addingTimeInterval(60)
            try await s.saveIncident(closed)
            #expect(try await s.incident(id: inc.id) == closed)
        }
    }

    @Test(arguments: Backend.available)
    func rateCountersAreAtomic(_ backend: Backend) async throws {
        try await withStore(backend) { s, _ in
            try await withThrowingTaskGroup(of: Void.self) { g in
                for _ in 0..<8 {
                    g.addTask { for _ in 0..<25 { _ = try await s.incrementCounter(bucket: "key:k1", windowStart: 60) } }
                }
                try await g.waitForAll()
            }
            #expect(try await s.incrementCounter(bucket: "key:k1", windowStart: 60, by: 0) == 200)
            #expect(try await s.incrementCounter(bucket: "key:k1", windowStart: 120) == 1)
            try await s.pruneCounters(before: 120)
            #expect(try await s.incrementCounter(bucket: "key:k1", windowStart: 60, by: 0) == 0)
        }
    }

    @Test(arguments: Backend.available)
    func migrationsAreIdempotent(_ backend: Backend) async throws {
        try await withStore(backend) { s, t in
            try await s.saveUser(UserRecord(id: "u", displayName: "U", roles: []))
            let again = try await t.open()
            #expect(try await again.user(id: "u") != nil)
            await again.close()
        }
    }
}
