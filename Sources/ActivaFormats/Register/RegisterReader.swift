import Activa

/// Reads a register file (YAML or JSON, one structure) into a `Register`, strictly: unknown keys, missing
/// required keys, wrong types and impossible values are all reported, each with its asset id and field.
public enum RegisterReader {
    public enum Format: String, Sendable {
        case yaml
        case json

        /// By file extension; YAML (a superset of JSON) otherwise.
        public static func guess(path: String) -> Format {
            path.lowercased().hasSuffix(".json") ? .json : .yaml
        }
    }

    static let registerKeys = ["entity", "assets", "planned"]
    static let plannedKeys = ["id", "description", "kind", "amount", "earliest", "latest", "life", "residual"]
    static let entityKeys = ["name", "taxpayer", "partners", "startersYears", "fiscalYearStart", "firstFiscalYear",
                             "lastFiscalYearEnd"]
    static let periodKeys = ["start", "end"]
    static let partnerKeys = ["name", "share", "outsideInvestments", "limited"]
    static let assetKeys = ["id", "description", "kind", "committed", "inUse", "cost", "residual", "life", "payments",
                            "part", "relatedParty", "rentedOut", "disposal", "method", "decliningRate", "willekeurig",
                            "willekeurigScheme", "vamil", "used", "co2", "diesel", "buildingUse", "woz", "hir", "expensed",
                            "eia", "mia", "notified"]
    static let hirKeys = ["from", "amount"]
    static let paymentKeys = ["date", "amount"]
    static let disposalKeys = ["date", "price", "withdrawal", "hir"]

    /// Parses and validates. Throws `RegisterValidationError` with every issue found.
    public static func read(_ text: String, format: Format) throws(RegisterValidationError) -> Register {
        let document: DocumentValue
        do {
            document = format == .json ? try JSONReader.parse(text) : try YAMLReader.parse(text)
        } catch {
            let location = error.line.map { "line \($0): " } ?? ""
            throw RegisterValidationError(issues: [RegisterIssue(field: "", problem: .syntax(location + error.detail))])
        }
        var reader = FieldReader()
        let register = reader.register(document)
        if let register, reader.issues.isEmpty {
            let semantic = register.validationIssues()
            if semantic.isEmpty { return register }
            throw RegisterValidationError(issues: semantic)
        }
        throw RegisterValidationError(issues: reader.issues)
    }
}

/// The fields of a mapping, looked up by key. A register's mappings have a handful of keys, where a scan of the
/// pairs costs less than hashing every key into a dictionary.
struct Fields {
    let pairs: [(String, DocumentValue)]
    /// The lengths and first bytes of the keys present, one bit each (modulo 64): most keys asked for are absent
    /// (a register names only the fields it uses), and these answer that without comparing strings.
    private let lengths: UInt64
    private let initials: UInt64

    init(pairs: [(String, DocumentValue)]) {
        self.pairs = pairs
        var lengths: UInt64 = 0, initials: UInt64 = 0
        // By index: a `for (key, value) in pairs` copies (and retains) every pair.
        for index in pairs.indices {
            lengths |= 1 << UInt64(pairs[index].0.utf8.count & 63)
            initials |= 1 << UInt64(Fields.initial(pairs[index].0) & 63)
        }
        self.lengths = lengths
        self.initials = initials
    }

    subscript(key: String) -> DocumentValue? {
        guard lengths & (1 << UInt64(key.utf8.count & 63)) != 0, initials & (1 << UInt64(Fields.initial(key) & 63)) != 0 else {
            return nil
        }
        for index in pairs.indices where Fields.same(pairs[index].0, key) { return pairs[index].1 }
        return nil
    }

    /// The first byte of a key (0 for the empty key).
    @inline(__always)
    static func initial(_ key: String) -> UInt8 {
        let utf8 = key.utf8
        return utf8.isEmpty ? 0 : utf8[utf8.startIndex]
    }

    /// String equality with the length compared first: most keys compared are different keys, and String's `==`
    /// takes its slow path (Unicode comparison) for every pair of unequal strings.
    @inline(__always)
    static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a == b
    }
}

/// Walks a document and collects issues instead of stopping at the first.
struct FieldReader {
    var issues: [RegisterIssue] = []
    var assetId: String?

    mutating func fail(_ field: String, _ problem: RegisterIssue.Problem) {
        issues.append(RegisterIssue(assetId: assetId, field: field, problem: problem))
    }

