extension Templates {
    /// A register's page (`RegisterPage.render`): one year's activastaat with every amount explained on click, the
    /// charts, the assets. `selected` is the year shown (or false when the register has no assets yet).
    static let register = #"""
    {{<layout}}
    {{$body}}
    <h1>{{name}} <small>{{taxpayer}} · {{#nl}}versie{{/nl}}{{^nl}}version{{/nl}} {{version}}</small></h1>
    {{#opening}}<p class="lead" id="opening-note">{{.}}</p>{{/opening}}
    {{#message}}<p class="error" role="alert">{{.}}</p>{{/message}}
    {{#correction}}<form method="post" action="{{action}}" class="correction"><input type="hidden" name="version" value="{{version}}"><input type="hidden" name="correction" value="foutenleer"><button type="submit">{{#nl}}Toch verwijderen: het hoorde niet op de balans (foutenherstel in {{year}}){{/nl}}{{^nl}}Delete all the same: it did not belong on the balance sheet (foutenherstel in {{year}}){{/nl}}</button></form>{{/correction}}
    <p class="actions"><a href="/api/v1/registers/{{registerId}}/report?format=csv&amp;lang={{lang}}" download>{{#nl}}Exporteer CSV{{/nl}}{{^nl}}Export CSV{{/nl}}</a> · <a href="/api/v1/registers/{{registerId}}/export?format=yaml" download>{{#nl}}Registerbestand (YAML){{/nl}}{{^nl}}Register file (YAML){{/nl}}</a> · <a href="/api/v1/registers/{{registerId}}/export" download>JSON</a>{{#canWrite}} · <a href="/registers/{{registerId}}/assets/new">{{#nl}}Activum toevoegen{{/nl}}{{^nl}}Add asset{{/nl}}</a>{{/canWrite}}</p>
    {{#warnings}}<div class="warnings"><h2>{{#nl}}Let op{{/nl}}{{^nl}}Attention{{/nl}}</h2><ul>{{#items}}<li>{{.}}</li>{{/items}}</ul></div>{{/warnings}}
    {{^selected}}<p>{{#nl}}Dit register heeft nog geen activa.{{/nl}}{{^nl}}This register has no assets yet.{{/nl}}</p>{{/selected}}
    {{#selected}}
    <nav class="tabs">{{#tabs}}{{^first()}} {{/first()}}<a class="tab{{#active}} active{{/active}}" href="/registers/{{registerId}}?year={{year}}">{{year}}{{#closed}} ✓{{/closed}}</a>{{/tabs}}</nav>
    <h2>{{number}}{{#period}} <small>({{start}} – {{end}})</small>{{/period}}{{#provisional}} <small class="provisional">{{#nl}}voorlopig{{/nl}}{{^nl}}provisional{{/nl}}</small>{{/provisional}}</h2>
    {{#closed}}<p class="closed" id="closed-note">{{.}}</p>{{/closed}}
    {{#foutenherstel}}<div class="warnings" id="foutenherstel"><h3>{{#nl}}Foutenherstel{{/nl}}{{^nl}}Correction of an earlier error{{/nl}}</h3><p>{{total}}</p>{{#assets}}<ul>{{#items}}<li>{{.}}</li>{{/items}}</ul>{{/assets}}<p>{{#nl}}De beginwaarden in de activastaat hieronder zijn die na herstel.{{/nl}}{{^nl}}The opening values in the activastaat below are those after the correction.{{/nl}}</p></div>{{/foutenherstel}}
    {{#canWrite}}{{#closable}}<form method="post" action="/registers/{{registerId}}/close" class="inline" id="close-year"><input type="hidden" name="year" value="{{year}}"><input type="hidden" name="version" value="{{version}}"><button type="submit">{{#nl}}{{year}} afsluiten (aangifte gedaan){{/nl}}{{^nl}}Close {{year}} (aangifte filed){{/nl}}</button></form>{{/closable}}{{/canWrite}}
    {{#provisional}}<p class="provisional">{{#lines}}{{^first()}}<br>{{/first()}}{{.}}{{/lines}}</p>{{/provisional}}
    <table class="summary" id="summary">{{#summary}}<tr><th>{{label}}</th><td class="num">{{#amount}}{{>amount}}{{/amount}}</td></tr>{{/summary}}</table>
    {{#activastaat}}
    <h3>{{#nl}}Activastaat{{/nl}}{{^nl}}Fixed-asset schedule{{/nl}}</h3><table class="grid" id="activastaat"><thead><tr><th>{{#nl}}Activum{{/nl}}{{^nl}}Asset{{/nl}}</th><th>{{#nl}}Begin{{/nl}}{{^nl}}Opening{{/nl}}</th><th>{{#nl}}Investering{{/nl}}{{^nl}}Investment{{/nl}}</th><th>Willekeurig</th><th>{{#nl}}Normaal{{/nl}}{{^nl}}Normal{{/nl}}</th><th>{{#nl}}Desinvestering{{/nl}}{{^nl}}Disposal{{/nl}}</th><th>{{#nl}}Boekwinst{{/nl}}{{^nl}}Gain{{/nl}}</th><th>{{#nl}}Eind{{/nl}}{{^nl}}Closing{{/nl}}</th></tr></thead><tbody>
    {{#rows}}<tr><td>{{id}}</td><td class="num">{{opening}}</td><td class="num">{{investment}}</td><td class="num">{{#willekeurig}}{{>amount}}{{/willekeurig}}</td><td class="num">{{#normal}}{{>amount}}{{/normal}}</td><td class="num">{{disposal}}</td><td class="num">{{#gain}}{{>amount}}{{/gain}}</td><td class="num">{{closing}}</td></tr>{{/rows}}
    {{#total}}<tr class="total"><th>{{#nl}}Totaal{{/nl}}{{^nl}}Total{{/nl}}</th><td class="num">{{opening}}</td><td class="num">{{investments}}</td><td class="num">{{willekeurig}}</td><td class="num">{{normal}}</td><td class="num">{{disposals}}</td><td class="num">{{gain}}</td><td class="num">{{closing}}</td></tr>{{/total}}
    </tbody></table>
    {{/activastaat}}
    {{#aftrek}}
    <h3>{{#nl}}Investeringsaftrek{{/nl}}{{^nl}}Investment deduction{{/nl}}</h3><table class="grid" id="aftrek"><thead><tr><th>{{#nl}}Activum{{/nl}}{{^nl}}Asset{{/nl}}</th><th>{{#nl}}Investering{{/nl}}{{^nl}}Investment{{/nl}}</th><th>{{#nl}}Telt mee{{/nl}}{{^nl}}Counts{{/nl}}</th><th>KIA</th><th>EIA/MIA</th><th>Bijtelling</th></tr></thead><tbody>
    {{#rows}}<tr><td>{{id}}</td><td class="num">{{investment}}</td><td>{{counts}}</td><td class="num">{{#kia}}{{>amount}}{{/kia}}</td><td class="num">{{eiaMia}}</td><td class="num">{{#bijtelling}}{{>amount}}{{/bijtelling}}</td></tr>{{/rows}}
    </tbody></table>
    {{/aftrek}}
    {{#partners}}
    <h3>{{#nl}}Vennoten{{/nl}}{{^nl}}Partners{{/nl}}</h3><table class="grid"><thead><tr><th>{{#nl}}Vennoot{{/nl}}{{^nl}}Partner{{/nl}}</th><th>{{#nl}}Aandeel{{/nl}}{{^nl}}Share{{/nl}}</th><th>KIA</th><th>EIA/MIA</th><th>Bijtelling</th></tr></thead><tbody>
    {{#partnership}}<tr class="partnership"><td>{{#nl}}samenwerkingsverband{{/nl}}{{^nl}}partnership{{/nl}}</td><td class="num">100%</td><td class="num">{{kia}}</td><td class="num">{{eiaMia}}</td><td class="num">{{bijtelling}}</td></tr>{{/partnership}}
    {{#rows}}<tr><td>{{name}}</td><td class="num">{{share}}</td><td class="num">{{#kia}}{{>amount}}{{/kia}}</td><td class="num">{{eiaMia}}</td><td class="num">{{bijtelling}}</td></tr>{{/rows}}
    </tbody></table><p class="note">{{note}}</p>
    {{/partners}}
    <h3>{{#nl}}Boekwaarden{{/nl}}{{^nl}}Book values{{/nl}}</h3>{{#bookValues}}{{>chart-book-values}}{{/bookValues}}
    {{#kiaCurve}}<h3>{{#nl}}KIA-curve {{number}}{{/nl}}{{^nl}}KIA curve {{number}}{{/nl}}</h3>{{>chart-kia}}{{/kiaCurve}}
    <h3>{{#nl}}Activa{{/nl}}{{^nl}}Assets{{/nl}}</h3><table class="grid" id="assets"><thead><tr><th>Id</th><th>{{#nl}}Omschrijving{{/nl}}{{^nl}}Description{{/nl}}</th><th>{{#nl}}Investering{{/nl}}{{^nl}}Committed{{/nl}}</th><th>{{#nl}}In gebruik{{/nl}}{{^nl}}In use{{/nl}}</th><th>{{#nl}}Kosten{{/nl}}{{^nl}}Cost{{/nl}}</th><th></th></tr></thead><tbody>
    {{#assets}}<tr><td>{{id}}</td><td>{{description}}</td><td>{{committed}}</td><td>{{inUse}}</td><td class="num">{{cost}}</td><td>{{#canWrite}}<a href="/registers/{{registerId}}/assets/{{pathId}}/edit">{{#nl}}wijzigen{{/nl}}{{^nl}}edit{{/nl}}</a> <form method="post" action="/registers/{{registerId}}/assets/{{pathId}}/delete" class="inline"><input type="hidden" name="version" value="{{version}}"><button class="link" type="submit">{{#nl}}verwijderen{{/nl}}{{^nl}}delete{{/nl}}</button></form>{{/canWrite}}</td></tr>{{/assets}}
    </tbody></table>
    <details class="policies"><summary>{{#nl}}Keuzes waar de wet zwijgt{{/nl}}{{^nl}}Choices where the law is silent{{/nl}}</summary><ul>{{#policies}}<li><code>{{name}} = {{value}}</code> [{{status}}]: {{text}}</li>{{/policies}}</ul></details>
    {{/selected}}
    {{#history}}
    <h3 id="geschiedenis">{{#nl}}Geschiedenis{{/nl}}{{^nl}}History{{/nl}}</h3><div class="scroll"><table class="grid" id="history"><thead><tr><th>{{#nl}}Versie{{/nl}}{{^nl}}Version{{/nl}}</th><th>{{#nl}}Wanneer{{/nl}}{{^nl}}When (Dutch time){{/nl}}</th><th>{{#nl}}Wat{{/nl}}{{^nl}}What{{/nl}}</th><th>{{#nl}}Aantal activa{{/nl}}{{^nl}}Assets{{/nl}}</th><th></th></tr></thead><tbody>
    {{#rows}}<tr><td>{{version}}{{#isCurrent}} ({{#nl}}nu{{/nl}}{{^nl}}now{{/nl}}){{/isCurrent}}</td><td>{{at}}</td><td>{{what}}</td><td class="num">{{assets}}</td><td>{{#hasChanges}}<a href="/registers/{{registerId}}/versions/{{version}}">{{#nl}}wat is er veranderd{{/nl}}{{^nl}}what changed{{/nl}}</a> · {{/hasChanges}}<a href="/api/v1/registers/{{registerId}}/versions/{{version}}/report?format=csv&amp;lang={{lang}}" download>{{#nl}}rapport (CSV){{/nl}}{{^nl}}report (CSV){{/nl}}</a>{{^isCurrent}}{{#canWrite}} <form method="post" action="/registers/{{registerId}}/versions/{{version}}/restore" class="inline"><input type="hidden" name="version" value="{{current}}"><button class="link" type="submit">{{#nl}}zet deze versie terug{{/nl}}{{^nl}}restore this version{{/nl}}</button></form>{{/canWrite}}{{/isCurrent}}</td></tr>{{/rows}}
    </tbody></table></div>
    {{/history}}
    {{/body}}
    {{/layout}}
    """#

    /// What changed in one version of a register from the version before it (`History.changes`).
    static let changes = #"""
    {{<layout}}
    {{$body}}
    <h1>{{name}} <small>{{#nl}}versie {{from}} → {{to}}{{/nl}}{{^nl}}version {{from}} → {{to}}{{/nl}}</small></h1>
    <p><a href="/registers/{{registerId}}#geschiedenis">{{#nl}}Terug naar het register{{/nl}}{{^nl}}Back to the register{{/nl}}</a></p>
    <h2>{{#nl}}Wat er in het register is veranderd{{/nl}}{{^nl}}What changed in the register{{/nl}}</h2>
    {{#noLines}}<p>{{#nl}}Niets: de twee versies zijn gelijk.{{/nl}}{{^nl}}Nothing: the two versions are the same.{{/nl}}</p>{{/noLines}}
    <ul id="changes">{{#lines}}<li>{{.}}</li>{{/lines}}</ul>
    <h2>{{#nl}}Wat er in de cijfers is veranderd{{/nl}}{{^nl}}What changed in the figures{{/nl}}</h2>
    {{^figures}}<p>{{#nl}}Geen enkel bedrag is veranderd.{{/nl}}{{^nl}}No amount changed.{{/nl}}</p>{{/figures}}
    {{#figures}}<div class="scroll"><table class="grid" id="figures"><thead><tr><th>{{#nl}}Jaar{{/nl}}{{^nl}}Year{{/nl}}</th><th>{{#nl}}Post{{/nl}}{{^nl}}Item{{/nl}}</th><th>{{#nl}}Oud{{/nl}}{{^nl}}Old{{/nl}}</th><th>{{#nl}}Nieuw{{/nl}}{{^nl}}New{{/nl}}</th></tr></thead><tbody>
    {{#rows}}<tr><td>{{year}}</td><td>{{figure}}</td><td class="num">{{from}}</td><td class="num">{{to}}</td></tr>{{/rows}}
    </tbody></table></div>{{/figures}}
    {{#notComputed}}<p class="error">{{.}}</p>{{/notComputed}}
    {{/body}}
    {{/layout}}
    """#
}
