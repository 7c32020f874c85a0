import Foundation

extension PortcullisStore {
    // MARK: vendors

    public func saveVendor(_ v: VendorRecord) async throws {
        try await db.execute("""
            INSERT INTO vendors (id, name, clearance, created_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, clearance = excluded.clearance
            """, [.text(v.id), .text(v.name), .text(v.clearance), .int(v.createdAt.micros)])
    }

    public func listVendors() async throws -> [VendorRecord] {
        try await db.query("SELECT id, name, clearance, created_at FROM vendors ORDER BY id").map {
            VendorRecord(id: $0.text(0), name: $0.text(1), clearance: $0.text(2), createdAt: $0.date(3))
        }
    }

    public func addAssessment(_ a: VendorAssessment) async throws {
        try await db.execute("""
            INSERT INTO vendor_assessments (id, vendor_id, assessor, assessed_at, outcome, risk, notes, next_review_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(a.id), .text(a.vendorID), .text(a.assessor), .int(a.assessedAt.micros), .text(a.outcome),
                  .text(a.risk), .text(a.notes), a.nextReviewAt.sql])
    }

    /// A vendor's assessments, newest first.
    public func assessments(vendorID: String) async throws -> [VendorAssessment] {
        try await db.query("""
            SELECT id, vendor_id, assessor, assessed_at, outcome, risk, notes, next_review_at FROM vendor_assessments
            WHERE vendor_id = ? ORDER BY assessed_at DESC, id
            """, [.text(vendorID)]).map {
            VendorAssessment(id: $0.text(0), vendorID: $0.text(1), assessor: $0.text(2), assessedAt: $0.date(3),
                             outcome: $0.text(4), risk: $0.text(5), notes: $0.text(6), nextReviewAt: $0.optionalDate(7))
        }
    }

    // MARK: policy versions

    /// Records that a policy version was applied (applying the same version again keeps the first record).
    public func recordPolicyVersion(_ p: PolicyVersionRecord) async throws {
        try await db.execute("""
            INSERT INTO policy_versions (version, author, applied_at, source) VALUES (?, ?, ?, ?)
            ON CONFLICT (version) DO NOTHING
            """, [.text(p.version), .text(p.author), .int(p.appliedAt.micros), .text(p.source)])
    }

    /// Applied policy versions, newest first.
    public func policyVersions() async throws -> [PolicyVersionRecord] {
        try await db.query("SELECT version, author, applied_at, source FROM policy_versions ORDER BY applied_at DESC, version").map {
            PolicyVersionRecord(version: $0.text(0), author: $0.text(1), appliedAt: $0.date(2), source: $0.text(3))
        }
    }

    // MARK: reviews

    public func createReview(_ r: ReviewItem) async throws {
        try await db.execute("""
            INSERT INTO review_items (id, decision_id, requester, status, label, reason, model, created_at, decided_at, decided_by, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(r.id), .text(r.decisionID), .text(r.requester), .text(r.status), .text(r.label), .text(r.reason),
                  .text(r.model), .int(r.createdAt.micros), r.decidedAt.sql, .optional(r.decidedBy), .optional(r.note)])
    }

    public func review(id: String) async throws -> ReviewItem? {
        try await reviews(where: "WHERE id = ?", [.text(id)]).first
    }

    /// Review items, oldest first, optionally only those in one status.
    public func listReviews(status: String? = nil) async throws -> [ReviewItem] {
        if let s = status { return try await reviews(where: "WHERE status = ?", [.text(s)]) }
        return try await reviews(where: "", [])
    }

    /// Decides a pending item; returns false if it is not pending (decided already, or unknown).
    public func decideReview(id: String, status: String, by reviewer: String, note: String?, at: Date = Date()) async throws -> Bool {
        let rows = try await db.query("""
            UPDATE review_items SET status = ?, decided_by = ?, note = ?, decided_at = ? WHERE id = ? AND status = 'pending' RETURNING id
            """, [.text(status), .text(reviewer), .optional(note), .int(at.micros), .text(id)])
        return !rows.isEmpty
    }

