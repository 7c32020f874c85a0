import Foundation

/// A person or program known to Portcullis.
public struct UserRecord: Sendable, Equatable {
    public var id: String
    public var displayName: String
    public var email: String
    public var roles: [String]
    public var createdAt: Date
    public var disabledAt: Date?

    public init(id: String, displayName: String, email: String = "", roles: [String], createdAt: Date = Date(), disabledAt: Date? = nil) {
        self.id = id; self.displayName = displayName; self.email = email; self.roles = roles
        self.createdAt = createdAt; self.disabledAt = disabledAt
    }
}

/// A role and the highest label its members may send.
public struct RoleRecord: Sendable, Equatable {
    public var name: String
    public var description: String
    public var maxLabel: String

    public init(name: String, description: String = "", maxLabel: String) {
        self.name = name; self.description = description; self.maxLabel = maxLabel
    }
}

/// An API key: only its hash is kept; the key itself is shown once, when created.
public struct APIKeyRecord: Sendable, Equatable {
    /// Public part of the key, used to look it up.
    public var id: String
    /// SHA-256 of the secret part.
    public var hash: [UInt8]
    public var userID: String
    public var role: String
    public var name: String
    public var createdAt: Date
    public var expiresAt: Date?
    public var revokedAt: Date?
    public var lastUsedAt: Date?

    public init(id: String, hash: [UInt8], userID: String, role: String, name: String = "", createdAt: Date = Date(),
                expiresAt: Date? = nil, revokedAt: Date? = nil, lastUsedAt: Date? = nil) {
        self.id = id; self.hash = hash; self.userID = userID; self.role = role; self.name = name
        self.createdAt = createdAt; self.expiresAt = expiresAt; self.revokedAt = revokedAt; self.lastUsedAt = lastUsedAt
    }
}

/// That a user completed a course (required training), and until when it counts.
public struct TrainingAttestation: Sendable, Equatable {
    public var userID: String
    public var course: String
    public var completedAt: Date
    public var expiresAt: Date?
    public var evidence: String

    public init(userID: String, course: String, completedAt: Date, expiresAt: Date? = nil, evidence: String = "") {
        self.userID = userID; self.course = course; self.completedAt = completedAt; self.expiresAt = expiresAt
        self.evidence = evidence
    }
}

/// An AI vendor and the highest label it is cleared for.
public struct VendorRecord: Sendable, Equatable {
    public var id: String
    public var name: String
    public var clearance: String
    public var createdAt: Date

    public init(id: String, name: String, clearance: String, createdAt: Date = Date()) {
        self.id = id; self.name = name; self.clearance = clearance; self.createdAt = createdAt
    }
}

/// A security assessment of a vendor.
public struct VendorAssessment: Sendable, Equatable {
    public var id: String
    public var vendorID: String
    public var assessor: String
    public var assessedAt: Date
    public var outcome: String
    public var risk: String
    public var notes: String
    public var nextReviewAt: Date?

    public init(id: String = UUID().uuidString, vendorID: String, assessor: String, assessedAt: Date, outcome: String,
                risk: String, notes: String = "", nextReviewAt: Date? = nil) {
        self.id = id; self.vendorID = vendorID; self.assessor = assessor; self.assessedAt = assessedAt
        self.outcome = outcome; self.risk = risk; self.notes = notes; self.nextReviewAt = nextReviewAt
    }
}

/// A policy as applied: its hash, who applied it, when, and its source text.
public struct PolicyVersionRecord: Sendable, Equatable {
    public var version: String
    public var author: String
    public var appliedAt: Date
    public var source: String

    public init(version: String, author: String, appliedAt: Date = Date(), source: String) {
        self.version = version; self.author = author; self.appliedAt = appliedAt; self.source = source
    }
}

/// A request held for a human decision.
public struct ReviewItem: Sendable, Equatable {
    public var id: String
    public var decisionID: String
    public var requester: String
    /// `pending`, `approved`, `rejected`.
    public var status: String
    public var label: String
    public var reason: String
    public var model: String
    public var createdAt: Date
    public var decidedAt: Date?
    public var decidedBy: String?
    public var note: String?

    public init(id: String = UUID().uuidString, decisionID: String, requester: String, status: String = "pending",
                label: String, reason: String, model: String, createdAt: Date = Date(), decidedAt: Date? = nil,
                decidedBy: String? = nil, note: String? = nil) {
        self.id = id; self.decisionID = decisionID; self.requester = requester; self.status = status
        self.label = label; self.reason = reason; self.model = model; self.createdAt = createdAt
        self.decidedAt = decidedAt; self.decidedBy = decidedBy; self.note = note
    }
}

/// An alert a rule raised.
public struct AlertRecord: Sendable, Equatable {
    public var id: String
    public var rule: String
    public var severity: String
    public var message: String
    public var decisionID: String
    public var createdAt: Date
    public var acknowledgedAt: Date?
    public var incidentID: String?

    public init(id: String = UUID().uuidString, rule: String, severity: String, message: String, decisionID: String,
                createdAt: Date = Date(), acknowledgedAt: Date? = nil, incidentID: String? = nil) {
        self.id = id; self.rule = rule; self.severity = severity; self.message = message; self.decisionID = decisionID
        self.createdAt = createdAt; self.acknowledgedAt = acknowledgedAt; self.incidentID = incidentID
    }
}

/// A security incident, opened from serious alerts.
public struct IncidentRecord: Sendable, Equatable {
    public var id: String
    public var title: String
    public var severity: String
    /// `open`, `investigating`, `closed`.
    public var status: String
    public var openedAt: Date
    public var closedAt: Date?
    public var summary: String

    public init(id: String = UUID().uuidString, title: String, severity: String, status: String = "open",
                openedAt: Date = Date(), closedAt: Date? = nil, summary: String = "") {
        self.id = id; self.title = title; self.severity = severity; self.status = status; self.openedAt = openedAt
        self.closedAt = closedAt; self.summary = summary
    }
}
