import ActivaStore
import Crypto
import Foundation
import HummingbirdBcrypt

/// Users' passwords (bcrypt, hummingbird-auth), API keys (random, kept as their SHA-256) and users' sessions
/// (signed with the database's session secret, so every server on the database knows them). Issue 17.
public enum Accounts {
    /// A password's bcrypt hash; `cost` 12 takes a quarter of a second, which is the point.
    public static func hashPassword(_ password: String, cost: UInt8 = 12) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    static func verifyPassword(_ password: String, hash: String) -> Bool {
        Bcrypt.verify(password, hash: hash)
    }

    /// A new key's secret (32 random bytes, hex) and the hash the store keeps of it.
    public static func newKeySecret() -> (secret: String, hash: String) {
        var generator = SystemRandomNumberGenerator()
        let secret = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
        return (secret, hashSecret(secret))
    }

    /// The key as the user gives it: `ak_<id>_<secret>`, shown once.
    public static func keyText(id: String, secret: String) -> String { "ak_\(id)_\(secret)" }

    static func hashSecret(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The key a bearer text names, when it is one, not revoked, with the right secret.
    static func key(bearer: String, in store: any AccessStore) async throws -> APIKey? {
        let parts = bearer.split(separator: "_", maxSplits: 2).map(String.init)
        guard parts.count == 3, parts[0] == "ak", let found = try await store.key(id: parts[1]), found.key.revokedAt == nil else { return nil }
        return AccessGuard.constantTimeEqual(Array(hashSecret(parts[2]).utf8), Array(found.secretHash.utf8)) ? found.key : nil
    }

    static let userCookie = "activa_user"

    /// The session id of the token's holder (the operator): a user id never looks like it.
    static let operatorId = "~operator"

    /// A bcrypt hash no password matches in reasonable time, checked for a name that does not exist.
    static let unknownUserHash = Bcrypt.hash("\(UUID().uuidString)-no-such-user", cost: 12)

    static func expiredUserCookie(secure: Bool) -> String {
        "\(userCookie)=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }

    /// A user's session: `<user id>.<expiry>.<HMAC-SHA256>`, for `AccessGuard.sessionLifetime`.
    static func session(user: String, secret: [UInt8], now: Date = Date()) -> String {
        let payload = user + "." + String(Int((now.timeIntervalSince1970 + AccessGuard.sessionLifetime).rounded(.down)))
        let code = HMAC<SHA256>.authenticationCode(for: Data(payload.utf8), using: SymmetricKey(data: secret))
        return payload + "." + code.map { String(format: "%02x", $0) }.joined()
    }

    /// The user id a session names, when its signature over the text received holds and it has not expired (nor
    /// lasts longer than a session can).
    static func sessionUser(_ value: String, secret: [UInt8], now: Date = Date()) -> String? {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, !parts[0].isEmpty, let expiry = Int(parts[1]),
              expiry > Int(now.timeIntervalSince1970), expiry <= Int(now.timeIntervalSince1970 + AccessGuard.sessionLifetime) + 60,
              let code = hexBytes(parts[2]) else { return nil }
        let payload = parts[0] + "." + parts[1]
        return HMAC<SHA256>.isValidAuthenticationCode(code, authenticating: Data(payload.utf8), using: SymmetricKey(data: secret)) ? parts[0] : nil
    }

    /// 32 bytes from 64 hex digits; nil otherwise.
    static func hexBytes(_ hex: String) -> Data? {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return nil }
        var data = Data(capacity: 32)
        for index in stride(from: 0, to: 64, by: 2) {
            guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else { return nil }
            data.append(byte)
        }
        return data
    }

    static func userCookieHeader(_ value: String, secure: Bool) -> String {
        "\(userCookie)=\(value); Path=/; Max-Age=\(Int(AccessGuard.sessionLifetime)); HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }
}
