import Testing
@testable import PortcullisCore

@Suite struct SecretsVendorTokenTests {
    @Test func githubTokensByPrefix() {
        expectOnly(.githubPAT, "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", in: "Authorization: Bearer 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")
        expectOnly(.githubOAuth, "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", in: "token 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\n")
        expectOnly(.githubAppToken, "ghs_xY5TXvCcT3M8DywjAloScxByWgB271447snl", in: "GH_TOKEN='ghs_xY5TXvCcT3M8DywjAloScxByWgB271447snl'")
        let fine = "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"
        expectOnly(.githubFineGrainedPAT, fine, in: "café 🇩🇪 export GH_PAT=\(fine)")
    }

    @Test func githubChecksumRaisesScore() {
        let valid = scanSecrets("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")
        let broken = scanSecrets("ghp_POCcBEF8m5GkOXhiY5ydVCQkdbDovo1CrPjv")
        #expect(valid.first?.score ?? 0 > 0.95)
        #expect(broken.count == 1)  // a checksum-less token of the right shape still counts
        #expect(broken.first?.score ?? 1 < valid.first?.score ?? 0)
    }

    @Test func codePointOffsetsAfterNonASCII() {
        let text = "café 🇩🇪 key: glpat-FXL4k41GiLP9qG3L0uKW"
        let f = scanSecrets(text)
        #expect(f.count == 1)
        #expect(f.first?.type == .gitlabPAT)
        #expect(f.first?.start == 13)
        #expect(f.first?.end == 13 + 26)
    }

    @Test func slackTokensAndWebhooks() {
        expectOnly(.slackBotToken, "xoxb-997365350543-2463656018830-Ht8RVkGYZC7nqV2VADJHONXO",
                   in: "SLACK_BOT_TOKEN=xoxb-997365350543-2463656018830-Ht8RVkGYZC7nqV2VADJHONXO")
        expectOnly(.slackUserToken, "xoxp-94301419006-458994316624-7522766825434-ec5ff527e03af2a080ad8541c11a795e",
                   in: "\"xoxp-94301419006-458994316624-7522766825434-ec5ff527e03af2a080ad8541c11a795e\"")
        let hook = "https://hooks.slack.com/services/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"
        expectOnly(.slackWebhookURL, hook, in: "post alerts to \(hook) (ops)")
        expectNone("SLACK_BOT_TOKEN=xoxb-your-bot-token")
    }

