import Testing
@testable import PortcullisCore

@Suite struct SecretsPrivateKeyTests {
    static let body = """
        MHcCAQEEIMFZhcw7nb8C7wSB+Cb0hl9aDsENr3i8p/ndckFiCW5SoAoGCCqGSM49
        AwEHoUQDQgAEDJdQKrpRTWt+Q3g/0zczwL2bS3rImSHZdgRMJdwW33/v7VljlrM1
        01x80tZLoD6ey7goFZ/cC4YEmXWkHowPGQ==
        """

    @Test func pemBlockSpansBeginToEnd() {
        let key = "-----BEGIN EC PRIVATE KEY-----\n\(SecretsPrivateKeyTests.body)\n-----END EC PRIVATE KEY-----"
        expectOnly(.privateKey, key, in: "café 🇩🇪 here is my key:\n\n\(key)\n\nthanks")
    }

    @Test func labelsOfPrivateKeys() {
        for label in ["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "DSA PRIVATE KEY"] {
            let key = "-----BEGIN \(label)-----\n\(SecretsPrivateKeyTests.body)\n-----END \(label)-----"
            expectOnly(.privateKey, key, in: "# do not share\n\(key)\n")
        }
    }

    @Test func escapedInsideJSON() {
        let escaped = "-----BEGIN RSA PRIVATE KEY-----\\n" + SecretsPrivateKeyTests.body.replacingOccurrences(of: "\n", with: "\\n")
            + "\\n-----END RSA PRIVATE KEY-----"
        expectOnly(.privateKey, escaped, in: "{\"type\": \"service_account\", \"private_key\": \"\(escaped)\", \"client_email\": \"ci@x.iam\"}")
    }

    @Test func encryptedPEMHeaders() {
        let key = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F2A1B9C\n\n\(SecretsPrivateKeyTests.body)\n-----END RSA PRIVATE KEY-----"
        expectOnly(.privateKey, key, in: key)
    }

    @Test func indentedInYAML() {
        let indented = SecretsPrivateKeyTests.body.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
        let key = "-----BEGIN PRIVATE KEY-----\n\(indented)\n    -----END PRIVATE KEY-----"
        expectOnly(.privateKey, key, in: "tls:\n  key: |\n    \(key)\n")
    }

    @Test func publicKeysCertificatesAndPlaceholdersAreNot() {
        expectNone("-----BEGIN PUBLIC KEY-----\n\(SecretsPrivateKeyTests.body)\n-----END PUBLIC KEY-----")
        expectNone("-----BEGIN CERTIFICATE-----\n\(SecretsPrivateKeyTests.body)\n-----END CERTIFICATE-----")
        expectNone("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----")
        expectNone("-----BEGIN OPENSSH PRIVATE KEY-----\n<your key here>\n-----END OPENSSH PRIVATE KEY-----")
    }

    @Test func adversarialRepeatedBeginFinishes() {
        #expect(scanSecrets(repeated("-----BEGIN RSA PRIVATE KEY-----\n")).isEmpty)
        #expect(scanSecrets(repeated("-----BEGIN ")).isEmpty)
        #expect(scanSecrets("-----BEGIN PRIVATE KEY-----\n" + repeated("-----END ")).isEmpty)
    }
}