    private func reviews(where clause: String, _ binds: [SQLValue]) async throws -> [ReviewItem] {
        try await db.query("""
            SELECT id, decision_id, requester, status, label, reason, model, created_at, decided_at, decided_by, note
            FROM review_items \(clause) ORDER BY created_at, id
            """, binds).map {
            ReviewItem(id: $0.text(0), decisionID: $0.text(1), requester: $0.text(2), status: $0.text(3), label: $0.text(4),
                       reason: $0.text(5), model: $0.text(6), createdAt: $0.date(7), decidedAt: $0.optionalDate(8),
                       decidedBy: $0.optionalText(9), note: $0.optionalText(10))
        }
    }

    // MARK: alerts and incidents

    public func createAlert(_ a: AlertRecord) async throws {
        try await db.execute("""
            INSERT INTO alerts (id, rule, severity, message, decision_id, created_at, acknowledged_at, incident_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(a.id), .text(a.rule), .text(a.severity), .text(a.message), .text(a.decisionID),
                  .int(a.createdAt.micros), a.acknowledgedAt.sql, .optional(a.incidentID)])
    }

    /// Alerts since a time, newest first.
    public func alerts(since: Date = .distantPast, limit: Int = 1000) async throws -> [AlertRecord] {
        try await db.query("""
            SELECT id, rule, severity, message, decision_id, created_at, acknowledged_at, incident_id FROM alerts
            WHERE created_at >= ? ORDER BY created_at DESC, id LIMIT ?
            """, [.int(since.micros), .int(Int64(limit))]).map {
            AlertRecord(id: $0.text(0), rule: $0.text(1), severity: $0.text(2), message: $0.text(3), decisionID: $0.text(4),
                        createdAt: $0.date(5), acknowledgedAt: $0.optionalDate(6), incidentID: $0.optionalText(7))
        }
    }

    /// Acknowledges an alert and optionally links it to an incident.
    public func acknowledgeAlert(id: String, incidentID: String? = nil, at: Date = Date()) async throws -> Bool {
        let rows = try await db.query("""
            UPDATE alerts SET acknowledged_at = ?, incident_id = COALESCE(?, incident_id) WHERE id = ? RETURNING id
            """, [.int(at.micros), .optional(incidentID), .text(id)])
        return !rows.isEmpty
    }

    public func saveIncident(_ i: IncidentRecord) async throws {
        try await db.execute("""
            INSERT INTO incidents (id, title, severity, status, opened_at, closed_at, summary) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, severity = excluded.severity, status = excluded.status,
              closed_at = excluded.closed_at, summary = excluded.summary
            """, [.text(i.id), .text(i.title), .text(i.severity), .text(i.status), .int(i.openedAt.micros),
                  i.closedAt.sql, .text(i.summary)])
    }

    public func incident(id: String) async throws -> IncidentRecord? {
        try await db.query("""
            SELECT id, title, severity, status, opened_at, closed_at, summary FROM incidents WHERE id = ?
            """, [.text(id)]).first.map {
            IncidentRecord(id: $0.text(0), title: $0.text(1), severity: $0.text(2), status: $0.text(3),
                           openedAt: $0.date(4), closedAt: $0.optionalDate(5), summary: $0.text(6))
        }
    }

    // MARK: rate limits

    /// Adds `amount` to a counter for the window starting at `windowStart`; returns the new total.
    /// Atomic on both databases, so replicas sharing PostgreSQL share the limit.
    public func incrementCounter(bucket: String, windowStart: Int64, by amount: Int64 = 1) async throws -> Int64 {
        let rows = try await db.query("""
            INSERT INTO rate_counters (bucket, window_start, count) VALUES (?, ?, ?)
            ON CONFLICT (bucket, window_start) DO UPDATE SET count = rate_counters.count + excluded.count
            RETURNING count
            """, [.text(bucket), .int(windowStart), .int(amount)])
        return rows.first?.int(0) ?? amount
    }

    /// Deletes counters of windows that started before `windowStart`.
    public func pruneCounters(before windowStart: Int64) async throws {
        try await db.execute("DELETE FROM rate_counters WHERE window_start < ?", [.int(windowStart)])
    }
}
