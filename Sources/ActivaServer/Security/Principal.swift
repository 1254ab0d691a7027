import ActivaStore

/// Who a request acts for (issue 17), set by `SecurityMiddleware` for the request's task: everything in the
/// single-user mode and with `ACTIVA_TOKEN` (the operator), else a user with roles per administration, or an API key
/// of one administration.
enum Principal: Sendable {
    case everything
    case user(User)
    case key(APIKey)
    /// A request that showed no credentials where they are needed (the login page, the health check): no register.
    case nobody

    @TaskLocal static var current: Principal = .everything

    /// The name its versions carry.
    var actor: String? {
        switch self {
        case .everything, .nobody: nil
        case .user(let user): user.name
        case .key(let key): "sleutel \(key.id)"
        }
    }

    /// A user's name, for the page's "ingelogd als".
    var userName: String? {
        if case .user(let user) = self { return user.name }
        return nil
    }

    /// The administrations it may read; nil for all.
    var readable: Set<String>? {
        switch self {
        case .everything: nil
        case .user(let user): Set(user.roles.keys)
        case .key(let key): [key.administrationId]
        case .nobody: []
        }
    }

    func canRead(_ administration: String?) -> Bool {
        guard let readable else { return true }
        return administration.map(readable.contains) ?? false
    }

    func canWrite(_ administration: String?) -> Bool {
        switch self {
        case .everything: true
        case .user(let user): administration.flatMap { user.roles[$0] }?.canWrite ?? false
        case .key(let key): key.scope == .write && administration == key.administrationId
        case .nobody: false
        }
    }

    /// The administrations it may write in, by id.
    var writable: [String] {
        switch self {
        case .everything, .nobody: []
        case .user(let user): user.roles.filter { $0.value.canWrite }.keys.sorted()
        case .key(let key): key.scope == .write ? [key.administrationId] : []
        }
    }
}
