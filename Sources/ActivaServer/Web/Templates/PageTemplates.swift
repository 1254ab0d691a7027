extension Templates {
    /// The frame of every page; a page fills the block `body` (`{{<layout}}{{$body}}…{{/body}}{{/layout}}`).
    /// Its values: `lang`, `nl`, `title`, `switchHref` (this page in the other language), set by `HTML.page`.
    static let layout = #"""
    <!doctype html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} – Activa</title>
    <link rel="stylesheet" href="/activa.css">
    </head>
    <body>
    <header><a class="brand" href="/">Activa</a>
    <nav><a href="/">{{#nl}}KIA-rekenhulp{{/nl}}{{^nl}}KIA calculator{{/nl}}</a> · <a href="/#registers">Registers</a> ·
    <a href="/openapi.yaml">API</a> · <a id="lang-switch" href="{{switchHref}}">{{#nl}}English{{/nl}}{{^nl}}Nederlands{{/nl}}</a>{{#loggedIn}} · {{#user}}<span id="logged-in">{{#nl}}ingelogd als{{/nl}}{{^nl}}logged in as{{/nl}} {{.}}</span> {{/user}}<form method="post" action="/logout" class="inline" id="logout"><button class="link" type="submit">{{#nl}}Uitloggen{{/nl}}{{^nl}}Log out{{/nl}}</button></form>{{/loggedIn}}</nav></header>
    {{#singleUser}}<p class="mode" id="single-user">{{#nl}}Eenpersoonsmodus: zonder wachtwoord, alleen bedoeld voor gebruik op deze computer. Voor een kantoor: start met ACTIVA_TOKEN.{{/nl}}{{^nl}}Single-user mode: no password, meant for use on this computer only. For an office: start with ACTIVA_TOKEN.{{/nl}}</p>{{/singleUser}}
    <main>
    {{$body}}{{/body}}
    </main>
    <footer>{{#nl}}Bedragen exact; elk bedrag is aan te klikken voor de berekening en het wetsartikel.{{/nl}}{{^nl}}Amounts are exact; click any amount for its computation and article.{{/nl}}</footer>
    <script src="/activa.js"></script>
    </body>
    </html>
    """#

    /// One amount (`HTML.amount` or `HTML.explained`): plain text, a span, or a `<details>` that opens its
    /// explanation (the steps, then the sources) on click.
    static let amount = #"""
    {{#plain}}{{text}}{{/plain}}{{#span}}<span class="amount">{{text}}</span>{{/span}}{{#details}}<details class="explain"><summary class="amount">{{text}}</summary><ul>{{#steps}}<li>{{.}}</li>{{/steps}}{{#sources}}<li class="source">{{.}}</li>{{/sources}}</ul></details>{{/details}}
    """#

    static let notFound = #"""
    {{<layout}}
    {{$body}}
    <h1>{{#nl}}Niet gevonden{{/nl}}{{^nl}}Not found{{/nl}}</h1>
    {{/body}}
    {{/layout}}
    """#

    /// A request that could not be done: `messages`.
    static let error = #"""
    {{<layout}}
    {{$body}}
    <h1>{{#nl}}Dat ging niet{{/nl}}{{^nl}}That did not work{{/nl}}</h1><div class="error" role="alert"><ul>{{#messages}}<li>{{.}}</li>{{/messages}}</ul></div><p><a href="/">{{#nl}}Terug{{/nl}}{{^nl}}Back{{/nl}}</a></p>
    {{/body}}
    {{/layout}}
    """#

    /// The login form; `error` is a message or false.
    static let login = #"""
    {{<layout}}
    {{$body}}
    <h1>{{#nl}}Inloggen{{/nl}}{{^nl}}Log in{{/nl}}</h1>
    {{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}
    {{#users}}<form method="post" action="/login"><label>{{#nl}}Gebruikersnaam{{/nl}}{{^nl}}User name{{/nl}} <input name="name" required autocomplete="username"></label>
    <label>{{#nl}}Wachtwoord{{/nl}}{{^nl}}Password{{/nl}} <input type="password" name="password" required autocomplete="current-password"></label>
    <button type="submit">{{#nl}}Inloggen{{/nl}}{{^nl}}Log in{{/nl}}</button></form>{{/users}}
    {{^users}}<form method="post" action="/login"><label>Token <input type="password" name="token" required autocomplete="current-password"></label>
    <button type="submit">{{#nl}}Inloggen{{/nl}}{{^nl}}Log in{{/nl}}</button></form>{{/users}}
    {{/body}}
    {{/layout}}
    """#
}