    /// The mapping's pairs, reporting unknown keys.
    mutating func mapping(_ value: DocumentValue, _ field: @autoclosure () -> String, allowed: [String]) -> Fields? {
        guard case .mapping(let pairs) = value else {
            fail(field(), .wrongType(expected: "mapping"))
            return nil
        }
        for index in pairs.indices where !allowed.contains(where: { Fields.same($0, pairs[index].0) }) {
            fail(join(field(), pairs[index].0), .unknownKey(allowed: allowed))
        }
        return Fields(pairs: pairs)
    }

    func join(_ parent: String, _ key: String) -> String { parent.isEmpty ? key : parent + "." + key }

    mutating func text(_ value: DocumentValue?, _ field: @autoclosure () -> String, required: Bool = false) -> String? {
        guard let value, !value.isNull else {
            if required { fail(field(), .missing) }
            return nil
        }
        guard case .scalar(let text, _) = value else {
            fail(field(), .wrongType(expected: "text"))
            return nil
        }
        return text
    }

    mutating func amount(_ value: DocumentValue?, _ field: @autoclosure () -> String, required: Bool = false) -> Money? {
        guard let text = text(value, field(), required: required) else { return nil }
        guard let amount = ExactDecimal(parsing: text.trimmingSpaces) else {
            fail(field(), .invalidAmount(text))
            return nil
        }
        if amount.isNegative { fail(field(), .negative) }
        if !amount.isWithinInputRange {
            fail(field(), .outOfRange(text))
            return nil
        }
        return amount
    }

    /// A share between 0 and 1 with at most 6 decimals ("0.5", "0.333333").
    mutating func fraction(_ value: DocumentValue?, _ field: @autoclosure () -> String) -> Rate? {
        guard let text = text(value, field(), required: true) else { return nil }
        guard let share = ExactDecimal(parsing: text.trimmingSpaces) else {
            fail(field(), .invalidAmount(text))
            return nil
        }
        guard !share.isNegative, share <= 1, share.scale <= 6 else {
            fail(field(), .rule(LocalizedText(nl: "'\(text)' is geen aandeel tussen 0 en 1 (ten hoogste 6 decimalen)",
                                            en: "'\(text)' is not a share between 0 and 1 (at most 6 decimals)")))
            return nil
        }
        return share
    }

    mutating func day(_ value: DocumentValue?, _ field: @autoclosure () -> String, required: Bool = false) -> Day? {
        guard let text = text(value, field(), required: required) else { return nil }
        guard let day = Day(iso: text) else {
            fail(field(), .invalidDate(text))
            return nil
        }
        return day
    }

    mutating func bool(_ value: DocumentValue?, _ field: @autoclosure () -> String) -> Bool? {
        guard let text = text(value, field()) else { return nil }
        switch text {
        case "true", "True", "TRUE", "yes", "ja": return true
        case "false", "False", "FALSE", "no", "nee": return false
        default:
            fail(field(), .wrongType(expected: "true/false"))
            return nil
        }
    }

    mutating func positiveInteger(_ value: DocumentValue?, _ field: @autoclosure () -> String) -> Int? {
        guard let text = text(value, field()) else { return nil }
        guard let number = Int(text), number > 0 else {
            fail(field(), .notAPositiveWholeNumber(text))
            return nil
        }
        return number
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ value: DocumentValue?, _ field: @autoclosure () -> String, _ type: T.Type) -> T?
    where T.RawValue == String {
        guard let text = text(value, field()) else { return nil }
        guard let chosen = T(rawValue: text) else {
            fail(field(), .invalidChoice(text, allowed: T.allCases.map(\.rawValue)))
            return nil
        }
        return chosen
    }

    mutating func register(_ document: DocumentValue) -> Register? {
        guard let root = mapping(document, "", allowed: RegisterReader.registerKeys) else { return nil }
        let entity = root["entity"].flatMap { self.entity($0) } ?? Entity()
        guard let assetsValue = root["assets"] else {
            fail("assets", .missing)
            return nil
        }
        guard case .sequence(let items) = assetsValue else {
            if assetsValue.isNull { return Register(entity: entity, assets: []) }
            fail("assets", .wrongType(expected: "list"))
            return nil
        }
        var assets: [Asset] = []
        for (index, item) in items.enumerated() {
            if let asset = asset(item, index: index) { assets.append(asset) }
        }
        var planned: [PlannedPurchase] = []
        if let plannedValue = root["planned"], !plannedValue.isNull {
            if case .sequence(let entries) = plannedValue {
                for (index, entry) in entries.enumerated() {
                    if let purchase = plannedPurchase(entry, index: index) { planned.append(purchase) }
                }
            } else {
                fail("planned", .wrongType(expected: "list"))
            }
        }
        return Register(entity: entity, assets: assets, planned: planned)
    }

