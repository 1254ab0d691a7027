import Activa

/// The sentences of depreciation, the bodemwaarde, willekeurige afschrijving, the disposal and the
/// herinvesteringsreserve (art. 3.30–3.38, 3.54; docs/law/depreciation.md).
extension StepSentences {
    static let depreciation: [String: Render] = [
        "opening.bookValue": { f, l in
            // "boekwaarde 1-1-2024 € 14.300,00 (overgenomen, opgave vorige administratie)"
            let source = f.text("source")
            let date = l == .nl ? f.step.day("date").map { "\($0.day)-\($0.month)-\($0.year)" } ?? "" : f.day("date")
            return l == .nl ? "boekwaarde \(date) \(f.euro("bookValue", l)) (overgenomen\(source.isEmpty ? "" : ", " + source))"
                            : "book value \(date) \(f.euro("bookValue", l)) (taken over\(source.isEmpty ? "" : ", " + source))"
        },
        "opening.willekeurig": { f, l in
            l == .nl ? "al genomen willekeurige afschrijving \(f.euro("willekeurigTaken", l)); boekwaarde zonder willekeurige afschrijving \(f.euro("bookValueWithoutWillekeurig", l)) (overgenomen)"
                     : "willekeurige afschrijving already taken \(f.euro("willekeurigTaken", l)); book value without willekeurige afschrijving \(f.euro("bookValueWithoutWillekeurig", l)) (taken over)"
        },
        "depreciation.remainingLife": { f, l in
            let unit = f.text("unit") == "months" ? (l == .nl ? "maanden" : "months") : (l == .nl ? "dagen" : "days")
            return l == .nl ? "normale afschrijving over de resterende levensduur tot en met \(f.day("lifeEnd")): \(f.euro("base", l)) (boekwaarde min restwaarde) × \(f.number("used")) / \(f.number("remainingLife")) \(unit) = \(f.euro("amount", l))"
                            : "normal depreciation over the remaining life up to and including \(f.day("lifeEnd")): \(f.euro("base", l)) (book value less residual value) × \(f.number("used")) / \(f.number("remainingLife")) \(unit) = \(f.euro("amount", l))"
        },
        "depreciation.afterLifeEnd": { f, l in
            l == .nl ? "levensduur geëindigd op \(f.day("lifeEnd")), boekwaarde \(f.euro("bookValue", l)) nog boven \(f.euro("floor", l)): het restant \(f.euro("amount", l)), binnen het maximum hieronder"
                     : "life ended on \(f.day("lifeEnd")), book value \(f.euro("bookValue", l)) still above \(f.euro("floor", l)): the rest \(f.euro("amount", l)), within the maximum below"
        },
        "investment.improvement": { f, l in
            let asset = f.text("asset")
            return l == .nl ? "verbetering van '\(asset)': een eigen investering, afgeschreven met '\(asset)'"
                            : "improvement of '\(asset)': an investment of its own, depreciated with '\(asset)'"
        },
        "investment.productionCosts": { f, l in
            let asset = f.text("asset"), year = f.number("year")
            return l == .nl ? "voortbrengingskosten \(year) van '\(asset)': de investering wordt gedaan als de kosten worden gemaakt; afgeschreven met '\(asset)'"
                            : "productionCosts \(year) of '\(asset)': the investment is made as the costs are made; depreciated with '\(asset)'"
        },
        "hir.writtenOff": { f, l in
            l == .nl ? "herinvesteringsreserve afgeboekt op de aanschafkosten: \(f.euro("cost", l)) − \(f.euro("hirAfboeking", l)) = \(f.euro("investment", l))"
                     : "herinvesteringsreserve written off the cost: \(f.euro("cost", l)) − \(f.euro("hirAfboeking", l)) = \(f.euro("investment", l))"
        },
        "depreciation.smallItem": { f, l in
            l == .nl ? "bedrijfsmiddel van \(f.euro("businessAssetAmount", l)), minder dan \(f.euro("below", l)) en geen onderdeel van een groter geheel: in één keer ten laste van de winst"
                     : "asset of \(f.euro("businessAssetAmount", l)), less than \(f.euro("below", l)) and not part of a larger whole: expensed at once"
        },
        "willekeurig.amount": { f, l in
            "willekeurige afschrijving \(f.number("year")): \(f.euro("willekeurig", l)) (maximum \(f.euro("maximum", l)))"
        },
        "willekeurig.terugname": { f, l in
            let reason = f.text("reason") == "rentedOut"
                ? (l == .nl ? "op \(f.day("date")) hoofdzakelijk ter beschikking van derden, vóór \(f.day("before"))"
                            : "mainly made available to third parties on \(f.day("date")), before \(f.day("before"))")
                : (l == .nl ? "niet in gebruik vóór \(f.day("before"))" : "not in use before \(f.day("before"))")
            return l == .nl ? "\(reason): de willekeurige afschrijving wordt teruggenomen; boekwaarde terug naar die zonder willekeurige afschrijving (\(f.euro("bookValueWithoutWillekeurig", l))), terugname \(f.euro("terugname", l))"
                            : "\(reason): the willekeurige afschrijving is taken back; book value back to the value without it (\(f.euro("bookValueWithoutWillekeurig", l))), terugname \(f.euro("terugname", l))"
        },
        "disposal.priceShare": { f, l in
            let asset = f.text("asset"), whole = f.euro("whole", l), cost = f.euro("cost", l), total = f.euro("totalCost", l), price = f.euro("price", l)
            return l == .nl ? "'\(asset)' met zijn verbeteringen voor \(whole); het deel hiervan naar verhouding van de kosten: \(whole) × \(cost) / \(total) = \(price) (improvementPrice = proportionalToCost)"
                            : "'\(asset)' with its improvements for \(whole); this piece's share by cost: \(whole) × \(cost) / \(total) = \(price) (improvementPrice = proportionalToCost)"
        },
        "disposal.boekwinst": { f, l in
            l == .nl ? "vervreemd op \(f.day("date")) voor \(f.euro("price", l)); boekwaarde \(f.euro("bookValue", l)): boekwinst \(f.euro("boekwinst", l))"
                     : "disposed of on \(f.day("date")) for \(f.euro("price", l)); book value \(f.euro("bookValue", l)): boekwinst \(f.euro("boekwinst", l))"
        },
        "hir.formed": { f, l in
            // An asset on the balance at cost (land, securities): the whole gain can be reserved.
            if f.text("rule") == "notDepreciated" {
                return l == .nl ? "herinvesteringsreserve: overdrachtsprijs − boekwaarde = \(f.euro("reserve", l))"
                                : "herinvesteringsreserve: transfer price − book value = \(f.euro("reserve", l))"
            }
            return l == .nl ? "herinvesteringsreserve: overdrachtsprijs − boekwaarde zonder willekeurige afschrijving (\(f.euro("bookValueWithoutWillekeurig", l))) = \(f.euro("reserve", l)); de rest van de boekwinst is direct belast"
                     : "herinvesteringsreserve: transfer price − book value without willekeurige afschrijving (\(f.euro("bookValueWithoutWillekeurig", l))) = \(f.euro("reserve", l)); the rest of the gain is taxed at once"
        },
        "depreciation.straightLine": { f, l in
            guard f.step["with"] != nil else {
                return l == .nl ? "normale afschrijving: \(f.euro("base", l)) / \(f.number("life")) jaar × \(f.fraction(l)) = \(f.euro("amount", l))"
                                : "normal depreciation: \(f.euro("base", l)) / \(f.number("life")) years × \(f.fraction(l)) = \(f.euro("amount", l))"
            }
            // An improvement, over the rest of the life of the asset it improves.
            let with = f.text("with"), remaining = f.number("remainingLife"), used = f.number("used")
            let unit = f.text("unit") == "months" ? (l == .nl ? "maanden" : "months") : (l == .nl ? "dagen" : "days")
            return l == .nl ? "normale afschrijving met '\(with)', over de rest van zijn levensduur (tot en met \(f.day("lifeEnd")): \(remaining) \(unit)): \(f.euro("base", l)) × \(used) / \(remaining) = \(f.euro("amount", l))"
                            : "normal depreciation with '\(with)', over the rest of its life (through \(f.day("lifeEnd")): \(remaining) \(unit)): \(f.euro("base", l)) × \(used) / \(remaining) = \(f.euro("amount", l))"
        },
        "depreciation.decliningBalanceRest": { f, l in
            l == .nl ? "degressief, laatste jaar van de levensduur: de rest tot \(f.euro("floor", l)) = \(f.euro("amount", l))"
                     : "declining balance, last year of the life: the rest down to \(f.euro("floor", l)) = \(f.euro("amount", l))"
        },
        "depreciation.decliningBalance": { f, l in
            l == .nl ? "degressief: \(f.percent("rate", l)) × \(f.euro("bookValue", l)) × \(f.fraction(l)) = \(f.euro("amount", l))"
                     : "declining balance: \(f.percent("rate", l)) × \(f.euro("bookValue", l)) × \(f.fraction(l)) = \(f.euro("amount", l))"
        },
        "depreciation.transitionCap": { f, l in
            let months = f.number("months"), depreciated = f.number("depreciatedMonths")
            return l == .nl ? "overgangsrecht (bedrijfsmiddel van vóór 2007): ten hoogste 12 / (\(months) − \(depreciated)) × boekwaarde op \(f.day("from")) \(f.euro("bookValue", l)) × \(f.fraction(l)) = \(f.euro("cap", l))"
                            : "transitional rule (asset from before 2007): at most 12 / (\(months) − \(depreciated)) × book value on \(f.day("from")) \(f.euro("bookValue", l)) × \(f.fraction(l)) = \(f.euro("cap", l))"
        },
        "depreciation.sharedCap": { f, l in
            let with = f.text("with")
            return l == .nl ? "één maximum met '\(with)' (art. 3.30 lid 2, van de kosten van het geheel): eigen \(f.euro("ownCap", l)) + wat '\(with)' er dit jaar van overlaat \(f.euro("room", l)) = \(f.euro("cap", l))"
                            : "one maximum with '\(with)' (art. 3.30(2), of the cost of the whole): own \(f.euro("ownCap", l)) + what '\(with)' leaves of its own this year \(f.euro("room", l)) = \(f.euro("cap", l))"
        },
        "depreciation.cap": { f, l in
            let rate = f.percent("rate", l)
            return l == .nl ? "ten hoogste \(rate) van de aanschafkosten op jaarbasis: \(rate) × \(f.euro("cost", l)) × \(f.fraction(l)) = \(f.euro("cap", l))"
                            : "at most \(rate) of the cost a year: \(rate) × \(f.euro("cost", l)) × \(f.fraction(l)) = \(f.euro("cap", l))"
        },
        "depreciation.floor": { f, l in
            l == .nl ? "niet onder \(f.euro("floor", l)) (restwaarde of bodemwaarde): \(f.euro("amount", l))"
                     : "not below \(f.euro("floor", l)) (residual value or bodemwaarde): \(f.euro("amount", l))"
        },
        "bodemwaarde.wozAssumed": { f, l in
            l == .nl ? "geen WOZ-waarde voor \(f.number("year")): die van \(f.number("fromYear")) aangenomen [UNCONFIRMED]"
                     : "no WOZ value for \(f.number("year")): that of \(f.number("fromYear")) assumed [UNCONFIRMED]"
        },
        "bodemwaarde.improvement": { f, l in
            let with = f.text("with")
            return l == .nl ? "verbetering van '\(with)', één bedrijfsmiddel voor de bodemwaarde: \(f.euro("bodemwaarde", l)) − boekwaarde '\(with)' \(f.euro("parentBookValue", l)) − grond \(f.euro("landBookValue", l)), niet onder de restwaarde: \(f.euro("floor", l))"
                            : "improvement of '\(with)', one asset for the bodemwaarde: \(f.euro("bodemwaarde", l)) − book value '\(with)' \(f.euro("parentBookValue", l)) − land \(f.euro("landBookValue", l)), not below the residual value: \(f.euro("floor", l))"
        },
        "bodemwaarde": { f, l in
            let use = f.text("use") == "ownUse" ? (l == .nl ? "eigen gebruik" : "own use") : (l == .nl ? "ter belegging" : "investment")
            let transition = f.text("rule") == "transitional" ? (l == .nl ? " (overgangsregeling: drie boekjaren oude regel)" : " (transitional rule: three boekjaren on the old rule)") : ""
            return "bodemwaarde \(f.number("year")): \(f.percent("percentage", l)) × WOZ \(f.euro("woz", l)) (\(f.text("taxpayer").uppercased()), \(use))\(transition) = \(f.euro("bodemwaarde", l))"
        },
        "bodemwaarde.withLand": { f, l in
            let ids = f.text("land").split(separator: ", ").map { "'\($0)'" }.joined(separator: ", ")
            let land = f.euro("landBookValue", l), bodemwaarde = f.euro("bodemwaarde", l)
            return l == .nl ? "gebouw en grond (\(ids)) zijn één bedrijfsmiddel voor de bodemwaarde: boekwaarde van de grond \(land) telt mee, dus het gebouw tot \(bodemwaarde) − \(land), niet onder de restwaarde \(f.euro("residual", l)): \(f.euro("floor", l))"
                            : "building and land (\(ids)) are one asset for the bodemwaarde: the land's book value \(land) counts, so the building down to \(bodemwaarde) − \(land), not below the residual value \(f.euro("residual", l)): \(f.euro("floor", l))"
        },
        "foutenherstel.asset": { f, l in
            let id = f.text("id"), year = f.number("closedYear")
            return l == .nl ? "‘\(id)’: boekwaarde eind \(year) aangegeven \(f.euro("filed", l)), juist \(f.euro("correct", l)): herstel \(f.euro("amount", l))"
                            : "‘\(id)’: book value end of \(year) filed \(f.euro("filed", l)), correct \(f.euro("correct", l)): correction \(f.euro("amount", l))"
        },
        "foutenherstel.total": { f, l in
            let closed = f.number("closedYear"), year = f.number("year")
            let why: String
            switch f.text("cause") {
            case "engineChanged": why = l == .nl ? "een nieuwere Activa rekent \(closed) anders" : "a newer Activa computes \(closed) differently"
            case "corrected": why = l == .nl ? "een wijziging die een fout herstelt" : "a change that corrects an error"
            default: why = l == .nl ? "het register is gewijzigd" : "the register was changed"
            }
            let reserve = f.amount("hirFiled") == f.amount("hirCorrect") ? "" : (l == .nl
                ? "; herinvesteringsreserve aangegeven \(f.euro("hirFiled", l)), juist \(f.euro("hirCorrect", l))"
                : "; herinvesteringsreserve filed \(f.euro("hirFiled", l)), correct \(f.euro("hirCorrect", l))")
            return l == .nl
                ? "foutenherstel (foutenleer): \(closed) blijft zoals aangegeven; boekwaarde eind \(closed) aangegeven \(f.euro("bookValueFiled", l)), juist \(f.euro("bookValueCorrect", l))\(reserve) (\(why)); het verschil \(f.euro("amount", l)) gaat in één keer in de winst van \(year), het oudste open jaar"
                : "foutenherstel (foutenleer): \(closed) stays as filed; book value end of \(closed) filed \(f.euro("bookValueFiled", l)), correct \(f.euro("bookValueCorrect", l))\(reserve) (\(why)); the difference \(f.euro("amount", l)) goes into the profit of \(year), the oldest open year, at once"
        },
    ]
}
