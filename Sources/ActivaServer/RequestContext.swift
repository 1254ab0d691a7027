import Hummingbird
import NIOCore

/// The context of every request: Hummingbird's own, and the connection it came on — its address (logins are limited
/// per client) and whether it is still open (a report whose client has left is not finished). Issue 17.
public struct ActivaRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    private let channel: any Channel

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
        remoteAddress = source.channel.remoteAddress
    }

    /// Whether the client still waits for the answer (`Channel.isActive` may be read from any thread).
    var clientIsConnected: Bool { channel.isActive }

    /// The client's address without its port, for counting its logins; "local" when there is none (a test).
    var clientAddress: String { remoteAddress?.ipAddress ?? "local" }
}