    mutating func entity(_ value: DocumentValue) -> Entity? {
        guard let fields = mapping(value, "entity", allowed: RegisterReader.entityKeys) else { return nil }
        var entity = Entity()
        entity.name = text(fields["name"], "entity.name")
        entity.taxpayer = choice(fields["taxpayer"], "entity.taxpayer", Taxpayer.self) ?? .ib
        entity.calendar = fiscalCalendar(fields) ?? .calendarYears
        if let yearsValue = fields["startersYears"], !yearsValue.isNull {
            if case .sequence(let items) = yearsValue {
                for (index, item) in items.enumerated() {
                    if let year = positiveInteger(item, "entity.startersYears[\(index)]") { entity.startersYears.insert(year) }
                }
            } else {
                fail("entity.startersYears", .wrongType(expected: "list"))
            }
        }
        if let partnersValue = fields["partners"], !partnersValue.isNull {
            guard case .sequence(let items) = partnersValue else {
                fail("entity.partners", .wrongType(expected: "list"))
                return entity
            }
            for (index, item) in items.enumerated() {
                let field = "entity.partners[\(index)]"
                guard let partner = mapping(item, field, allowed: RegisterReader.partnerKeys) else { continue }
                let name = text(partner["name"], field + ".name", required: true) ?? ""
                let share = fraction(partner["share"], field + ".share") ?? 0
                var outside: [Int: Money] = [:]
                if let outsideValue = partner["outsideInvestments"], !outsideValue.isNull,
                   let years = mappingOfAnyKeys(outsideValue, field + ".outsideInvestments") {
                    for (key, item) in years {
                        guard let year = Int(key), (1900...9999).contains(year) else {
                            fail(field + ".outsideInvestments." + key, .wrongType(expected: "a year"))
                            continue
                        }
                        outside[year] = amount(item, field + ".outsideInvestments." + key, required: true)
                    }
                }
                let limited = bool(partner["limited"], field + ".limited") ?? false
                entity.partners.append(Partner(name: name, share: share, outsideInvestments: outside, limited: limited))
            }
        }
        return entity
    }

    /// `fiscalYearStart: "05-01"`, `firstFiscalYear: {start: 2023-03-15, end: 2024-04-30}`, `lastFiscalYearEnd: 2026-09-30`.
    mutating func fiscalCalendar(_ fields: Fields) -> FiscalCalendar? {
        var month = 1, dayOfMonth = 1
        if let text = text(fields["fiscalYearStart"], "entity.fiscalYearStart") {
            let parts = text.split(separator: "-").map { Int($0) }
            guard parts.count == 2, let m = parts[0], let d = parts[1], Day(year: 2024, month: m, day: d) != nil else {
                fail("entity.fiscalYearStart", .invalidChoice(text, allowed: ["MM-DD, e.g. \"05-01\""]))
                return nil
            }
            month = m
            dayOfMonth = d
        }
        var first: ClosedRange<Day>?
        if let value = fields["firstFiscalYear"], !value.isNull,
           let period = mapping(value, "entity.firstFiscalYear", allowed: RegisterReader.periodKeys) {
            let start = day(period["start"], "entity.firstFiscalYear.start", required: true)
            let end = day(period["end"], "entity.firstFiscalYear.end", required: true)
            if let start, let end {
                let regular = FiscalCalendar(startMonth: month, startDay: dayOfMonth)
                if end < start {
                    fail("entity.firstFiscalYear.end", .beforeCommitted(end.description))
                } else if regular.regularStart(end.year + 1).previousDay != end && regular.regularStart(end.year).previousDay != end {
                    fail("entity.firstFiscalYear.end", .rule(LocalizedText(
                        nl: "het eerste boekjaar moet eindigen op de dag vóór een gewone start van het boekjaar (fiscalYearStart)",
                        en: "the first boekjaar must end on the day before a regular start of the boekjaar (fiscalYearStart)")))
                } else {
                    first = start...end
                }
            }
        }
        let last = day(fields["lastFiscalYearEnd"], "entity.lastFiscalYearEnd")
        return FiscalCalendar(startMonth: month, startDay: dayOfMonth, firstYear: first, lastDay: last)
    }

