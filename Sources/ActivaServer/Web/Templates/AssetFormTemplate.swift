extension Templates {
    /// The form to add or change one asset (`AssetForm.render`): `values` holds each field's text as typed or
    /// stored, `checked` each checkbox, `errors` the problems (or false).
    static let assetForm = #"""
    {{<layout}}
    {{$body}}
    <h1>{{#isNew}}{{#nl}}Activum toevoegen{{/nl}}{{^nl}}Add asset{{/nl}}{{/isNew}}{{^isNew}}{{#nl}}Activum wijzigen{{/nl}}{{^nl}}Change asset{{/nl}}{{/isNew}}</h1>
    {{#errors}}<div class="error" role="alert"><ul>{{#items}}<li>{{.}}</li>{{/items}}</ul></div>{{/errors}}
    <form method="post" action="/registers/{{registerId}}/assets" class="asset-form" id="asset-form">
    <input type="hidden" name="version" value="{{version}}">
    <input type="hidden" name="original" value="{{original}}">
    {{#correction}}<p class="correction"><label><input type="checkbox" name="correction" value="foutenleer"> {{#nl}}Deze wijziging herstelt een fout. Laat de afgesloten jaren staan zoals ze zijn aangegeven en neem het verschil in de boekwaarden in één keer op in de winst van {{year}} (foutenherstel).{{/nl}}{{^nl}}This change corrects an error. Leave the closed years as filed and take the difference in the book values into the profit of {{year}} at once (foutenherstel).{{/nl}}</label></p>{{/correction}}
    <fieldset><legend>{{#nl}}Bedrijfsmiddel{{/nl}}{{^nl}}Asset{{/nl}}</legend>
    <label>Id <input name="id" required value="{{values.id}}"></label>
    <label>{{#nl}}Omschrijving{{/nl}}{{^nl}}Description{{/nl}} <input name="description" value="{{values.description}}"></label>
    <label>{{#nl}}Soort{{/nl}}{{^nl}}Kind{{/nl}} <select name="kind">{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/kinds}}</select></label>
    <label>{{#nl}}Investeringsdatum{{/nl}}{{^nl}}Commitment date{{/nl}} <input type="date" name="committed" value="{{values.committed}}"></label>
    <label>{{#nl}}In gebruik{{/nl}}{{^nl}}In use{{/nl}} <input type="date" name="inUse" value="{{values.inUse}}"></label>
    <label>{{#nl}}Aanschafkosten (excl. btw){{/nl}}{{^nl}}Cost (excl. VAT){{/nl}} <input name="cost" inputmode="decimal" value="{{values.cost}}"></label>
    <label>{{#nl}}Restwaarde{{/nl}}{{^nl}}Residual value{{/nl}} <input name="residual" inputmode="decimal" value="{{values.residual}}"></label>
    <label>{{#nl}}Levensduur (jaren){{/nl}}{{^nl}}Life (years){{/nl}} <input name="life" inputmode="numeric" value="{{values.life}}"></label>
    <label>{{#nl}}Onderdeel van (part){{/nl}}{{^nl}}Part of (part){{/nl}} <input name="part" value="{{values.part}}"></label>
    <label>{{#nl}}Grond onder gebouw (id, alleen bij grond){{/nl}}{{^nl}}Land under building (id, land only){{/nl}} <input name="building" value="{{values.building}}"></label>
    <label>{{#nl}}Verbetering van (id van het bedrijfsmiddel; afgeschreven over de rest van zijn levensduur){{/nl}}{{^nl}}Improvement of (id of the asset; depreciated over the rest of its life){{/nl}} <input name="improves" value="{{values.improves}}"></label>
    </fieldset>
    {{#opening}}<fieldset id="opening"><legend>{{#nl}}Overgenomen cijfers (activastaat vorige administratie; alleen bij een aanschaf vóór {{year}}){{/nl}}{{^nl}}Figures taken over (previous administration's activastaat; only for a purchase before {{year}}){{/nl}}</legend>
    <label>{{#nl}}Boekwaarde 1-1-{{year}}{{/nl}}{{^nl}}Book value 1-1-{{year}}{{/nl}} <input name="openingBookValue" inputmode="decimal" value="{{bookValue}}"></label>
    <label>{{#nl}}KIA ontvangen in het jaar van aanschaf (bedrag, of percentage zoals 28%){{/nl}}{{^nl}}KIA received in the year of purchase (amount, or a percentage such as 28%){{/nl}} <input name="openingKia" value="{{kia}}"></label>
    <label>{{#nl}}KIA nog uitgesteld (betalingscriterium; alleen als nog niet in gebruik){{/nl}}{{^nl}}KIA still deferred (payment rule; only if not yet in use){{/nl}} <input name="openingKiaDeferred" inputmode="decimal" value="{{kiaDeferred}}"></label>
    <label>{{#nl}}Willekeurige afschrijving al genomen{{/nl}}{{^nl}}Willekeurige afschrijving already taken{{/nl}} <input name="openingWillekeurig" inputmode="decimal" value="{{willekeurigTaken}}"></label>
    <label>{{#nl}}Boekwaarde 1-1-{{year}} zonder willekeurige afschrijving (nodig als die al is genomen){{/nl}}{{^nl}}Book value 1-1-{{year}} without willekeurige afschrijving (needed if it was taken){{/nl}} <input name="openingWithoutWillekeurig" inputmode="decimal" value="{{withoutWillekeurig}}"></label>
    <label>{{#nl}}EIA ontvangen{{/nl}}{{^nl}}EIA received{{/nl}} <input name="openingEia" inputmode="decimal" value="{{eia}}"></label>
    <label>{{#nl}}MIA ontvangen{{/nl}}{{^nl}}MIA received{{/nl}} <input name="openingMia" inputmode="decimal" value="{{mia}}"></label>
    <label>{{#nl}}Boekwaarde begin 2007 (alleen bij een aanschaf vóór 2007){{/nl}}{{^nl}}Book value at the start of 2007 (only for a purchase before 2007){{/nl}} <input name="openingBookValue2007" inputmode="decimal" value="{{bookValue2007}}"></label>
    </fieldset>{{/opening}}
    <fieldset><legend>{{#nl}}Zelf gemaakt: voortbrengingskosten (één per regel: datum bedrag omschrijving; dan zijn investeringsdatum en kosten niet nodig){{/nl}}{{^nl}}Self-made: production costs (one per line: date amount description; then commitment date and cost are not needed){{/nl}}</legend>
    <textarea name="productionCosts" rows="2" placeholder="2025-02-01 4.000 materiaal">{{values.productionCosts}}</textarea>
    </fieldset>
    <fieldset><legend>{{#nl}}Betalingen (één per regel: datum bedrag){{/nl}}{{^nl}}Payments (one per line: date amount){{/nl}}</legend>
    <textarea name="payments" rows="3" placeholder="2024-03-01 5.000">{{values.payments}}</textarea>
    </fieldset>
    <fieldset><legend>{{#nl}}Subsidies, kortingen en teruggaven (één per regel: datum bedrag omschrijving){{/nl}}{{^nl}}Subsidies, discounts and refunds (one per line: date amount description){{/nl}}</legend>
    <textarea name="reductions" rows="2" placeholder="2025-05-01 2.000 subsidie">{{values.reductions}}</textarea>
    </fieldset>
    <fieldset><legend>{{#nl}}Andere bestemming (één per regel: datum verhuurd of buitenland, en de waarde dan){{/nl}}{{^nl}}Change of use (one per line: date rentedOut or abroad, and the value then){{/nl}}</legend>
    <textarea name="changesOfUse" rows="2" placeholder="{{#nl}}2026-03-01 verhuurd 6.000{{/nl}}{{^nl}}2026-03-01 rentedOut 6.000{{/nl}}">{{values.changesOfUse}}</textarea>
    </fieldset>
    <fieldset><legend>{{#nl}}Aftrek en afschrijving{{/nl}}{{^nl}}Deductions and depreciation{{/nl}}</legend>
    <label><input type="checkbox" name="eia"{{#checked.eia}} checked{{/checked.eia}}> EIA</label>
    <label>MIA <select name="mia">{{#miaOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/miaOptions}}</select></label>
    <label><input type="checkbox" name="vamil"{{#checked.vamil}} checked{{/checked.vamil}}> Vamil</label>
    <label>{{#nl}}Gemeld bij RVO{{/nl}}{{^nl}}Notified to RVO{{/nl}} <input type="date" name="notified" value="{{values.notified}}"></label>
    <label>Willekeurige afschrijving <select name="willekeurig"><option value="none"{{#willekeurigNone}} selected{{/willekeurigNone}}>{{#nl}}geen{{/nl}}{{^nl}}none{{/nl}}</option><option value="max"{{#willekeurigMax}} selected{{/willekeurigMax}}>max</option></select></label>
    <label><input type="checkbox" name="rentedOut"{{#checked.rentedOut}} checked{{/checked.rentedOut}}> {{#nl}}Verhuurd aan derden{{/nl}}{{^nl}}Rented out{{/nl}}</label>
    <label><input type="checkbox" name="relatedParty"{{#checked.relatedParty}} checked{{/checked.relatedParty}}> {{#nl}}Gekocht van verbonden partij{{/nl}}{{^nl}}Bought from a related party{{/nl}}</label>
    <label><input type="checkbox" name="relatedPartyOntheffing"{{#checked.relatedPartyOntheffing}} checked{{/checked.relatedPartyOntheffing}}> {{#nl}}met ontheffing van de inspecteur (telt dan toch mee){{/nl}}{{^nl}}with an ontheffing (then it counts){{/nl}}</label>
    </fieldset>
    <fieldset><legend>Herinvesteringsreserve {{#nl}}afboeken{{/nl}}{{^nl}}written off{{/nl}}</legend>
    <label>{{#nl}}Uit (id van het vervreemde bedrijfsmiddel){{/nl}}{{^nl}}From (id of the disposed asset){{/nl}} <input name="hirFrom" value="{{values.hirFrom}}"></label>
    <label>{{#nl}}Bedrag (leeg = zoveel als mag){{/nl}}{{^nl}}Amount (empty = as much as allowed){{/nl}} <input name="hirAmount" inputmode="decimal" value="{{values.hirAmount}}"></label>
    <label><input type="checkbox" name="hirSameFunction"{{#checked.hirSameFunction}} checked{{/checked.hirSameFunction}}> {{#nl}}Eenzelfde economische functie (art. 3.54 lid 4){{/nl}}{{^nl}}Same economic function (art. 3.54(4)){{/nl}}</label>
    </fieldset>
    <fieldset><legend>{{#nl}}Vervreemding{{/nl}}{{^nl}}Disposal{{/nl}}</legend>
    <label>{{#nl}}Datum{{/nl}}{{^nl}}Date{{/nl}} <input type="date" name="disposalDate" value="{{values.disposalDate}}"></label>
    <label>{{#nl}}Prijs of waarde{{/nl}}{{^nl}}Price or value{{/nl}} <input name="disposalPrice" inputmode="decimal" value="{{values.disposalPrice}}"></label>
    <label><input type="checkbox" name="withdrawal"{{#checked.withdrawal}} checked{{/checked.withdrawal}}> {{#nl}}Onttrekking (privé){{/nl}}{{^nl}}Withdrawal (private){{/nl}}</label>
    </fieldset>
    <button type="submit">{{#nl}}Opslaan{{/nl}}{{^nl}}Save{{/nl}}</button> <a href="/registers/{{registerId}}">{{#nl}}Annuleren{{/nl}}{{^nl}}Cancel{{/nl}}</a>
    </form>
    {{/body}}
    {{/layout}}
    """#
}
