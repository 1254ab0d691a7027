/// The page's Mustache templates, by the name a template or a partial (`{{>name}}`, `{{<name}}`) uses.
///
/// They are Swift string literals rather than `.mustache` files copied as SwiftPM resources: on Linux a resource is
/// found through `Bundle.module`, which looks beside the executable and in the build folder it was built in, and
/// stops the program (`fatalError`) when neither is there — so an `activa` binary copied to a server without its
/// `Activa_ActivaServer.resources` folder would crash at its first page (tried with Swift 6.3.1). As literals they
/// are compiled into the binary, which stays one self-contained file.
///
/// Each template's text is HTML with Mustache tags; Dutch and English texts stand side by side as
/// `{{#nl}}…{{/nl}}{{^nl}}…{{/nl}}` (resolved when the template is parsed, once per language: `HTML.libraries`;
/// the context's `nl` says the same for a template rendered without that step). Keep a standalone partial or block
/// tag at the start of its line: an indented one makes the engine indent every line it renders.
enum Templates {
    static let all: [(name: String, text: String)] = [
        ("layout", layout), ("amount", amount), ("not-found", notFound), ("error", error), ("login", login),
        ("home", home), ("kia-result", kiaResult), ("register", register), ("changes", changes), ("asset-form", assetForm),
        ("chart", chart), ("chart-kia", chartKIA), ("chart-book-values", chartBookValues),
    ]
}
