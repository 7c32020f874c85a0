/// The built-in credential detectors.
enum SecretDetectors {
    static func all() -> [any Detector] {
        [VendorTokenDetector(), PrivateKeyDetector(), ConnectionStringDetector(), KeywordSecretDetector()]
    }
}

/// Credential kinds, named after gitleaks rule ids (our own names where gitleaks has no rule).
extension EntityType {
    public static let awsAccessToken: EntityType = "aws-access-token"
    public static let awsSecretAccessKey: EntityType = "aws-secret-access-key"
    public static let githubPAT: EntityType = "github-pat"
    public static let githubFineGrainedPAT: EntityType = "github-fine-grained-pat"
    public static let githubAppToken: EntityType = "github-app-token"
    public static let githubOAuth: EntityType = "github-oauth"
    public static let gitlabPAT: EntityType = "gitlab-pat"
    public static let slackBotToken: EntityType = "slack-bot-token"
    public static let slackUserToken: EntityType = "slack-user-token"
    public static let slackWebhookURL: EntityType = "slack-webhook-url"
    public static let stripeAccessToken: EntityType = "stripe-access-token"
    public static let openaiAPIKey: EntityType = "openai-api-key"
    public static let anthropicAPIKey: EntityType = "anthropic-api-key"
    public static let gcpAPIKey: EntityType = "gcp-api-key"
    public static let privateKey: EntityType = "private-key"
    public static let jwt: EntityType = "jwt"
    public static let twilioAPIKey: EntityType = "twilio-api-key"
    public static let sendgridAPIToken: EntityType = "sendgrid-api-token"
    public static let npmAccessToken: EntityType = "npm-access-token"
    public static let pypiUploadToken: EntityType = "pypi-upload-token"
    public static let azureStorageAccountKey: EntityType = "azure-storage-account-key"
    public static let dbURLCredentials: EntityType = "db-url-credentials"
    /// The password in the userinfo of a web or VCS URL (`https://user:PASS@host`), our name in gitleaks style.
    public static let urlCredentials: EntityType = "url-credentials"
    public static let genericAPIKey: EntityType = "generic-api-key"
    public static let genericPassword: EntityType = "generic-password"
    public static let shopifyAccessToken: EntityType = "shopify-access-token"
    public static let digitaloceanPAT: EntityType = "digitalocean-pat"
    public static let huggingfaceAccessToken: EntityType = "huggingface-access-token"
    public static let mailchimpAPIKey: EntityType = "mailchimp-api-key"
    public static let telegramBotAPIToken: EntityType = "telegram-bot-api-token"
}
