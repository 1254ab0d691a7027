import Activa
import ActivaFormats
import ActivaServer
import ActivaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func example(_ name: String) throws -> String {
    let register = try RegisterReader.read(String(contentsOf: packageRoot.appendingPathComponent("Examples/\(name).yaml"), encoding: .utf8),
                                           format: .yaml)
    return RegisterWriter.json(register).serialized()
}

/// Runs `test` against the app on a fresh in-memory store, without a socket.
func withApp(token: String? = nil, maxRequestBytes: Int = 2 * 1024 * 1024, maxAssets: Int = 10_000,
             store: (any RegisterStore)? = nil,
             _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
    let configuration = ServerConfiguration(databasePath: ":memory:", token: token, maxRequestBytes: maxRequestBytes, maxAssets: maxAssets)
    let app = buildApplication(store: try store ?? SQLiteRegisterStore(path: ":memory:"), configuration: configuration)
    try await app.test(.router, test)
}

extension TestResponse {
    var text: String { String(buffer: body) }
}

func json(_ text: String) -> HTTPFields { [.contentType: "application/json"] }

/// Creates a register through the API and returns its id.
func create(_ client: any TestClientProtocol, _ body: String, headers: HTTPFields = [:]) async throws -> String {
    try await client.execute(uri: "/api/v1/registers", method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
        #expect(response.status == .created, "\(response.text)")
        guard let range = response.text.range(of: #""id":""#) else { return "" }
        return String(response.text[range.upperBound...].prefix { $0 != "\"" })
    }
}
