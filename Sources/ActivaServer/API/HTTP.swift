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
            let tag = part.split(separator: ";")[0].trimmingCharacters(in: .whitespaces)
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

    /// The body as text, at most `limit` bytes (413 beyond).
    static func body(_ request: Request, limit: Int, language: Language) async throws -> String {
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return String(buffer: buffer)
        } catch is NIOTooManyBytesError {
            throw Problem.tooLarge(language == .nl ? "het verzoek is groter dan \(limit) bytes" : "the request is larger than \(limit) bytes",
                                   language: language)
        }
    }

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
            return Problem(status: .internalServerError, title: "Internal error", detail: String(describing: error)).response()
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