    @Test func paymentAndAIKeys() {
        expectOnly(.stripeAccessToken, "sk_live_d5vZOBmtlVhjFP9HU7aoy6RY", in: "stripe.api_key = 'sk_live_d5vZOBmtlVhjFP9HU7aoy6RY'")
        expectOnly(.openaiAPIKey, "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", in: "OPENAI_API_KEY=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")
        let ant = "sk-ant-api03-Lp-2jfTuOQPeWIDtcKZ1Dw0gBEHum3adzqxMhGx3taeY5jvDR3q9lVuD_Am3zwr8FwGvjEED1YjEGPQ-ymde3hOygLxIGAA"
        expectOnly(.anthropicAPIKey, ant, in: "x-api-key: \(ant)\n")
        expectNone("sk_test_xxxxxxxxxxxxxxxxxxxxxxxx and sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
    }

    @Test func cloudKeys() {
        expectOnly(.gcpAPIKey, "AIzabLzUouSXsNHz5hdTDskWcTOWFtjcdwBCRGj", in: "apiKey: \"AIzabLzUouSXsNHz5hdTDskWcTOWFtjcdwBCRGj\",")
        expectOnly(.awsAccessToken, "AKIAA3H3FX73YQUWHRPE", in: "key id AKIAA3H3FX73YQUWHRPE.")
        expectOnly(.digitaloceanPAT, "dop_v1_019117cbf49b41ab6d858f2cd89f05087505798acbc58b504ee8fa5a41c4e63c",
                   in: "DO=dop_v1_019117cbf49b41ab6d858f2cd89f05087505798acbc58b504ee8fa5a41c4e63c")
    }

    @Test func awsDocumentationExamplesAreNotSecrets() {
        expectNone("AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
        expectNone("the example key is AKIAI44QH8DHBEXAMPLE with secret je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY")
    }

    @Test func awsSecretBesideKeyID() {
        let text = "ci,,AKIAA3H3FX73YQUWHRPE,eCIPnINFB44cHjXpcK+42PEnKYAiJ6/Rkcgkq0y2\n"
        let f = scanSecrets(text)
        #expect(f.map(\.type) == [.awsAccessToken, .awsSecretAccessKey])
        let span = codePointSpan(of: "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", in: text)
        #expect(f.last?.start == span?.start)
        #expect(f.last?.end == span?.end)
    }

    @Test func otherProviders() {
        expectOnly(.twilioAPIKey, "SK003a6630d95495d395dc32898583128f", in: "TWILIO_API_KEY=SK003a6630d95495d395dc32898583128f")
        expectOnly(.sendgridAPIToken, "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",
                   in: "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")
        expectOnly(.npmAccessToken, "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", in: "//registry.npmjs.org/:_authToken=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")
        let pypi = "pypi-AgEIcHlwaS5vcmc28uSwNccStq3fiOLUwQmLeR2zufwl8Y2WVWHnATriHmaVXOEpLJ0qrqKdHsF0qHM3XlSd_"
        expectOnly(.pypiUploadToken, pypi, in: "[pypi]\nusername = __token__\npassword = \(pypi)\n")
        expectOnly(.shopifyAccessToken, "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", in: "X-Shopify-Access-Token: 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")
        expectOnly(.huggingfaceAccessToken, "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", in: "HF_TOKEN=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")
        expectOnly(.mailchimpAPIKey, "ea05dda854fb4fee5ef9ee3f1e63bf0c-us14", in: "key ea05dda854fb4fee5ef9ee3f1e63bf0c-us14 ok")
        expectOnly(.telegramBotAPIToken, "6503218680:AAoqyrCGcShfzeyCABax7H8TUSRFLc5nvfB",
                   in: "https://api.telegram.org/bot6503218680:AAoqyrCGcShfzeyCABax7H8TUSRFLc5nvfB/getMe")
    }

    @Test func jwtNeedsAJOSEHeader() {
        let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NSJ9.c2lnbmF0dXJlLWJ5dGVzLWhlcmUtMTIzNDU2Nzg5MA"
        expectOnly(.jwt, jwt, in: "café 🇩🇪 Authorization: Bearer \(jwt)")
        // base64 of ordinary JSON is not a token
        expectNone("echo eyJ0aGVtZSI6ImRhcmsiLCJsYW5nIjoiZW4ifQ== | base64 -d")
        expectNone("eyJ0aGVtZSI6ImRhcmsifQ.eyJsYW5nIjoiZW4ifQ.abcdefghijklmnopqrstuv")
    }

    @Test func hardNegatives() {
        expectNone("commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904")
        expectNone("sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 md5=d41d8cd98f00b204e9800998ecf8427e")
        expectNone("request id 123e4567-e89b-12d3-a456-426614174000")
        expectNone("The API key format looks like ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX; or AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")
        expectNone("integrity=\"sha512-9Rb5pB1y4rBqwF0nT0Qm3r3xXJ0ZqjW2hYb8m5mH9nYcQ2wG4b8l3p0q1r2s3t4u5v6w7x8y9z0AaBbCcDdEeFf==\"")
    }

    @Test func adversarialRepeatedPrefixesFinish() {
        for prefix in ["sk-", "AKIA", "ghp_", "xoxb-1-", "eyJ.", "SG.", "hooks.slack.com/services/", "123456:A", "sk-ant-", "pypi-AgE"] {
            #expect(scanSecrets(repeated(prefix)).isEmpty, "prefix \(prefix)")
        }
    }
}
