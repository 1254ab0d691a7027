import Hummingbird

/// The bearer token that guards every write when `ACTIVA_TOKEN` is set.
struct WriteGuard: Sendable {
    let token: String?

    /// True when the request may write: no token configured, `Authorization: Bearer <token>`, or the web login cookie.
    func allows(_ request: Request) -> Bool {
        guard let token, !token.isEmpty else { return true }
        if let header = request.headers[.authorization], header == "Bearer \(token)" { return true }
        if let cookie = request.headers[.cookie] {
            for part in cookie.split(separator: ";") where part.trimmingCharacters(in: .whitespaces) == "activa_token=\(token)" {
                return true
            }
        }
        return false
    }
}

import Foundation
