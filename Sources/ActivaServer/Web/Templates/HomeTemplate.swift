extension Templates {
    /// The front page (`HomePage.render`): the KIA calculator and the list of registers.
    static let home = #"""
    {{<layout}}
    {{$body}}
    <section id="calculator">
    <h1>{{#nl}}KIA-rekenhulp{{/nl}}{{^nl}}KIA calculator{{/nl}}</h1>
    <p class="lead">{{#nl}}Vul de investeringsbedragen van een jaar in (excl. btw), elk een eigen bedrijfsmiddel. Vanaf € 450 telt een bedrijfsmiddel mee.{{/nl}}{{^nl}}Enter a year's investment amounts (excl. VAT), each its own business asset. From €450 an asset counts.{{/nl}}</p>
    <form method="get" action="/" id="kia-form">
    <label>{{#nl}}Jaar{{/nl}}{{^nl}}Year{{/nl}} <select name="year" id="kia-year">{{#years}}<option value="{{year}}"{{#selected}} selected{{/selected}}>{{year}}</option>{{/years}}</select></label>
    <label>{{#nl}}Bedragen{{/nl}}{{^nl}}Amounts{{/nl}} <input name="amounts" id="kia-amounts" value="{{amounts}}" placeholder="445 455 3000" autocomplete="off"></label>
    <input type="hidden" name="lang" value="{{lang}}">
    <button type="submit">{{#nl}}Bereken{{/nl}}{{^nl}}Compute{{/nl}}</button>
    </form>
    <div id="kia-result" aria-live="polite">{{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}{{#result}}{{>kia-result}}{{/result}}</div>
    </section>
    <section id="registers">
    <h2>Registers</h2>
    {{#login}}<p><a href="/login">{{#nl}}Inloggen om te wijzigen{{/nl}}{{^nl}}Log in to make changes{{/nl}}</a></p>{{/login}}
    <table class="list"><thead><tr><th>{{#nl}}Onderneming{{/nl}}{{^nl}}Business{{/nl}}</th><th>{{#nl}}Belasting{{/nl}}{{^nl}}Tax{{/nl}}</th><th>{{#nl}}Activa{{/nl}}{{^nl}}Assets{{/nl}}</th><th>{{#nl}}Gewijzigd{{/nl}}{{^nl}}Changed{{/nl}}</th></tr></thead>
    <tbody>{{#registers}}<tr><td><a href="/registers/{{id}}">{{name}}</a></td><td>{{taxpayer}}</td><td class="num">{{assetCount}}</td><td>{{updated}}</td></tr>{{/registers}}{{^registers}}<tr><td colspan="4">{{#nl}}Nog geen registers.{{/nl}}{{^nl}}No registers yet.{{/nl}}</td></tr>{{/registers}}</tbody></table>
    <form method="post" action="/registers" class="inline" id="new-register">
    <label>{{#nl}}Nieuwe onderneming{{/nl}}{{^nl}}New business{{/nl}} <input name="name" required placeholder="{{#nl}}Naam{{/nl}}{{^nl}}Name{{/nl}}"></label>
    <label><select name="taxpayer"><option value="ib">IB</option><option value="vpb">Vpb</option></select></label>
    {{#administrations}}<label>{{#nl}}Administratie{{/nl}}{{^nl}}Administration{{/nl}} <select name="administration">{{#items}}<option value="{{id}}">{{name}}</option>{{/items}}</select></label>{{/administrations}}
    <label>{{#nl}}Activastaat overgenomen per 1 januari van (leeg: nieuwe onderneming){{/nl}}{{^nl}}Activastaat taken over as at 1 January of (empty: a new business){{/nl}} <input name="openingYear" type="number" min="2001" max="2200" inputmode="numeric"></label>
    <button type="submit">{{#nl}}Aanmaken{{/nl}}{{^nl}}Create{{/nl}}</button>
    </form>
    <details id="take-over"><summary>{{#nl}}Activastaat overnemen (CSV uit Excel){{/nl}}{{^nl}}Take over an activastaat (CSV from Excel){{/nl}}</summary>
    <p>{{#nl}}Een activastaat van de vorige administratie: één regel per bedrijfsmiddel met omschrijving, aanschafdatum, aanschafprijs, restwaarde, levensduur en boekwaarde (begin van het beginjaar, of einde van het jaar ervoor). Activa rekent vanaf het beginjaar verder en rekent de jaren ervoor niet opnieuw uit.{{/nl}}{{^nl}}An activastaat from the previous administration: one row per asset with description, purchase date, cost, residual value, life and book value (at the start of the opening year, or the end of the year before). Activa computes from the opening year on and does not recompute the years before.{{/nl}}</p>
    <form method="post" action="/registers/import-activastaat" id="take-over-form">
    <label>{{#nl}}Onderneming{{/nl}}{{^nl}}Business{{/nl}} <input name="name" required></label>
    <label><select name="taxpayer"><option value="ib">IB</option><option value="vpb">Vpb</option></select></label>
    {{#administrations}}<label>{{#nl}}Administratie{{/nl}}{{^nl}}Administration{{/nl}} <select name="administration">{{#items}}<option value="{{id}}">{{name}}</option>{{/items}}</select></label>{{/administrations}}
    <label>{{#nl}}Beginjaar{{/nl}}{{^nl}}Opening year{{/nl}} <input name="year" type="number" min="2001" max="2200" required value="{{openingYear}}"></label>
    <label>{{#nl}}Bestand (CSV){{/nl}}{{^nl}}File (CSV){{/nl}} <input type="file" id="sheet-file" accept=".csv,text/csv"></label>
    <label>{{#nl}}Of plak de inhoud{{/nl}}{{^nl}}Or paste the contents{{/nl}} <textarea name="csv" id="sheet-text" rows="6" cols="80" required placeholder="Omschrijving;Aanschafdatum;Aanschafprijs;Restwaarde;Levensduur;Boekwaarde begin"></textarea></label>
    <label>{{#nl}}Kolommen met een andere kop (één per regel: Kop=veld){{/nl}}{{^nl}}Columns with another header (one per line: Header=field){{/nl}} <textarea name="columns" rows="2" cols="40" placeholder="Oorspr. prijs=cost"></textarea></label>
    <button type="submit">{{#nl}}Overnemen{{/nl}}{{^nl}}Take over{{/nl}}</button>
    </form></details>
    <details><summary>{{#nl}}Register importeren (YAML of JSON){{/nl}}{{^nl}}Import a register (YAML or JSON){{/nl}}</summary>
    <form method="post" action="/registers/import"><textarea name="document" rows="10" cols="80" placeholder="assets:&#10;  - {id: oven, committed: 2024-03-01, cost: &quot;12500&quot;, life: 10}"></textarea>
    <button type="submit">{{#nl}}Importeren{{/nl}}{{^nl}}Import{{/nl}}</button></form></details>
    </section>
    {{/body}}
    {{/layout}}
    """#

    /// The calculator's answer (`HomePage.resultBlock`): the KIA, what counts, the seed's insight, the steps and
    /// sources, and the curve of the year (`curve`: a `chart-kia` context or false).
    static let kiaResult = #"""
    <div class="result">
    <p class="big">KIA {{year}}: <strong id="kia-amount">{{kia}}</strong></p>
    <p>{{#nl}}Investeringen die meetellen{{/nl}}{{^nl}}Investments that count{{/nl}}: {{investments}}</p>
    {{#insights}}<p class="insight">{{.}}</p>{{/insights}}
    <ul class="items">{{#items}}<li>{{.}}</li>{{/items}}{{^items}}<li>{{#nl}}geen bedragen{{/nl}}{{^nl}}no amounts{{/nl}}</li>{{/items}}</ul>
    <ul class="steps">{{#steps}}<li>{{.}}</li>{{/steps}}{{#sources}}<li class="source">{{.}}</li>{{/sources}}</ul>
    {{#curve}}{{>chart-kia}}{{/curve}}
    </div>
    """#
}