    mutating func mappingOfAnyKeys(_ value: DocumentValue, _ field: String) -> [(String, DocumentValue)]? {
        guard case .mapping(let pairs) = value else {
            fail(field, .wrongType(expected: "mapping"))
            return nil
        }
        return pairs
    }

    mutating func asset(_ value: DocumentValue, index: Int) -> Asset? {
        // Name the asset by its id when it has one, else by its position.
        if case .mapping(let pairs) = value, let id = pairs.first(where: { $0.0 == "id" }), case .scalar(let text, _) = id.1 {
            assetId = text
        } else {
            assetId = "#\(index + 1)"
        }
        defer { assetId = nil }
        guard let fields = mapping(value, "", allowed: RegisterReader.assetKeys) else { return nil }
        let before = issues.count
        let id = text(fields["id"], "id", required: true)
        let description = text(fields["description"], "description")
        let kind = choice(fields["kind"], "kind", AssetKind.self) ?? .other
        let committed = day(fields["committed"], "committed", required: true)
        let inUse = day(fields["inUse"], "inUse")
        let cost = amount(fields["cost"], "cost", required: true)
        let residual = amount(fields["residual"], "residual") ?? 0
        let life = positiveInteger(fields["life"], "life")
        let part = text(fields["part"], "part")
        let relatedParty = bool(fields["relatedParty"], "relatedParty") ?? false
        let rentedOut = bool(fields["rentedOut"], "rentedOut") ?? false
        var payments: [Payment]?
        if let paymentsValue = fields["payments"], !paymentsValue.isNull {
            if case .sequence(let items) = paymentsValue {
                payments = []
                for (position, item) in items.enumerated() {
                    // The field's name is built only for a message (an interpolation per payment costs more than its reading).
                    guard let payment = mapping(item, "payments[\(position)]", allowed: RegisterReader.paymentKeys) else { continue }
                    if let date = day(payment["date"], "payments[\(position)].date", required: true),
                       let amount = amount(payment["amount"], "payments[\(position)].amount", required: true) {
                        payments?.append(Payment(date: date, amount: amount))
                    }
                }
            } else {
                fail("payments", .wrongType(expected: "list"))
            }
        }
        var disposal: Disposal?
        if let disposalValue = fields["disposal"], !disposalValue.isNull,
           let fields = mapping(disposalValue, "disposal", allowed: RegisterReader.disposalKeys) {
            let date = day(fields["date"], "disposal.date", required: true)
            let price = amount(fields["price"], "disposal.price", required: true)
            let withdrawal = bool(fields["withdrawal"], "disposal.withdrawal") ?? false
            let hir = bool(fields["hir"], "disposal.hir") ?? false
            if let date, let price { disposal = Disposal(date: date, price: price, withdrawal: withdrawal, hir: hir) }
        }
        let methodName = text(fields["method"], "method") ?? "straightLine"
        var method = DepreciationMethod.straightLine
        let decliningRate = amount(fields["decliningRate"], "decliningRate")
        switch methodName {
        case "straightLine":
            if fields["decliningRate"] != nil { fail("decliningRate", .rule(LocalizedText(nl: "alleen bij method: decliningBalance", en: "only with method: decliningBalance"))) }
        case "decliningBalance":
            if let decliningRate, decliningRate.isPositive, decliningRate <= 1 {
                method = .decliningBalance(rate: decliningRate)
            } else if decliningRate == nil {
                fail("decliningRate", .missing)
            } else {
                fail("decliningRate", .rule(LocalizedText(nl: "een fractie groter dan 0 en ten hoogste 1, bijvoorbeeld \"0.25\"",
                                                           en: "a fraction above 0 and at most 1, for example \"0.25\"")))
            }
        default:
            fail("method", .invalidChoice(methodName, allowed: ["straightLine", "decliningBalance"]))
        }
        let willekeurig = willekeurigChoice(fields["willekeurig"])
        let scheme = choice(fields["willekeurigScheme"], "willekeurigScheme", WillekeurigScheme.Identifier.self)
        let vamil = bool(fields["vamil"], "vamil") ?? false
        let used = bool(fields["used"], "used") ?? false
        let co2 = nonNegativeInteger(fields["co2"], "co2")
        let diesel = bool(fields["diesel"], "diesel") ?? false
        let buildingUse = choice(fields["buildingUse"], "buildingUse", BuildingUse.self) ?? .ownUse
        let woz = yearAmounts(fields["woz"], "woz")
        let expensed = bool(fields["expensed"], "expensed")
        let eia = bool(fields["eia"], "eia") ?? false
        let mia = choice(fields["mia"], "mia", MIACategory.self)
        let notified = day(fields["notified"], "notified")
        var hir: HIRAfboeking?
        if let hirValue = fields["hir"], !hirValue.isNull, let hirFields = mapping(hirValue, "hir", allowed: RegisterReader.hirKeys) {
            if let from = text(hirFields["from"], "hir.from", required: true) {
                hir = HIRAfboeking(from: from, amount: amount(hirFields["amount"], "hir.amount"))
            }
        }
        guard issues.count == before, let id, let committed, let cost else { return nil }
        return Asset(id: id, description: description, kind: kind, committed: committed, inUse: inUse, cost: cost,
                     residual: residual, life: life, payments: payments, part: part, relatedParty: relatedParty,
                     rentedOut: rentedOut, disposal: disposal, method: method, willekeurig: willekeurig,
                     willekeurigScheme: scheme, vamil: vamil, used: used, co2: co2, diesel: diesel,
                     buildingUse: buildingUse, woz: woz, hir: hir, expensed: expensed, eia: eia, mia: mia, notified: notified)
    }

