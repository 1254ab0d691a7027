import Foundation

/// Failed logins slow an attacker down (issue 17): after `allowed` failures within `window`, every login is refused
/// (429) until the oldest failure leaves the window. One count for the whole server: the router's context does not
/// carry the client's address, and the token it guards is long and random, so this is a second line only.
actor LoginLimiter {
    let allowed: Int
    let window: TimeInterval
    private var failures: [Date] = []

    init(allowed: Int = 10, window: TimeInterval = 60) {
        self.allowed = allowed
        self.window = window
    }

    /// Seconds until a login is tried again, or nil when one may be tried now.
    func wait(now: Date = Date()) -> Int? {
        failures.removeAll { now.timeIntervalSince($0) >= window }
        guard failures.count >= allowed, let oldest = failures.first else { return nil }
        return Swift.max(1, Int((window - now.timeIntervalSince(oldest)).rounded(.up)))
    }

    func failed(now: Date = Date()) {
        failures.append(now)
    }
}
