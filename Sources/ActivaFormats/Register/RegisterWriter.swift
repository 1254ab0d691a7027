import Activa

/// Writes a register in the file format `RegisterReader` reads: reading what this writes gives the same register.
/// Defaults are left out, so a written register reads like one written by hand.
public enum RegisterWriter {
    public static func json(_ register: Register) -> JSONValue {
        var root: [(String, JSONValue)] = [("entity", entity(register.entity))]
        if let opening = register.opening { root.append(("opening", self.opening(opening))) }
        root.append(("assets", .array(register.assets.map { asset($0, opening: register.opening?.assets[$0.id]) })))
        if !register.planned.isEmpty { root.append(("planned", .array(register.planned.map(planned)))) }
        if !register.closedYears.isEmpty { root.append(("closedYears", closedYears(register.closedYears))) }
        return .object(root)
    }

    static func money(_ amount: Money) -> JSONValue { .string(amount.description) }
    static func day(_ day: Day) -> JSONValue { .string(day.description) }
    static func years(_ amounts: [Int: Money]) -> JSONValue {
        .object(amounts.sorted { $0.key < $1.key }.map { (String($0.key), money($0.value)) })
    }

    static func entity(_ entity: Entity) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        if let name = entity.name { pairs.append(("name", .string(name))) }
        pairs.append(("taxpayer", .string(entity.taxpayer.rawValue)))
        if !entity.partners.isEmpty {
            pairs.append(("partners", .array(entity.partners.map { partner in
                var fields: [(String, JSONValue)] = [("name", .string(partner.name)), ("share", money(partner.share))]
                if !partner.outsideInvestments.isEmpty { fields.append(("outsideInvestments", years(partner.outsideInvestments))) }
                if partner.limited { fields.append(("limited", .bool(true))) }
                return .object(fields)
            })))
        }
        if !entity.startersYears.isEmpty {
            pairs.append(("startersYears", .array(entity.startersYears.sorted().map { .number(String($0)) })))
        }
        if !entity.forgoKIA.isEmpty {
            pairs.append(("forgoKIA", .array(entity.forgoKIA.sorted().map { .number(String($0)) })))
        }
        let calendar = entity.calendar
        if calendar.startMonth != 1 || calendar.startDay != 1 {
            let pad = { (value: Int) in value < 10 ? "0\(value)" : String(value) }
            pairs.append(("fiscalYearStart", .string("\(pad(calendar.startMonth))-\(pad(calendar.startDay))")))
        }
        if let first = calendar.firstYear {
            pairs.append(("firstFiscalYear", .object([("start", day(first.lowerBound)), ("end", day(first.upperBound))])))
        }
        if let last = calendar.lastDay { pairs.append(("lastFiscalYearEnd", day(last))) }
        return .object(pairs)
    }

    /// The closed years as filed; also written on their own beside a register file (`activa close`).
    public static func closedYears(_ closed: [ClosedYear]) -> JSONValue {
        .array(closed.map { closed in
            var pairs: [(String, JSONValue)] = [("year", .number(String(closed.year))), ("closedOn", day(closed.closedOn))]
            if let version = closed.registerVersion { pairs.append(("registerVersion", .number(String(version)))) }
            pairs.append(("activaVersion", .string(closed.activaVersion)))
            if let digest = closed.registerDigest { pairs.append(("registerDigest", .string(digest))) }
            pairs.append(("figures", .object(closed.figures.map { ($0.key, money($0.amount)) })))
            if !closed.bookValues.isEmpty { pairs.append(("bookValues", bookValues(closed.bookValues))) }
            if let correction = closed.correction {
                var fields: [(String, JSONValue)] = [("acceptedOn", day(correction.acceptedOn))]
                if let version = correction.registerVersion { fields.append(("registerVersion", .number(String(version)))) }
                if let digest = correction.registerDigest { fields.append(("registerDigest", .string(digest))) }
                fields.append(("figures", .object(correction.figures.map { ($0.key, money($0.amount)) })))
                if !correction.bookValues.isEmpty { fields.append(("bookValues", bookValues(correction.bookValues))) }
                pairs.append(("correction", .object(fields)))
            }
            return .object(pairs)
        })
    }

    /// Asset id → book value, in id order (a file under version control gets a stable diff).
    static func bookValues(_ values: [String: Money]) -> JSONValue {
        .object(values.keys.sorted().map { ($0, money(values[$0] ?? 0)) })
    }

    static func opening(_ opening: Opening) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("year", .number(String(opening.year)))]
        if let source = opening.source { pairs.append(("source", .string(source))) }
        if !opening.reserves.isEmpty {
            pairs.append(("reserves", .array(opening.reserves.map { reserve in
                var fields: [(String, JSONValue)] = [("id", .string(reserve.id)), ("formed", .number(String(reserve.formedYear))),
                                                     ("amount", money(reserve.amount))]
                if !reserve.soldBookValue.isZero { fields.append(("soldBookValue", money(reserve.soldBookValue))) }
                if reserve.soldLongTerm { fields.append(("soldLongTerm", .bool(true))) }
                return .object(fields)
            })))
        }
        return .object(pairs)
    }

    static func assetOpening(_ figures: AssetOpening) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("bookValue", money(figures.bookValue))]
        if !figures.willekeurigTaken.isZero { pairs.append(("willekeurigTaken", money(figures.willekeurigTaken))) }
        if let shadow = figures.bookValueWithoutWillekeurig { pairs.append(("bookValueWithoutWillekeurig", money(shadow))) }
        switch figures.kia {
        case .amount(let amount)?: pairs.append(("kia", money(amount)))
        case .percentage(let rate)?: pairs.append(("kia", .string((rate * 100).description + "%")))
        case nil: break
        }
        if !figures.kiaDeferred.isZero { pairs.append(("kiaDeferred", money(figures.kiaDeferred))) }
        if !figures.eia.isZero { pairs.append(("eia", money(figures.eia))) }
        if !figures.mia.isZero { pairs.append(("mia", money(figures.mia))) }
        if let value = figures.bookValue2007 { pairs.append(("bookValue2007", money(value))) }
        return .object(pairs)
    }

    static func asset(_ asset: Asset, opening: AssetOpening? = nil) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("id", .string(asset.id))]
        if let description = asset.description { pairs.append(("description", .string(description))) }
        if asset.kind != .other { pairs.append(("kind", .string(asset.kind.rawValue))) }
        if let category = asset.balanceCategory { pairs.append(("balanceCategory", .string(category.rawValue))) }
        pairs.append(("committed", day(asset.committed)))
        if let inUse = asset.inUse { pairs.append(("inUse", day(inUse))) }
        pairs.append(("cost", money(asset.cost)))
        if !asset.residual.isZero { pairs.append(("residual", money(asset.residual))) }
        if let life = asset.life { pairs.append(("life", .number(String(life)))) }
        if let payments = asset.payments {
            pairs.append(("payments", .array(payments.map { .object([("date", day($0.date)), ("amount", money($0.amount))]) })))
        }
        if let part = asset.part { pairs.append(("part", .string(part))) }
        if asset.relatedParty { pairs.append(("relatedParty", .bool(true))) }
        if asset.relatedPartyOntheffing { pairs.append(("relatedPartyOntheffing", .bool(true))) }
        if !asset.reductions.isEmpty {
            pairs.append(("reductions", .array(asset.reductions.map { reduction in
                var fields: [(String, JSONValue)] = [("date", day(reduction.date)), ("amount", money(reduction.amount))]
                if let description = reduction.description { fields.append(("description", .string(description))) }
                return .object(fields)
            })))
        }
        if !asset.changesOfUse.isEmpty {
            pairs.append(("changesOfUse", .array(asset.changesOfUse.map {
                .object([("date", day($0.date)), ("to", .string($0.to.rawValue)), ("value", money($0.value))])
            })))
        }
        if asset.rentedOut { pairs.append(("rentedOut", .bool(true))) }
        if let disposal = asset.disposal {
            var fields: [(String, JSONValue)] = [("date", day(disposal.date)), ("price", money(disposal.price))]
            if disposal.withdrawal { fields.append(("withdrawal", .bool(true))) }
            if disposal.hir { fields.append(("hir", .bool(true))) }
            pairs.append(("disposal", .object(fields)))
        }
        if case .decliningBalance(let rate) = asset.method {
            pairs.append(("method", .string("decliningBalance")))
            pairs.append(("decliningRate", money(rate)))
        }
        switch asset.willekeurig {
        case .none: break
        case .maximum: pairs.append(("willekeurig", .string("max")))
        case .amounts(let amounts): pairs.append(("willekeurig", years(amounts)))
        }
        if let scheme = asset.willekeurigScheme { pairs.append(("willekeurigScheme", .string(scheme.rawValue))) }
        if asset.vamil { pairs.append(("vamil", .bool(true))) }
        if asset.used { pairs.append(("used", .bool(true))) }
        if let co2 = asset.co2 { pairs.append(("co2", .number(String(co2)))) }
        if asset.diesel { pairs.append(("diesel", .bool(true))) }
        if asset.buildingUse != .ownUse { pairs.append(("buildingUse", .string(asset.buildingUse.rawValue))) }
        if !asset.woz.isEmpty { pairs.append(("woz", years(asset.woz))) }
        if let building = asset.building { pairs.append(("building", .string(building))) }
        if let improves = asset.improves { pairs.append(("improves", .string(improves))) }
        if !asset.productionCosts.isEmpty {
            pairs.append(("productionCosts", .array(asset.productionCosts.map { cost in
                var fields: [(String, JSONValue)] = [("date", day(cost.date)), ("amount", money(cost.amount))]
                if let description = cost.description { fields.append(("description", .string(description))) }
                return .object(fields)
            })))
        }
        if let hir = asset.hir {
            var fields: [(String, JSONValue)] = [("from", .string(hir.from))]
            if let amount = hir.amount { fields.append(("amount", money(amount))) }
            if hir.sameFunction { fields.append(("sameFunction", .bool(true))) }
            pairs.append(("hir", .object(fields)))
        }
        if let expensed = asset.expensed { pairs.append(("expensed", .bool(expensed))) }
        if asset.eia { pairs.append(("eia", .bool(true))) }
        if let mia = asset.mia { pairs.append(("mia", .string(mia.rawValue))) }
        if let notified = asset.notified { pairs.append(("notified", day(notified))) }
        if let opening { pairs.append(("opening", assetOpening(opening))) }
        return .object(pairs)
    }

    static func planned(_ purchase: PlannedPurchase) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("id", .string(purchase.id))]
        if let description = purchase.description { pairs.append(("description", .string(description))) }
        if purchase.kind != .other { pairs.append(("kind", .string(purchase.kind.rawValue))) }
        pairs += [("amount", money(purchase.amount)), ("earliest", day(purchase.earliest)), ("latest", day(purchase.latest))]
        if let life = purchase.life { pairs.append(("life", .number(String(life)))) }
        if !purchase.residual.isZero { pairs.append(("residual", money(purchase.residual))) }
        return .object(pairs)
    }

    /// YAML in block style, as registers are written by hand; a header says what it is.
    public static func yaml(_ register: Register) -> String {
        "# Activa register\n" + YAMLText.document(json(register))
    }
}
