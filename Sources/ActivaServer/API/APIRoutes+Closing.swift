import Foundation
import Activa
import ActivaFormats
import ActivaStore
import Hummingbird

/// Closing a boekjaar (issue 16): its figures as filed are kept in the stored register, and a change that would move
/// them is refused with the figures it would change.
extension API {
    /// `POST /api/v1/registers/{id}/close?year=Y` with If-Match: the year closed as a new version.
    func close(_ id: String, _ request: Request, _ language: Language) async throws -> Response {
        guard let expected = request.headers[.ifMatch].flatMap({ Int($0.trimmingCharacters(in: CharacterSet(charactersIn: "\" W/"))) }) else {
            throw Problem(status: .preconditionRequired, title: language == .nl ? "Versie ontbreekt" : "Version required",
                          detail: language == .nl ? "geef in If-Match de versie die u nu ziet" : "give the version you see now in If-Match",
                          issues: [RegisterIssue(field: "If-Match", problem: .missing)], language: language)
        }
        guard let year = request.uri.queryParameters.get("year").flatMap({ Int($0) }) else {
            throw Problem.badRequest(language == .nl ? "year: het boekjaar dat is aangegeven" : "year: the boekjaar that was filed",
                                     language: language, field: "year")
        }
        let current = try await stored(id, language)
        guard current.version == expected else { throw Problem.conflict(current: current.version, language: language) }
        let closed: Register
        do {
            closed = try engine.close(current.register, year: year, on: Day.today(), registerVersion: current.version,
                                      digest: RegisterDigest.fingerprint(current.register))
        } catch {
            throw Problem.engine(error, language: language)
        }
        do {
            let stored = try await StoreActor.$action.withValue("close") { try await store.update(id: id, register: closed, expectedVersion: expected) }
            let filed = JSONReportWriter.closedYear(ClosedYearStatus(closed: closed.closedYears[closed.closedYears.count - 1], differences: [], cause: nil))
            return HTTP.json(.object([("id", .string(stored.id)), ("version", .number(String(stored.version))), ("closedYear", filed)]),
                             headers: [.eTag: API.etag(stored.version)])
        } catch StoreError.conflict(let current) {
            throw Problem.conflict(current: current, language: language)
        }
    }

    /// The register as it would be stored, checked: the engine computes it, and no closed year moves, unless the
    /// request says the change corrects an error (`?correction=foutenleer`): then the closed years stay as filed and
    /// record the change, and the first open year carries the foutenherstel. The closed years are the server's own:
    /// a body without them keeps the stored ones; one with other ones is refused.
    func checkedChange(_ register: Register, keeping stored: Register?, correction: Bool = false, nextVersion: Int? = nil,
                       _ language: Language) throws -> Register {
        var register = register
        if let stored, !stored.closedYears.isEmpty {
            if register.closedYears.isEmpty {
                register.closedYears = stored.closedYears
            } else if register.closedYears != stored.closedYears {
                throw Problem(status: .unprocessableContent, title: language == .nl ? "Afgesloten jaren" : "Closed years",
                              detail: language == .nl ? "afgesloten jaren veranderen alleen door POST …/close" : "closed years change only through POST …/close",
                              issues: [RegisterIssue(field: "closedYears", problem: .rule(LocalizedText(
                                  nl: "afgesloten jaren veranderen alleen door POST …/close", en: "closed years change only through POST …/close")))],
                              language: language)
            }
        }
        let report = try engineCheck(register, language)
        let changed = report.changedClosedYears
        guard changed.isEmpty else {
            guard correction else { throw Problem.closedYearChanged(changed, language: language) }
            do {
                return try engine.acceptCorrection(register, on: Day.today(), registerVersion: nextVersion, digest: RegisterDigest.fingerprint(register))
            } catch {
                throw Problem.engine(error, language: language)
            }
        }
        return register
    }

    /// `?correction=foutenleer`: the change corrects an error in a closed year. Any other value is refused.
    static func correctionRequested(_ request: Request, _ language: Language) throws -> Bool {
        guard let value = request.uri.queryParameters.get("correction") else { return false }
        guard value == "foutenleer" else {
            throw Problem.badRequest(language == .nl ? "correction: alleen 'foutenleer' (de wijziging herstelt een fout in een afgesloten jaar)"
                                                     : "correction: only 'foutenleer' (the change corrects an error in a closed year)",
                                     language: language, field: "correction")
        }
        return true
    }
}

extension Problem {
    /// A change that would move a closed year's filed figures: each figure with what was filed and what it would become.
    static func closedYearChanged(_ statuses: [ClosedYearStatus], language: Language) -> Problem {
        let differences = statuses.flatMap(\.differences)
        let years = Set(differences.map(\.year)).sorted().map(String.init).joined(separator: ", ")
        return Problem(status: .conflict, title: language == .nl ? "Afgesloten jaar zou veranderen" : "A closed year would change",
                       detail: (language == .nl ? "de wijziging verandert aangegeven cijfers van \(years): " : "the change moves filed figures of \(years): ")
                           + differences.map { "\($0.year) \($0.label.text(language)) \(TextFormat.euro($0.filed, language)) → \(TextFormat.euro($0.now, language))" }
                               .joined(separator: "; ")
                           + (language == .nl ? ". Herstelt de wijziging een fout, stuur haar dan opnieuw met ?correction=foutenleer: het verschil gaat in het eerste open jaar."
                                              : ". If the change corrects an error, send it again with ?correction=foutenleer: the difference goes into the first open year."),
                       language: language,
                       extra: [("closedYearChanges", .array(differences.map { difference in
                           var fields: [(String, JSONValue)] = [("year", .number(String(difference.year))), ("figure", .string(difference.key))]
                           if let id = difference.assetId { fields.append(("assetId", .string(id))) }
                           return .object(fields + [("filed", .string(difference.filed.formatted(minimumFractionDigits: 2))),
                                                    ("now", .string(difference.now.formatted(minimumFractionDigits: 2)))])
                       }))])
    }
}
