import Testing
@testable import PortcullisCore

@Suite struct SecretsKeywordTests {
    @Test func apiKeyAssignments() {
        expectOnly(.genericAPIKey, "9d1f4bdcd8de671d718b27f3", in: "class Settings:\n    API_KEY = \"9d1f4bdcd8de671d718b27f3\"\n")
        expectOnly(.genericAPIKey, "FBzbekMflki_5LwdQHmWQXLKHxbbQ8xG", in: "oauth:\n  client_secret: FBzbekMflki_5LwdQHmWQXLKHxbbQ8xG\n")
        expectOnly(.genericAPIKey, "q7Lm2XvR9pTz4KwN8sYb3HcF", in: "café 🇩🇪 {\"apiKey\": \"q7Lm2XvR9pTz4KwN8sYb3HcF\"}")
        expectOnly(.genericAPIKey, "q7Lm2XvR9pTz4KwN8sYb3HcF", in: "curl -H \"X-API-Key: q7Lm2XvR9pTz4KwN8sYb3HcF\" https://api")
        expectOnly(.genericAPIKey, "q7Lm2XvR9pTz4KwN8sYb3HcF", in: "tool deploy --api-key q7Lm2XvR9pTz4KwN8sYb3HcF --region eu")
        expectOnly(.genericAPIKey, "q7Lm2XvR9pTz4KwN8sYb3HcF", in: "<add key=\"ApiSecret\" value=\"q7Lm2XvR9pTz4KwN8sYb3HcF\" />")
    }

    @Test func passwords() {
        expectOnly(.genericPassword, "TKS89AmJfq18W8Bw0g4", in: "psycopg2.connect(host=\"db\", user=\"bob\", password=\"TKS89AmJfq18W8Bw0g4\")")
        expectOnly(.genericPassword, "KZJgc-.f-h5eN6", in: "stringData:\n  password: KZJgc-.f-h5eN6\n  username: alice\n")
        expectOnly(.genericPassword, "mvin?k9_AsH+Ax*YG", in: "mysql -h db -u root -p'mvin?k9_AsH+Ax*YG' shop < dump.sql")
        expectOnly(.genericPassword, "FalconOrange446#", in: "café 🇩🇪 DB_PASSWORD=FalconOrange446#")
        expectOnly(.genericPassword, "Qx7!mR2#pL", in: "<datasource>\n  <password>Qx7!mR2#pL</password>\n</datasource>")
        expectOnly(.genericPassword, "Qx7!mR2#pL", in: "Server=db;Database=app;User Id=sa;Password=Qx7!mR2#pL;")
        expectOnly(.genericPassword, "Qx7!mR2#pL", in: "machine api.example.com\n  login me\n  password Qx7!mR2#pL\n")
        expectOnly(.genericPassword, "Qx7!mR2#pL", in: "fyi the staging root password is Qx7!mR2#pL until Friday")
        expectNone("the password is required and the password was incorrect")
    }

    /// Real passwords that merely contain a placeholder-like piece are still passwords.
    @Test func passwordsThatContainPlaceholderPieces() {
        expectOnly(.genericPassword, "Xk9#mP<2vL!qZ", in: "password = \"Xk9#mP<2vL!qZ\"")
        expectOnly(.genericPassword, "stodoR7!kL9q", in: "password: \"stodoR7!kL9q\"")
        expectOnly(.genericPassword, "Qz8!aaaaaa#kL2", in: "DB_PASSWORD=Qz8!aaaaaa#kL2")
        expectOnly(.genericPassword, "Winter1234567!", in: "password=\"Winter1234567!\"")
        expectOnly(.genericPassword, "Gyour8$Lqz", in: "password: \"Gyour8$Lqz\"")
        expectNone("password: <your-password>\napi_key=YOUR_API_KEY_HERE\ntoken: todo-rotate\nSECRET=aaaaaaaaaaaa\nkey=sk_test_1234567890")
    }

    @Test func wellKnownValuesByName() {
        expectOnly(.awsSecretAccessKey, "eCIPnINFB44cHjXpcK+42PEnKYAiJ6/Rkcgkq0y2",
                   in: "aws_secret_access_key = eCIPnINFB44cHjXpcK+42PEnKYAiJ6/Rkcgkq0y2\n")
        expectOnly(.awsSecretAccessKey, "/CIPnINFB44cHjXpcK+42PEnKYAiJ6/Rkcgkq0y2",
                   in: "{\"SecretAccessKey\": \"/CIPnINFB44cHjXpcK+42PEnKYAiJ6/Rkcgkq0y2\"}")
    }

    @Test func placeholdersAndReferencesAreNot() {
        expectNone("OPENAI_API_KEY=TODO\nSTRIPE_SECRET_KEY=REPLACE_ME")
        expectNone("api_key: ********   # set via env")
        expectNone("STRIPE_SECRET_KEY=${API_KEY}")
        expectNone("password = os.environ[\"DB_PASSWORD\"]")
        expectNone("api_key = os.getenv('API_KEY')")
        expectNone("const apiKey = process.env.OPENAI_API_KEY;")
        expectNone("token: \"{{ secrets.API_TOKEN }}\"")
        expectNone("password: <your-password>")
        expectNone("password = user_input")
        expectNone("SECRET_KEY = settings.SECRET_KEY")
        expectNone("client_secret: YOUR_CLIENT_SECRET_HERE")
        expectNone("\"password_hash\": \"$2b$12$KIXQJ8F1d9Q0bV6s9ZgUuOQ1Yx8m7hVb4c2e7u0iP6sYb3a1w9d2K\"")
        expectNone("client_id: 8f14e45f-ceea-467f-a0e6-1b2c3d4e5f60")
        expectNone("private_key_id: 2ce3e455be95b80df48655c08831d436")
        expectNone("PWD=/home/deploy/app")
        expectNone("ssh -p 2222 deploy@host")
        expectNone("private_key: \"_EllipticCurvePrivateKey\"")
    }

    @Test func adversarialRepeatedAssignmentsFinish() {
        #expect(scanSecrets(repeated("password=")).isEmpty)
        #expect(scanSecrets(repeated("api_key: ")).isEmpty)
        #expect(scanSecrets(repeated("mysql -p")).isEmpty)
        #expect(scanSecrets("password=\"" + repeated("a\\")).isEmpty)
    }
}
