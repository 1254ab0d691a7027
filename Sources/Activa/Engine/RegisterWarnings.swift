/// What a register leaves out that changes the figures without an error: no silent zero (issue 14).
///
/// The engine reads an asset without `life` or without `inUse` as the law then has it: no useful life given means
/// nothing to depreciate over, and no ingebruikname means no normal depreciation yet (art. 3.30) and the
/// investeringsaftrek only as far as paid (art. 3.44). Both are legitimate (land, an asset not yet delivered), but a
/// forgotten field looks the same, so each gets a warning naming the asset, what is missing and what the engine did.
extension Engine {
    /// One loop over the assets, reading single fields in place; a text is made only for an asset that has a warning.
    /// `eligibility` and `undoings` are the report's own (by asset index).
    func registerWarnings(_ assets: [Asset], eligibility: [KIAEligibility], undoings: [Undoing?],
                          calendar: FiscalCalendar) -> [ReportWarning] {
        var warnings: [ReportWarning] = []
        let smallItemBelow = law.depreciation.smallItemBelow.value
        for index in assets.indices where assets[index].life == nil || assets[index].inUse == nil {
            // As `depreciationSchedule` decides: land and securities are never depreciated; an item of less than
            // € 450 (its business asset, over its `part`) is expensed at once unless willekeurig is chosen or
            // `expensed` says otherwise; every other asset is depreciated over its life from ingebruikname.
            let kind = assets[index].kind
            let notDepreciated = kind == .land || kind == .securities
            let expensedAtOnce = !notDepreciated && (assets[index].expensed
                ?? (eligibility[index].businessAssetAmount < smallItemBelow && !assets[index].willekeurig.isChosen))
            let depreciable = !notDepreciated && !expensedAtOnce
            let id = assets[index].id
            if depreciable, assets[index].life == nil {
                // (With willekeurige afschrijving chosen a missing life is an error, not a warning.)
                warnings.append(ReportWarning(assetId: id, text: LocalizedText(
                    nl: "geen levensduur (life) opgegeven; er is niet afgeschreven: de boekwaarde blijft de aanschafprijs",
                    en: "no useful life (life) given; nothing was depreciated: the book value stays at cost")))
            }
            guard assets[index].inUse == nil else { continue }
            let qualifies = eligibility[index].qualifies || assets[index].eia || assets[index].mia != nil
            guard depreciable || qualifies else { continue }
            var nl: [String] = [], en: [String] = []
            if depreciable {
                if assets[index].willekeurig.isChosen {
                    nl.append("geen normale afschrijving (art. 3.30), willekeurige afschrijving ten hoogste wat betaald is (art. 3.35)")
                    en.append("no normal depreciation (art. 3.30), willekeurige afschrijving at most what was paid (art. 3.35)")
                } else {
                    nl.append("niet afgeschreven (art. 3.30)")
                    en.append("not depreciated (art. 3.30)")
                }
            }
            if qualifies, let end = calendar.lastDay, undoings[index] == nil {
                // Art. 3.44 lid 2: at the staking the whole aftrek is taken, paid or not.
                nl.append("KIA naar betaling tot de staking; wat dan nog openstaat, wordt in het laatste boekjaar (tot en met \(end)) afgetrokken (art. 3.44 lid 2)")
                en.append("KIA as far as paid until the staking; what is still open then is deducted in the last boekjaar (up to and including \(end)) (art. 3.44(2))")
            } else if qualifies {
                nl.append("KIA alleen naar betaling (art. 3.44)")
                en.append("KIA only as far as paid (art. 3.44)")
                if let undoing = undoings[index] {
                    nl.append("de investering geldt als ongedaan gemaakt op \(undoing.date) (art. 3.47 lid 6)")
                    en.append("the investment counts as undone on \(undoing.date) (art. 3.47(6))")
                }
            }
            warnings.append(ReportWarning(assetId: id, text: LocalizedText(
                nl: "geen datum van ingebruikname (inUse): " + nl.joined(separator: "; "),
                en: "no date of ingebruikname (inUse): " + en.joined(separator: "; "))))
        }
        return warnings
    }
}
