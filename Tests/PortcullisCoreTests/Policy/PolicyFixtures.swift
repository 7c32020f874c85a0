import PortcullisCore

/// A small policy used by the policy tests: three vendors of different clearance, roles with and
/// without training, and one rule of every action.
enum PolicyFixtures {
    static let yaml = """
    version: 1
    name: test-policy
    vendors:
      cloud:
        kind: openai
        base_url: https://api.example.com/v1
        api_key_env: CLOUD_API_KEY
        clearance: internal
        dpa: DPA-1
        region: eu
        retention_days: 30
        assessment_due: 2027-03-01
      trusted:
        kind: anthropic
        clearance: confidential
      local:
        kind: mock
        clearance: restricted
    models:
      gpt: { vendor: cloud, upstream: gpt-4o }
      claude: { vendor: trusted }
      local: { vendor: local }
    roles:
      engineer:
        models: [gpt, claude, local]
        max_label: restricted
        training: [ai-basics]
      intern:
        models: [gpt]
        max_label: internal
      analyst:
        models: ["*"]
    rules:
      - id: legal-review
        match: { topics: [legal-advice], direction: output }
        action: review
        message: A lawyer must read this answer first.
      - id: secrets-alert
        match: { types: ["secret.*"] }
        action: alert
        severity: critical
      - id: no-secrets
        match: { types: ["secret.*"] }
        action: block
        message: Remove the credential from your prompt; rotate it if it was real.
      - id: health-local
        match: { types: [UK_NHS], roles: [analyst] }
        action: route
        route_to: local
      - id: redact-cards
        match: { types: [CREDIT_CARD, IBAN_CODE] }
        action: redact
      - id: pseudo-people
        match: { types: [PERSON, EMAIL_ADDRESS, "PHONE*"] }
        action: pseudonymize
      - id: fake-ssn
        match: { types: [US_SSN] }
        action: synthesize
      - id: trial
        match: { models: ["clau*"], min_label: confidential }
        action: block
        message: Trial rule.
        mode: monitor
      - id: allow-rest
        action: allow
    """

    static var policy: Policy { try! Policy.parse(yaml: yaml, file: "test.yaml") }

    static func finding(_ type: EntityType) -> Finding {
        Finding(type: type, start: 0, end: 1, score: 0.9, utf8Start: 0, utf8End: 1)
    }

    static let engineer = Principal(id: "e", roles: ["engineer"], training: ["ai-basics"])
    static let intern = Principal(id: "i", roles: ["intern"])
    static let analyst = Principal(id: "a", roles: ["analyst"])
}