    mutating func plannedPurchase(_ value: DocumentValue, index: Int) -> PlannedPurchase? {
        let field = "planned[\(index)]"
        guard let fields = mapping(value, field, allowed: RegisterReader.plannedKeys) else { return nil }
        let before = issues.count
        let id = text(fields["id"], field + ".id", required: true)
        let price = amount(fields["amount"], field + ".amount", required: true)
        let earliest = day(fields["earliest"], field + ".earliest", required: true)
        let latest = day(fields["latest"], field + ".latest", required: true)
        let kind = choice(fields["kind"], field + ".kind", AssetKind.self) ?? .other
        let life = positiveInteger(fields["life"], field + ".life")
        let residual = amount(fields["residual"], field + ".residual") ?? 0
        let description = text(fields["description"], field + ".description")
        if let earliest, let latest, latest < earliest { fail(field + ".latest", .beforeCommitted(latest.description)) }
        guard issues.count == before, let id, let price, let earliest, let latest else { return nil }
        return PlannedPurchase(id: id, description: description, kind: kind, amount: price, earliest: earliest, latest: latest,
                               life: life, residual: residual)
    }

    /// `willekeurig: max`, `none`, or amounts per year `{2013: "30"}`.
    mutating func willekeurigChoice(_ value: DocumentValue?) -> WillekeurigChoice {
        guard let value, !value.isNull else { return .none }
        switch value {
        case .scalar(let text, _):
            switch text {
            case "max", "maximum": return .maximum
            case "none", "geen": return .none
            default:
                fail("willekeurig", .invalidChoice(text, allowed: ["max", "none", "{YEAR: AMOUNT}"]))
                return .none
            }
        case .mapping:
            return .amounts(yearAmounts(value, "willekeurig"))
        default:
            fail("willekeurig", .wrongType(expected: "max, none or {YEAR: AMOUNT}"))
            return .none
        }
    }

    /// A mapping of calendar years to amounts: `{2024: "300000"}`.
    mutating func yearAmounts(_ value: DocumentValue?, _ field: String) -> [Int: Money] {
        guard let value, !value.isNull, let pairs = mappingOfAnyKeys(value, field) else { return [:] }
        var result: [Int: Money] = [:]
        for (key, item) in pairs {
            guard let year = Int(key), (1900...9999).contains(year) else {
                fail(field + "." + key, .wrongType(expected: "a year"))
                continue
            }
            if let amount = amount(item, field + "." + key, required: true) { result[year] = amount }
        }
        return result
    }

    mutating func nonNegativeInteger(_ value: DocumentValue?, _ field: String) -> Int? {
        guard let text = text(value, field) else { return nil }
        guard let number = Int(text), number >= 0 else {
            fail(field, .notAPositiveWholeNumber(text))
            return nil
        }
        return number
    }
}

extension String {
    var trimmingSpaces: String {
        // Nearly always nothing to trim: decided on the bytes, without walking Characters.
        guard utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ") else { return self }
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
