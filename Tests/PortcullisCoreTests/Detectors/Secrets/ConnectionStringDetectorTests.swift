import Testing
@testable import PortcullisCore

@Suite struct SecretsConnectionStringTests {
    @Test func onlyThePasswordOfADatabaseURL() {
        expectOnly(.dbURLCredentials, "xYWFoBn!ygoe6A0", in: "DATABASE_URL=postgresql://root:xYWFoBn!ygoe6A0@10.0.3.17:5432/orders")
        expectOnly(.dbURLCredentials, "dzls.wg8x~Okkr", in: "café 🇩🇪 MONGO=\"mongodb+srv://svc:dzls.wg8x~Okkr@m0.mongo.svc/admin\"")
        expectOnly(.dbURLCredentials, "M7A1U_fh*Hu", in: "REDIS_URL=redis://:M7A1U_fh*Hu@cache:6379/0")
        expectOnly(.dbURLCredentials, "Zt3Ka!e8Yx", in: "create_engine('postgresql+psycopg2://app:Zt3Ka!e8Yx@db/app')")
        expectOnly(.dbURLCredentials, "q8Wm_2nXv", in: "jdbc:mysql://app:q8Wm_2nXv@db:3306/shop")
    }

    @Test func placeholdersAndNonDatabaseURLs() {
        expectNone("DATABASE_URL=postgres://app:<password>@localhost:5432/app")
        expectNone("postgres://user:password@localhost/db")
        expectNone("postgres://app:${DB_PASSWORD}@db/app")
        expectNone("postgres://app@db:5432/app")
        expectNone("see https://user:pass@example.com for the docs")
    }

    @Test func azureAccountKeyValueOnly() {
        let key = "zN9m6sxIxdDWXlcvta14VadNyaV6pX4DeAdBiZoXVBv77wfzbLbt7F+w6e20ACxfW12WVqxF9VHqvuTz7+xDYw=="
        expectOnly(.azureStorageAccountKey, key,
                   in: "DefaultEndpointsProtocol=https;AccountName=st01;AccountKey=\(key);EndpointSuffix=core.windows.net")
        expectNone("DefaultEndpointsProtocol=https;AccountName=st01;AccountKey=<account-key>;EndpointSuffix=core.windows.net")
    }

    @Test func adversarialRepeatedSchemesFinish() {
        #expect(scanSecrets(repeated("postgres://")).isEmpty)
        #expect(scanSecrets("postgres://" + repeated("a:")).isEmpty)
        #expect(scanSecrets(repeated("AccountKey=")).isEmpty)
    }

    /// Basic-auth passwords in web and VCS URLs are credentials too (not an e-mail address).
    @Test func webURLPasswords() {
        let text = "git remote add origin https://deploy:Tr0ub4dor-3xQ@git.example.net/repo.git"
        let f = ScanEngine(injection: nil).scan(text)
        #expect(f.map(\.type) == [.urlCredentials])
        #expect(f.first.map { String(text.unicodeScalars.dropFirst($0.start).prefix($0.end - $0.start)) } == "Tr0ub4dor-3xQ")
        #expect(ScanEngine(injection: nil).scan("see https://user:password@host/x").map(\.type) == [.url])
    }
}
