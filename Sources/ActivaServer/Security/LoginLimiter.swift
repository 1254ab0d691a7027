import Foundation

/// Logins cost little to an attacker only if they are bounded (issue 17). An attempt counts as a failure from the
/// moment it starts (before the password is hashed), and is taken back when it succeeds: at most `perName` failures
/// a minute for one name (the token counts as one name), `perClient` for one client address, `total` for the whole
/// server (bcrypt's CPU), and at most `concurrent` passwords hashed at once; beyond, 429 with the seconds to wait.
actor LoginLimiter {
    let perName: Int
    let perClient: Int
    let total: Int
    let concurrent: Int
    let window: TimeInterval
    private var failures: [String: [Date]] = [:]
    private var all: [Date] = []
    private var running = 0

    init(perName: Int = 10, perClient: Int = 20, total: Int = 60, concurrent: Int = 2, window: TimeInterval = 60) {
        self.perName = perName
        self.perClient = perClient
        self.total = total
        self.concurrent = concurrent
        self.window = window
    }

    /// Starts an attempt for `name` from `client`: nil when it may go on (and it then counts), else the seconds to wait.
    func begin(_ name: String, client: String, now: Date = Date()) -> Int? {
        let keys = ["name " + name, "client " + client]
        all.removeAll { now.timeIntervalSince($0) >= window }
        for key in keys { failures[key]?.removeAll { now.timeIntervalSince($0) >= window } }
        if running >= concurrent { return 1 }
        if let wait = wait(all, limit: total, now: now) ?? wait(failures[keys[0]] ?? [], limit: perName, now: now)
            ?? wait(failures[keys[1]] ?? [], limit: perClient, now: now) { return wait }
        all.append(now)
        for key in keys { failures[key, default: []].append(now) }
        running += 1
        return nil
    }

    /// The seconds until the oldest of `list` leaves the window, when `list` is full.
    private func wait(_ list: [Date], limit: Int, now: Date) -> Int? {
        guard list.count >= limit, let oldest = list.first else { return nil }
        return Swift.max(1, Int((window - now.timeIntervalSince(oldest)).rounded(.up)))
    }

    /// Ends an attempt; a success takes back the failure it counted.
    func end(_ name: String, client: String, succeeded: Bool) {
        running = Swift.max(0, running - 1)
        guard succeeded else { return }
        if !all.isEmpty { all.removeLast() }
        for key in ["name " + name, "client " + client] where failures[key]?.isEmpty == false { failures[key]?.removeLast() }
    }
}
