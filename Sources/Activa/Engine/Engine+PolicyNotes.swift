extension Engine {
    /// The named choices of a report: where the law is silent, or the register chose, each with its value and status
    /// (EngineOptions). Printed with every report.
    func policyNotes(_ register: Register) -> [PolicyNote] {
        var notes = [
            PolicyNote(name: "kiaAllocation", value: "proportional", status: .unconfirmed,
                       text: LocalizedText(nl: "de KIA van een jaar wordt naar investeringsbedrag over de activa verdeeld (voor het betalingscriterium en de bijtelling)",
                                           en: "a year's KIA is split over the assets by investment amount (for the payment rule and the bijtelling)")),
            PolicyNote(name: "undoneInvestment", value: options.undoneInvestment.rawValue,
                       status: options.undoneInvestment == .aftrekTaken ? .official : .unconfirmed,
                       text: options.undoneInvestment == .aftrekTaken
                           ? LocalizedText(nl: "een ongedaan gemaakte investering: bijtelling nooit hoger dan de genoten aftrek (art. 3.47 lid 2; Belastingdienst); uitgestelde aftrek vervalt; datum = laatste dag van de gemiste termijn",
                                           en: "an undone investment: bijtelling never more than the aftrek taken (art. 3.47(2); Belastingdienst); deferred aftrek lapses; date = last day of the missed term")
                           : LocalizedText(nl: "een ongedaan gemaakte investering: bijtelling over het hele investeringsbedrag (letterlijke lezing van art. 3.47 lid 5), ook als aftrek nog was uitgesteld; uitgestelde aftrek vervalt; datum = laatste dag van de gemiste termijn",
                                           en: "an undone investment: bijtelling on the whole investment amount (literal reading of art. 3.47(5)), even if aftrek was still deferred; deferred aftrek lapses; date = last day of the missed term")),
            PolicyNote(name: "desinvesteringThreshold", value: "disposalYear", status: .unconfirmed,
                       text: LocalizedText(nl: "de drempel van de desinvesteringsbijtelling is die van het jaar van vervreemding; het percentage dat van het investeringsjaar",
                                           en: "the desinvesteringsbijtelling threshold is the disposal year's; the percentage the investment year's")),
            PolicyNote(name: "thresholdDisposals", value: options.thresholdDisposals.rawValue, status: .unconfirmed,
                       text: options.thresholdDisposals == .withAftrekInWindow
                           ? LocalizedText(nl: "voor de drempel tellen alleen de vervreemdingen binnen vijf jaar van bedrijfsmiddelen waarvoor aftrek is genoten (zoals de Belastingdienst het artikel leest)",
                                           en: "only disposals within five years of assets on which aftrek was taken count toward the threshold (as the Belastingdienst reads the article)")
                           : LocalizedText(nl: "voor de drempel tellen alle verkopen en onttrekkingen van het jaar",
                                           en: "every sale and withdrawal of the year counts toward the threshold")),
            PolicyNote(name: "futureYears", value: options.futureYears.rawValue, status: .unconfirmed,
                       text: options.futureYears == .provisional
                           ? LocalizedText(nl: "een jaar waarvan de cijfers nog niet bekend zijn (KIA-tabel, drempel, EIA, MIA): die van het laatst bekende jaar, gemarkeerd als VOORLOPIG",
                                           en: "a year whose figures are not known yet (KIA table, threshold, EIA, MIA): those of the latest known year, marked PROVISIONAL")
                           : LocalizedText(nl: "een jaar waarvan de cijfers nog niet bekend zijn is een fout",
                                           en: "a year whose figures are not known yet is an error")),
            PolicyNote(name: "division", value: "4 decimals", status: .derived,
                       text: LocalizedText(nl: "delingen (KIA ÷ investeringen, aandelen van vennoten) op 4 decimalen: aftrek naar boven, bijtelling naar beneden",
                                           en: "divisions (KIA ÷ investments, partner shares) to 4 decimals: deductions up, additions down")),
        ]
        notes.append(PolicyNote(name: "proration", value: options.proration.rawValue, status: .unconfirmed,
                                text: options.proration == .monthly
                                    ? LocalizedText(nl: "afschrijving per hele maand: de maand van ingebruikname telt volledig, de maand van vervreemding niet",
                                                    en: "depreciation by whole months: the month of ingebruikname counts in full, the month of disposal does not")
                                    : LocalizedText(nl: "afschrijving per dag", en: "depreciation by the day")))
        notes.append(PolicyNote(name: "depreciationRounding", value: "cents, last year takes the rest", status: .derived,
                                text: LocalizedText(nl: "afschrijving per jaar in centen (half naar boven); het laatste jaar neemt de rest, zodat de som precies kosten − restwaarde is",
                                                    en: "depreciation per year in cents (half up); the last year takes the rest, so the total is exactly cost − residual")))
        notes.append(PolicyNote(name: "remainderAfterWillekeurig", value: "fullLife", status: .official,
                                text: LocalizedText(nl: "de rest na willekeurige afschrijving over de volle levensduur vanaf ingebruikname (voorbeelden Belastingdienst 2013)",
                                                    en: "the remainder after willekeurige afschrijving over the full life from ingebruikname (Belastingdienst 2013 examples)")))
        notes.append(PolicyNote(name: "buildingTransition", value: options.buildingTransition.rawValue, status: .unconfirmed,
                                text: LocalizedText(nl: "bodemwaarde: na een verhoging (2007, Vpb 2019, IB 2024) drie hele boekjaren na het jaar van ingebruikname de oude regel",
                                                    en: "bodemwaarde: after a rise (2007, Vpb 2019, IB 2024) the old rule for three whole boekjaren after the year of ingebruikname")))
        notes.append(PolicyNote(name: "terugnameYear", value: "lastYearOfTerm", status: .unconfirmed,
                                text: LocalizedText(nl: "terugname van willekeurige afschrijving in het laatste jaar van de termijn (bijv. 2015 voor de regeling 2013)",
                                                    en: "terugname of willekeurige afschrijving in the last year of the term (e.g. 2015 for the 2013 scheme)")))
        if register.assets.contains(where: { $0.eia || $0.mia != nil }) {
            notes.append(PolicyNote(name: "paymentRuleForms", value: "proportional", status: .unconfirmed,
                                    text: LocalizedText(nl: "het betalingscriterium toetst de hele investeringsaftrek (KIA + EIA + MIA) aan de betalingen; wat vrijkomt wordt naar rato verdeeld",
                                                        en: "the payment rule compares the whole investeringsaftrek (KIA + EIA + MIA) with the payments; what is released is split pro rata")))
            notes.append(PolicyNote(name: "mia2010", value: options.mia2010.rawValue, status: .unconfirmed,
                                    text: LocalizedText(nl: "MIA 2010: \(options.mia2010 == .lawText ? "60/50/35% (wettekst)" : "40/30/15% (basis)")",
                                                        en: "MIA 2010: \(options.mia2010 == .lawText ? "60/50/35% (law text)" : "40/30/15% (base)")")))
        }
        if register.assets.contains(where: { $0.hir != nil }) {
            notes.append(PolicyNote(name: "hirInvestment", value: options.hirInvestment.rawValue,
                                    status: .official,
                                    text: options.hirInvestment == .netOfReserve
                                        ? LocalizedText(nl: "investeringsaftrek over de aanschafprijs min de daarop afgeboekte herinvesteringsreserve (HR 24 december 1975, BNB 1976/50)",
                                                        en: "investeringsaftrek on the cost less the herinvesteringsreserve written off it (HR 24 December 1975, BNB 1976/50)")
                                        : LocalizedText(nl: "investeringsaftrek over de volle aanschafprijs, op verzoek volgens het Besluit investeringsaftrek (goedkeuring; de bijtelling volgt dezelfde keuze)",
                                                        en: "investeringsaftrek on the full cost, on request under the Besluit investeringsaftrek (approval; the bijtelling follows the same choice)")))
        }
        if !register.entity.calendar.isCalendarYears {
            notes.append(PolicyNote(name: "gebrokenBoekjaarKIA", value: "weighted", status: .unconfirmed,
                                    text: LocalizedText(nl: "KIA over een boekjaar in twee kalenderjaren: de tabel van elk kalenderjaar op het hele boekjaartotaal, gewogen naar de investeringen in dat deel",
                                                        en: "KIA over a boekjaar in two calendar years: each calendar year's table on the whole total, weighted by the investments in that part")))
            notes.append(PolicyNote(name: "boekjaarThreshold", value: "calendarYearOfEnd", status: .unconfirmed,
                                    text: LocalizedText(nl: "de drempel van de desinvesteringsbijtelling is die van het kalenderjaar waarin het boekjaar eindigt; de termijn van vijf jaar telt in kalenderjaren",
                                                        en: "the desinvesteringsbijtelling threshold is that of the calendar year in which the boekjaar ends; the five-year window counts calendar years")))
            notes.append(PolicyNote(name: "capOpJaarbasis", value: "months/12", status: .unconfirmed,
                                    text: LocalizedText(nl: "afschrijving en het maximum van 20% in een boekjaar van meer of minder dan twaalf maanden naar rato (maanden/12)",
                                                        en: "depreciation and the 20% cap in a boekjaar of more or fewer than twelve months pro rata (months/12)")))
        }
        if !register.entity.partners.isEmpty {
            notes.append(PolicyNote(name: "partnershipPaymentRule", value: "byShare", status: .unconfirmed,
                                    text: LocalizedText(nl: "het betalingscriterium van een vennoot toetst aan zijn aandeel in de betalingen",
                                                        en: "a partner's payment rule compares with his share of the payments")))
        }
        if register.assets.contains(where: { $0.improves != nil }) {
            notes.append(PolicyNote(name: "improvementDepreciation", value: "restOfLife", status: .derived,
                                    text: LocalizedText(nl: "een verbetering (of de voortbrengingskosten van een later boekjaar) wordt afgeschreven met het bedrijfsmiddel: lineair over de rest van zijn levensduur, binnen één maximum van 20% voor beide",
                                                        en: "an improvement (or a later boekjaar's productionCosts) is depreciated with the asset: straight line over the rest of its life, within one 20% cap for both")))
            notes.append(PolicyNote(name: "improvementPrice", value: "proportionalToCost", status: .unconfirmed,
                                    text: LocalizedText(nl: "bij verkoop, onttrekking of ander gebruik van een bedrijfsmiddel met verbeteringen wordt de prijs naar verhouding van de kosten over de delen verdeeld (voor de bijtelling en de herinvesteringsreserve); geef een verbetering een eigen vervreemding om het anders te verdelen",
                                                        en: "at a sale, withdrawal or change of use of an asset with improvements the price is shared over the pieces by cost (for the bijtelling and the herinvesteringsreserve); give an improvement its own disposal to share it otherwise")))
        }
        if register.assets.contains(where: { !$0.productionCosts.isEmpty }) {
            notes.append(PolicyNote(name: "productionCostsPaid", value: "whenMade", status: .derived,
                                    text: LocalizedText(nl: "voortbrengingskosten: investering op de dag dat de kosten worden gemaakt (art. 3.43 lid 1), en gemaakte kosten tellen als betaald voor het betalingscriterium en de 25%-toets",
                                                        en: "productionCosts: invested on the day the costs are made (art. 3.43(1)), and costs made count as paid for the payment rule and the 25% test")))
        }
        notes += depreciationPolicyNotes(register)
        notes += openingPolicyNotes(register)
        return notes
    }
}
