import Foundation
import NIOSSL

/// HTTPS for the gateway: a certificate chain and its private key, PEM files read at start-up
/// (so a wrong path or a key that does not match is reported before serving). TLS 1.2 at least.
public struct GatewayTLS: Sendable {
    let configuration: TLSConfiguration

    public init(certificatePath: String, keyPath: String) throws {
        let chain = try NIOSSLCertificate.fromPEMFile(certificatePath)
        guard !chain.isEmpty else { throw GatewayTLSError.noCertificate(certificatePath) }
        let key = try NIOSSLPrivateKey(file: keyPath, format: .pem)
        var c = TLSConfiguration.makeServerConfiguration(certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
        c.minimumTLSVersion = .tlsv12
        configuration = c
    }
}

enum GatewayTLSError: Error, CustomStringConvertible {
    case noCertificate(String)
    var description: String {
        switch self {
        case .noCertificate(let p): return "\(p) holds no PEM certificate"
        }
    }
}
