import PortcullisCore

/// The policy `portcullis serve` uses when no configuration is given: the built-in mock vendor,
/// one demo model, an `analyst` role, personal data pseudonymised, credentials blocked, prompt
/// injection recorded (a monitor-mode rule).
public enum DemoPolicy {
    public static let yaml = """
        version: 1
        name: portcullis-demo
        mode: enforce
        vendors:
          mock:
            kind: mock
            clearance: restricted
        models:
          mock-echo: { vendor: mock, upstream: echo }
        roles:
          analyst:
            models: [mock-echo]
            max_label: restricted
          admin:
            models: ["*"]
            max_label: restricted
        rules:
          - id: no-prompt-injection
            description: >-
              Attempts to override the model's instructions or lift its rules are refused. In monitor
              mode for now: the verdict is recorded with every decision but not enforced, because the
              injection model still flags too much code and configuration text (issue 7).
            match: { types: ["threat.*"], direction: input }
            action: block
            mode: monitor
            message: >-
              Your prompt reads as an attempt to override the assistant's instructions (prompt injection
              or a jailbreak). Rephrase it as a plain request; if this is a false alarm, quote the
              decision id to the security team.
          - id: no-credentials
            description: Credentials never go to any model, and never come back from one.
            match: { types: ["secret.*"] }
            action: block
            message: >-
              Your prompt contains a credential (API key, password or private key). Remove it and use a
              placeholder such as YOUR_API_KEY; if it was a real credential, rotate it now.
          - id: personal-data
            description: Personal data becomes placeholders the vendor sees; the answer is restored.
            match: { types: ["pii.*"] }
            action: pseudonymize
          - id: allow
            action: allow
        """

    public static func policy() throws -> Policy { try Policy.parse(yaml: yaml, file: "<demo policy>") }
}
