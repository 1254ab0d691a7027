import Activa
import ActivaFormats
import Hummingbird
import NIOCore

/// Small helpers shared by the API and the web page.
enum HTTP {
    /// Dutch unless the request asks for English: `?lang=en`, or `Accept-Language` preferring English over Dutch.
    static func language(_ request: Request) -> Language {
        if let lang = request.uri.queryParameters.get("lang") { return lang == "en" ? .en : .nl }
        if let cookie = request.headers[.cookie], cookie.contains("activa_lang=en") { return .en }
        guard let accept = request.headers[.acceptLanguage]?.lowercased() else { return .nl }
        for part in accept.split(separator: ",") {
            // `first`: a part may be empty (";"), and a header is the client's to write.
            let tag = (part.split(separator: ";").first ?? "").trimmingCharacters(in: .whitespaces)
            if tag.hasPrefix("nl") { return .nl }
            if tag.hasPrefix("en") { return .en }
        }
        return .nl
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: value.serialized())))
    }

    /// JSON already written as UTF-8 bytes (a report streams straight into them).
    static func json<Bytes: Sequence<UInt8>>(bytes: Bytes, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = contentType
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func redirect(_ location: String, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.location] = location
        return Response(status: .seeOther, headers: fields)
    }

    /// The body as text, at most `limit` bytes (413 beyond). It must be UTF-8: other bytes are refused (400), never
    /// stored as replacement characters; `windows1252` reads such a body as Excel's Windows-1252 instead (a CSV sheet).
    /// A body that ends before its Content-Length is a 400, not an internal error.
    static func body(_ request: Request, limit: Int, language: Language, windows1252: Bool = false) async throws -> String {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw Problem.tooLarge(language == .nl ? "het verzoek is groter dan \(limit) bytes" : "the request is larger than \(limit) bytes",
                                   language: language)
        } catch {
            throw Problem.badRequest(language == .nl ? "het verzoek kwam niet volledig aan" : "the request did not arrive whole", language: language)
        }
        if let text = String(validating: buffer.readableBytesView, as: UTF8.self) { return text }
        if windows1252, let text = String(data: Data(buffer.readableBytesView), encoding: .windowsCP1252) { return text }
        throw Problem.badRequest(language == .nl ? "de inhoud is geen UTF-8-tekst" : "the body is not UTF-8 text", language: language)
    }

    /// Whether the request's client still waits for its answer; set per request by `SecurityMiddleware`. A report
    /// stops between years when it does not (`EngineOptions.shouldContinue`), and is not written.
    @TaskLocal static var clientWaits: @Sendable () -> Bool = { true }

    /// Runs a handler, answering any error as problem+json.
    static func guarded(_ request: Request, _ handler: () async throws -> Response) async -> Response {
        do {
            return try await handler()
        } catch let problem as Problem {
            return problem.response()
        } catch let error as EngineError {
            return Problem.engine(error, language: language(request)).response()
        } catch let error as StoreErrorResponse {
            return error.problem(language(request)).response()
        } catch {
            // The cause goes to the log under an id the user can quote; the answer carries no internal text.
            let id = String(UUID().uuidString.prefix(8)).lowercased()
            FileHandle.standardError.write(Data("activa: fout \(id) bij \(request.method) \(request.uri.path): \(String(reflecting: error))\n".utf8))
            let nl = language(request) == .nl
            return Problem(status: .internalServerError, title: nl ? "Interne fout" : "Internal error",
                           detail: nl ? "er ging iets mis aan onze kant; noem kenmerk \(id) als u het meldt" : "something went wrong on our side; quote reference \(id) when you report it",
                           language: language(request), extra: [("reference", .string(id))]).response()
        }
    }

    /// `amount` query or JSON values as exact decimals.
    static func decimal(_ value: DocumentValue?) -> ExactDecimal? {
        guard case .scalar(let text, _)? = value else { return nil }
        return ExactDecimal(amount: text)
    }
}

/// Marker for store errors surfaced to HTTP.
protocol StoreErrorResponse: Error {
    func problem(_ language: Language) -> Problem
}

extension String {
    /// `application/x-www-form-urlencoded` decoding of one value.
    var formDecoded: String {
        let spaced = replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}

import Foundation
