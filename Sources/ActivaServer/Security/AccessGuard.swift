import Crypto
import Foundation
import Hummingbird
import HTTPTypes

/// Who may read and write (issue 17). With a token configured (`ACTIVA_TOKEN`) nothing is readable or writable
/// without it — pages, API and exports: an API client sends `Authorization: Bearer <token>`; the web page logs in
/// once and carries a session cookie signed with a key derived from the token (HMAC-SHA256), never the token
/// itself, that expires. Without a token the server is the single-user mode on this computer (`ServerConfiguration`).
struct AccessGuard: Sendable {
    let token: String?
    private let sessionKey: SymmetricKey?

    /// How long a login lasts.
    static let sessionLifetime: TimeInterval = 8 * 3600
    static let cookieName = "activa_session"

    init(token: String?) {
        let token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.token = token
        // Derived, so the cookie never carries the token and a server that shares the token shares the sessions.
        sessionKey = token.map { SymmetricKey(data: SHA256.hash(data: Data(("activa-session:" + $0).utf8))) }
    }

    /// Whether a login is needed at all.
    var required: Bool { token != nil }

    /// True when the request may read and write: no token configured, the bearer token, or a valid session cookie.
    func allows(_ request: Request, now: Date = Date()) -> Bool {
        guard let token else { return true }
        if let header = request.headers[.authorization] {
            guard header.hasPrefix("Bearer ") else { return false }
            return AccessGuard.constantTimeEqual(Array(header.utf8.dropFirst(7)), Array(token.utf8))
        }
        guard let session = AccessGuard.cookie(AccessGuard.cookieName, in: request) else { return false }
        return validSession(session, now: now)
    }

    /// Whether `candidate` is the token, compared in constant time.
    func isToken(_ candidate: String) -> Bool {
        guard let token else { return false }
        return AccessGuard.constantTimeEqual(Array(candidate.utf8), Array(token.utf8))
    }

    /// A new session value: its expiry (seconds since 1970) and the HMAC of it.
    func newSession(now: Date = Date()) -> String? {
        guard let sessionKey else { return nil }
        let expiry = String(Int((now.timeIntervalSince1970 + AccessGuard.sessionLifetime).rounded(.down)))
        let code = HMAC<SHA256>.authenticationCode(for: Data(expiry.utf8), using: sessionKey)
        return expiry + "." + code.map { String(format: "%02x", $0) }.joined()
    }

    func validSession(_ value: String, now: Date = Date()) -> Bool {
        guard let sessionKey else { return false }
        let parts = value.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let expiry = Int(parts[0]), expiry > Int(now.timeIntervalSince1970),
              let code = AccessGuard.bytes(hex: parts[1]) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(code, authenticating: Data(parts[0].utf8), using: sessionKey)
    }

    /// The Set-Cookie value of a session: HttpOnly, SameSite=Strict, for the session's lifetime; Secure behind TLS.
    static func sessionCookie(_ value: String, secure: Bool) -> String {
        "\(cookieName)=\(value); Path=/; Max-Age=\(Int(sessionLifetime)); HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }

    /// The Set-Cookie value that ends a session.
    static func expiredCookie(secure: Bool) -> String {
        "\(cookieName)=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }

    /// Whether the request reached the server over TLS (directly or through a proxy that says so).
    static func isSecure(_ request: Request) -> Bool {
        request.uri.scheme?.rawValue == "https" || request.headers[.xForwardedProto]?.lowercased() == "https"
    }

    static func cookie(_ name: String, in request: Request) -> String? {
        guard let header = request.headers[.cookie] else { return nil }
        for part in header.split(separator: ";") {
            let pair = part.trimmingCharacters(in: .whitespaces)
            if pair.hasPrefix(name + "=") { return String(pair.dropFirst(name.count + 1)) }
        }
        return nil
    }

    /// Equal bytes, in a time that depends on the lengths only (not on where they first differ).
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<Swift.max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }

    private static func bytes(hex: String) -> Data? {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return nil }
        var data = Data(capacity: 32)
        var index = 0
        while index < digits.count {
            guard let high = hexValue(digits[index]), let low = hexValue(digits[index + 1]) else { return nil }
            data.append(high << 4 | low)
            index += 2
        }
        return data
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
