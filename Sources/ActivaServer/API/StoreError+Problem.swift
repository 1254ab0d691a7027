import Activa
import ActivaStore

/// A store error that reaches a handler uncaught, answered in the user's language rather than as an internal text.
extension StoreError: StoreErrorResponse {
    func problem(_ language: Language) -> Problem {
        switch self {
        case .notFound: return .notFound(language)
        case .versionNotFound(let version):
            return Problem(status: .notFound, title: language == .nl ? "Niet gevonden" : "Not found",
                           detail: language == .nl ? "het register heeft geen versie \(version)" : "the register has no version \(version)",
                           language: language)
        case .conflict(let current): return .conflict(current: current, language: language)
        case .forbidden:
            return Problem(status: .forbidden, title: language == .nl ? "Alleen lezen" : "Read only",
                           detail: language == .nl ? "u mag dit register bekijken maar niet wijzigen" : "you may read this register but not change it",
                           language: language)
        case .administrationNeeded:
            return Problem(status: .unprocessableContent, title: language == .nl ? "Welke administratie?" : "Which administration?",
                           detail: language == .nl ? "geef de administratie waarin het register komt (administration=…): een waarin u mag schrijven"
                                                   : "name the administration the register goes in (administration=…): one you may write in",
                           issues: [RegisterIssue(field: "administration", problem: .rule(LocalizedText(
                               nl: "geen administratie waarin u mag schrijven; noem er een met administration=…",
                               en: "no administration you may write in; name one with administration=…")))], language: language)
        case .busy:
            return Problem(status: .serviceUnavailable, title: language == .nl ? "Even bezet" : "Busy for a moment",
                           detail: language == .nl ? "de database is even bezet door een andere schrijver; probeer het over een paar seconden opnieuw"
                                                   : "the database is busy with another writer for a moment; try again in a few seconds",
                           language: language, headers: [.retryAfter: "5"])
        case .corrupt:
            // The stored text is not repeated: it may be anything, and the operator finds it in the database.
            return Problem(status: .internalServerError, title: language == .nl ? "Register niet te lezen" : "Register unreadable",
                           detail: language == .nl ? "dit opgeslagen register is niet meer te lezen; neem contact op met de beheerder"
                                                   : "this stored register can no longer be read; contact the administrator",
                           language: language)
        }
    }
}
