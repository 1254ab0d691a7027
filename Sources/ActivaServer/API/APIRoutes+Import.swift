import Activa
import ActivaFormats
import Hummingbird

/// Taking over a spreadsheet activastaat (issue 16): the CSV in, the register that continues from it out. Stateless,
/// like `POST /api/v1/report`: the app stores the register with `POST /api/v1/registers` when it is right.
extension API {
    func importActivastaat(_ request: Request, _ language: Language) async throws -> Response {
        let query = request.uri.queryParameters
        let options = try Self.importOptions(year: query.get("year"), name: query.get("name"), taxpayer: query.get("taxpayer"),
                                             source: query.get("source"), columns: query.getAll("column").map { String($0) }, language)
        let text = try await HTTP.body(request, limit: configuration.maxRequestBytes, language: language, windows1252: true)
        let register = try importedRegister(text, options: options, language)
        return HTTP.json(.object([("register", RegisterWriter.json(register.register)),
                                  ("notes", .array(register.notes.map { JSONValue.string($0.text(language)) }))]))
    }

    /// The register a sheet gives, checked as a stored one is (size, the engine), or the problem naming every row.
    func importedRegister(_ text: String, options: ActivastaatImport.Options, _ language: Language) throws -> (register: Register, notes: [LocalizedText]) {
        let result = ActivastaatImport.read(text, options: options)
        guard let register = result.register else { throw Problem.unreadableSheet(result.problems, language: language) }
        if let problem = configuration.sizeProblem(register, language) { throw Problem.tooLarge(problem, language: language) }
        _ = try engineCheck(register, language)
        return (register, result.notes)
    }

    /// The import's options from the request: `year` (required), `name`, `taxpayer`, `source`, `column=Kop=veld`.
    static func importOptions(year: String?, name: String?, taxpayer: String?, source: String?, columns: [String],
                              _ language: Language) throws -> ActivastaatImport.Options {
        guard let year = year.flatMap({ Int($0) }), (2001...2200).contains(year) else {
            throw Problem.badRequest(language == .nl ? "year: het beginjaar, bijvoorbeeld 2024" : "year: the opening year, for example 2024",
                                     language: language, field: "year")
        }
        var kind = Taxpayer.ib
        if let taxpayer, !taxpayer.isEmpty {
            guard let chosen = Taxpayer(rawValue: taxpayer) else {
                throw Problem.badRequest(language == .nl ? "taxpayer: ib of vpb" : "taxpayer: ib or vpb", language: language, field: "taxpayer")
            }
            kind = chosen
        }
        let mapping: [String: ImportField]
        switch ImportField.mapping(columns) {
        case .success(let value): mapping = value
        case .failure:
            throw Problem.badRequest((language == .nl ? "column: Kop=veld, met veld een van " : "column: Header=field, with field one of ")
                                     + ImportField.UnreadableColumn.fields, language: language, field: "column")
        }
        let trimmedName = name?.trimmingCharacters(in: .whitespaces)
        return ActivastaatImport.Options(year: year, name: trimmedName?.isEmpty == false ? trimmedName : nil, taxpayer: kind,
                                         source: source?.isEmpty == false ? source : nil, columns: mapping)
    }
}

extension Problem {
    /// A sheet with rows that cannot be read: each row with its number, column, asset and reason (`rows`).
    static func unreadableSheet(_ problems: [ActivastaatImport.Problem], language: Language) -> Problem {
        Problem(status: .unprocessableContent, title: language == .nl ? "De activastaat is niet te lezen" : "The activastaat cannot be read",
                detail: problems.map { $0.describe(file: nil, language) }.joined(separator: "; "), language: language,
                extra: [("rows", .array(problems.map { problem in
                    var fields: [(String, JSONValue)] = []
                    if let row = problem.row { fields.append(("row", .number(String(row)))) }
                    if let column = problem.column { fields.append(("column", .string(column))) }
                    if let id = problem.assetId { fields.append(("assetId", .string(id))) }
                    fields.append(("message", .string(problem.message.text(language))))
                    return .object(fields)
                }))])
    }
}
