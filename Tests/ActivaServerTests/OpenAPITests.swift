import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import Yams
@testable import ActivaServer

@Suite("OpenAPI contract")
struct OpenAPITests {
    func document() throws -> [String: Any] {
        try #require(try Yams.load(yaml: OpenAPIDocument.yaml) as? [String: Any])
    }

    @Test("the document is OpenAPI 3.1 and every route the router serves is in it, with its method")
    func everyRouteDocumented() throws {
        let document = try document()
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: Any])
        for route in APIRoute.all {
            let item = try #require(paths[route.path] as? [String: Any], "\(route.path) is not documented")
            #expect(item[route.method.rawValue.lowercased()] != nil, "\(route.method) \(route.path) is not documented")
        }
    }

    @Test("every documented operation is served (no 404 for the route itself), and every $ref resolves")
    func everyOperationServed() async throws {
        let document = try document()
        let paths = try #require(document["paths"] as? [String: Any])
        var operations: [(String, String)] = []
        for (path, item) in paths {
            for method in ["get", "post", "put", "delete"] where (item as? [String: Any])?[method] != nil {
                operations.append((method, path))
            }
        }
        #expect(operations.count == APIRoute.all.count)
        for (method, path) in operations {
            #expect(APIRoute.all.contains { $0.path == path && $0.method.rawValue.lowercased() == method }, "\(method) \(path) not routed")
        }
        let refs = OpenAPIDocument.yaml.components(separatedBy: "$ref: '#/").dropFirst().map { $0.prefix { $0 != "'" } }
        let components = try #require(document["components"] as? [String: Any])
        for ref in refs {
            let parts = ref.split(separator: "/").map(String.init)
            #expect(parts.first == "components")
            let section = components[parts[1]] as? [String: Any]
            #expect(section?[parts[2]] != nil, "unresolved $ref \(ref)")
        }
        try await withApp { client in
            try await client.execute(uri: "/openapi.yaml", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.hasPrefix("openapi: 3.1.0"))
            }
        }
    }
}
