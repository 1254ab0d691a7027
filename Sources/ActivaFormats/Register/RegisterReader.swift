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

    static let registerKeys: KeyList = ["entity", "opening", "assets", "planned", "closedYears"]
    static let closedYearKeys: KeyList = ["year", "closedOn", "registerVersion", "activaVersion", "registerDigest", "figures", "bookValues", "correction"]
    static let correctionKeys: KeyList = ["acceptedOn", "registerVersion", "registerDigest", "figures", "bookValues"]
    static let openingKeys: KeyList = ["year", "source", "reserves"]
    static let openingReserveKeys: KeyList = ["id", "formed", "amount", "soldBookValue", "soldLongTerm"]
    static let assetOpeningKeys: KeyList = ["bookValue", "willekeurigTaken", "bookValueWithoutWillekeurig", "kia", "kiaDeferred", "eia", "mia",
                                            "bookValue2007"]
    static let plannedKeys: KeyList = ["id", "description", "kind", "amount", "earliest", "latest", "life", "residual"]
    static let entityKeys: KeyList = ["name", "taxpayer", "partners", "startersYears", "fiscalYearStart", "firstFiscalYear",
                                             "lastFiscalYearEnd", "forgoKIA"]
    static let periodKeys: KeyList = ["start", "end"]
    static let partnerKeys: KeyList = ["name", "share", "outsideInvestments", "limited"]
    static let assetKeys: KeyList = ["id", "description", "kind", "committed", "inUse", "cost", "residual", "life", "payments",
                                            "part", "relatedParty", "relatedPartyOntheffing", "reductions", "changesOfUse", "rentedOut", "disposal", "method", "decliningRate", "willekeurig",
                                            "willekeurigScheme", "vamil", "used", "co2", "diesel", "buildingUse", "woz", "hir", "expensed",
                                            "eia", "mia", "notified", "building", "improves", "productionCosts", "opening", "balanceCategory"]
    static let hirKeys: KeyList = ["from", "amount", "sameFunction"]
    static let paymentKeys: KeyList = ["date", "amount"]
    static let datedAmountKeys: KeyList = ["date", "amount", "description"]
    static let changeOfUseKeys: KeyList = ["date", "to", "value"]
    static let disposalKeys: KeyList = ["date", "price", "withdrawal", "hir"]

    /// Parses and validates, dropping the warnings: for callers that want the register only (round trips, tests,
    /// the benchmark). Whatever shows a report uses `readWithWarnings` and shows them.
    public static func read(_ text: String, format: Format) throws(RegisterValidationError) -> Register {
        try readWithWarnings(text, format: format).register
    }

    /// Parses and validates. Throws `RegisterValidationError` with every issue found; a register that reads comes
    /// with what the user should look at although it reads (an amount such as `1.250`, read as € 1,25).
    public static func readWithWarnings(_ text: String, format: Format) throws(RegisterValidationError) -> RegisterWithWarnings {
        let document: Document
        do {
            // JSON is read straight into a tape; YAML through Yams' nodes (its parser is the larger cost).
            document = format == .json ? try JSONReader.document(text) : try YAMLReader.document(text)
        } catch {
            let location = error.line.map { "line \($0): " } ?? ""
            throw RegisterValidationError(issues: [RegisterIssue(field: "", problem: .syntax(location + error.detail))])
        }
        var reader = FieldReader(document: document)
        let register = reader.register(document.root)
        if let register, reader.issues.isEmpty {
            let semantic = register.validationIssues()
            if semantic.isEmpty { return RegisterWithWarnings(register: register, warnings: reader.warnings) }
            throw RegisterValidationError(issues: semantic)
        }
        throw RegisterValidationError(issues: reader.issues)
    }
}

/// A register as read from its file, with the warnings about how it was read (`Report.warnings` shows them).
public struct RegisterWithWarnings: Sendable {
    public var register: Register
    /// In file order: each names the asset id (nil outside an asset) and the field.
    public var warnings: [ReportWarning]

    public init(register: Register, warnings: [ReportWarning] = []) {
        self.register = register
        self.warnings = warnings
    }
}

extension Report {
    /// The register file's warnings, put before the engine's own (they are about the input the engine read).
    public mutating func insertReadingWarnings(_ readingWarnings: [ReportWarning]) {
        warnings.insert(contentsOf: readingWarnings, at: 0)
    }
}

/// The keys a mapping of the register may have, in the order a message lists them, each with its signature.
struct KeyList: Sendable, ExpressibleByArrayLiteral {
    let names: [StaticString]
    private let signatures: [UInt64]

    init(arrayLiteral names: StaticString...) {
        self.names = names
        signatures = names.map(Document.signature(of:))
    }

    /// Whether the key at `index`, with `signature`, is one of these.
    func contains(_ index: Document.Index, signature: UInt64, in document: Document) -> Bool {
        let position: Int? = signatures.withUnsafeBufferPointer { signatures in
            for position in signatures.indices where signatures[position] == signature { return position }
            return nil
        }
        guard let position else { return false }
        if names[position].utf8CodeUnitCount <= 7 || document.textEquals(index, names[position]) { return true }
        // A long key whose first seven bytes are those of an allowed one: compare it with every allowed key.
        return names.contains { document.textEquals(index, $0) }
    }

    var descriptions: [String] { names.map(\.description) }
}

/// The fields of a mapping, looked up by key. A register's mappings have a handful of keys, each with its signature
/// (length and first bytes in one word): a lookup compares words, where hashing every key would cost far more.
struct Fields {
    let document: Document
    let mapping: Document.Index
    /// The lengths and first bytes of the keys present, one bit each (modulo 64): most keys asked for are absent
    /// (a register names only the fields it uses), and these answer that without a scan.
    private let lengths: UInt64
    private let initials: UInt64

    init(document: Document, mapping: Document.Index) {
        self.document = document
        self.mapping = mapping
        var lengths: UInt64 = 0, initials: UInt64 = 0
        var key = mapping + 1
        let end = document.next(mapping)
        while key < end {
            let signature = document.signature(key)
            lengths |= 1 << ((signature >> 56) & 63)
            initials |= 1 << (signature & 63)
            key = document.next(key + 1)
        }
        self.lengths = lengths
        self.initials = initials
    }

    /// The value of `key`, if present. Inlined: with the key a literal, its length, first byte and signature are
    /// constants where it is asked for.
    @inline(__always)
    subscript(key: StaticString) -> Document.Index? {
        // The length and first byte first: the whole signature only for a key that may be present.
        let length = key.utf8CodeUnitCount
        let initial = length == 0 ? 0 : UInt64(key.utf8Start.pointee)
        guard lengths & (1 << (UInt64(length) & 63)) != 0, initials & (1 << (initial & 63)) != 0 else { return nil }
        return document.value(of: key, signature: Document.signature(of: key), in: mapping)
    }
}

/// Walks a document and collects issues instead of stopping at the first.
struct FieldReader {
    let document: Document
    var issues: [RegisterIssue] = []
    var warnings: [ReportWarning] = []
    var assetId: String?
    /// The figures taken over per asset (`assets[].opening`), gathered into the register's `Opening`.
    var assetOpenings: [String: AssetOpening] = [:]

    init(document: Document) {
        self.document = document
    }

    mutating func fail(_ field: String, _ problem: RegisterIssue.Problem) {
        issues.append(RegisterIssue(assetId: assetId, field: field, problem: problem))
    }

    /// The mapping's fields, reporting unknown keys.
    mutating func mapping(_ value: Document.Index, _ field: @autoclosure () -> String, allowed: KeyList) -> Fields? {
        guard document.isMapping(value) else {
            fail(field(), .wrongType(expected: "mapping"))
            return nil
        }
        // By index (the keys' `Children` would hold, and retain, a copy of the document).
        var key = value + 1
        let end = document.next(value)
        while key < end {
            if !allowed.contains(key, signature: document.signature(key), in: document) {
                fail(join(field(), document.text(key)), .unknownKey(allowed: allowed.descriptions))
            }
            key = document.next(key + 1)
        }
        return Fields(document: document, mapping: value)
    }

    func join(_ parent: String, _ key: String) -> String { parent.isEmpty ? key : parent + "." + key }

    /// The scalar, if present and not null; a missing value (when required) or one of another type is an issue.
    mutating func scalar(_ value: Document.Index?, _ field: @autoclosure () -> String, required: Bool = false) -> Document.Index? {
        guard let value, !document.isNull(value) else {
            if required { fail(field(), .missing) }
            return nil
        }
        guard document.isScalar(value) else {
            fail(field(), .wrongType(expected: "text"))
            return nil
        }
        return value
    }

    mutating func text(_ value: Document.Index?, _ field: @autoclosure () -> String, required: Bool = false) -> String? {
        scalar(value, field(), required: required).map { document.text($0) }
    }

    /// An amount; `money: false` for a fraction read the same way (`decliningRate`), which gets no warning about
    /// a thousands separator.
    mutating func amount(_ value: Document.Index?, _ field: @autoclosure () -> String, required: Bool = false,
                         money: Bool = true) -> Money? {
        guard let scalar = scalar(value, field(), required: required) else { return nil }
        // Parsed where its text stands, and tested there for a thousands separator (one pass over the bytes).
        let (parsed, thousands) = document.withBytes(scalar) { bytes in
            let trimmed = bytes.trimmingSpaces
            return (ExactDecimal(parsing: trimmed), money && trimmed.looksLikeThousands)
        }
        guard let amount = parsed else {
            fail(field(), .invalidAmount(document.text(scalar)))
            return nil
        }
        if amount.isNegative { fail(field(), .negative) }
        if !amount.isWithinInputRange {
            fail(field(), .outOfRange(document.text(scalar)))
            return nil
        }
        // `1.250`: a Dutch reader sees € 1.250 where the file says € 1,25. Read as written, with a warning.
        if thousands {
            warnings.append(ReportWarning(assetId: assetId, text: Self.thousandsWarning(field: field(), text: document.text(scalar).trimmingSpaces,
                                                                                         read: amount)))
        }
        return amount
    }

    /// "aanschafprijs (cost) 1.250 heeft drie decimalen; bedoelt u € 1.250 of € 1,25? …"
    static func thousandsWarning(field: String, text: String, read amount: Money) -> LocalizedText {
        let thousands = ExactDecimal(parsing: text.replacingPoint) ?? amount
        // The two ways to write it without the warning: the whole number, or the decimal without its trailing zero
        // (1.25) or with one more (1.2550) when it has none.
        let asDecimal = amount.scale < 3 ? amount.formatted(minimumFractionDigits: 2) : amount.formatted(minimumFractionDigits: 4)
        let name = fieldName(field)
        let nl = { (value: Money, decimals: Int) in value.formatted(minimumFractionDigits: decimals, decimalMark: ",", groupingSeparator: ".") }
        let en = { (value: Money, decimals: Int) in value.formatted(minimumFractionDigits: decimals, decimalMark: ".", groupingSeparator: ",") }
        let decimals = Swift.max(2, amount.scale)
        return LocalizedText(
            nl: "\(name.nl) \(text) heeft drie decimalen; bedoelt u € \(nl(thousands, 0)) of € \(nl(amount, decimals))? Gelezen als € \(nl(amount, decimals)); schrijf \"\(thousands)\" of \"\(asDecimal)\" om deze waarschuwing weg te nemen.",
            en: "\(name.en) \(text) has three decimals; did you mean €\(en(thousands, 0)) or €\(en(amount, decimals))? Read as €\(en(amount, decimals)); write \"\(thousands)\" or \"\(asDecimal)\" to remove this warning.")
    }

    /// A field as a message names it: "aanschafprijs (cost)", "betaling (payments[0].amount)".
    static func fieldName(_ field: String) -> LocalizedText {
        let names: [(suffix: String, nl: String, en: String)] = [
            ("cost", "aanschafprijs", "cost"), ("residual", "restwaarde", "residual value"), ("amount", "bedrag", "amount"),
            ("price", "verkoopprijs", "disposal price"),
        ]
        let parts = field.split(separator: ".")
        let last = parts.last.map(String.init) ?? field
        if field.hasPrefix("payments[") { return LocalizedText(nl: "betaling (\(field))", en: "payment (\(field))") }
        if field.hasPrefix("hir.") { return LocalizedText(nl: "herinvesteringsreserve (\(field))", en: "herinvesteringsreserve (\(field))") }
        if field.hasPrefix("woz.") { return LocalizedText(nl: "WOZ-waarde (\(field))", en: "WOZ value (\(field))") }
        if field.hasPrefix("willekeurig.") { return LocalizedText(nl: "willekeurige afschrijving (\(field))", en: "willekeurige afschrijving (\(field))") }
        if field.contains("outsideInvestments") {
            return LocalizedText(nl: "investeringen buiten het samenwerkingsverband (\(field))", en: "outside investments (\(field))")
        }
        if let name = names.first(where: { $0.suffix == last }) {
            return LocalizedText(nl: "\(name.nl) (\(field))", en: name.en == field ? field : "\(name.en) (\(field))")
        }
        return LocalizedText(nl: field, en: field)
    }

    /// A share between 0 and 1 with at most 6 decimals ("0.5", "0.333333").
    mutating func fraction(_ value: Document.Index?, _ field: @autoclosure () -> String) -> Rate? {
        guard let scalar = scalar(value, field(), required: true) else { return nil }
        let text = document.text(scalar)
        guard let share = decimal(scalar) else {
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

    /// A scalar as a decimal, parsed where its text stands, spaces at either end ignored (the text is made only
    /// for a message).
    func decimal(_ scalar: Document.Index) -> ExactDecimal? {
        document.withBytes(scalar) { ExactDecimal(parsing: $0.trimmingSpaces) }
    }

    mutating func day(_ value: Document.Index?, _ field: @autoclosure () -> String, required: Bool = false) -> Day? {
        guard let scalar = scalar(value, field(), required: required) else { return nil }
        guard let day = document.withBytes(scalar, { Day(iso: $0) }) else {
            fail(field(), .invalidDate(document.text(scalar)))
            return nil
        }
        return day
    }

    mutating func bool(_ value: Document.Index?, _ field: @autoclosure () -> String) -> Bool? {
        guard let scalar = scalar(value, field()) else { return nil }
        for word: StaticString in ["true", "True", "TRUE", "yes", "ja"] where document.textEquals(scalar, word) { return true }
        for word: StaticString in ["false", "False", "FALSE", "no", "nee"] where document.textEquals(scalar, word) { return false }
        fail(field(), .wrongType(expected: "true/false"))
        return nil
    }

    mutating func positiveInteger(_ value: Document.Index?, _ field: @autoclosure () -> String) -> Int? {
        guard let scalar = scalar(value, field()) else { return nil }
        guard let number = document.withBytes(scalar, { Int(decimalBytes: $0) }), number > 0 else {
            fail(field(), .notAPositiveWholeNumber(document.text(scalar)))
            return nil
        }
        return number
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ value: Document.Index?, _ field: @autoclosure () -> String, _ type: T.Type) -> T?
    where T.RawValue == String {
        guard let text = text(value, field()) else { return nil }
        guard let chosen = T(rawValue: text) else {
            fail(field(), .invalidChoice(text, allowed: T.allCases.map(\.rawValue)))
            return nil
        }
        return chosen
    }

    /// The items of a list that is present and not null; another value is an issue.
    mutating func list(_ value: Document.Index?, _ field: String) -> Document.Children? {
        guard let value, !document.isNull(value) else { return nil }
        guard document.isSequence(value) else {
            fail(field, .wrongType(expected: "list"))
            return nil
        }
        return document.items(value)
    }

    mutating func register(_ root: Document.Index) -> Register? {
        guard let fields = mapping(root, "", allowed: RegisterReader.registerKeys) else { return nil }
        let entity = fields["entity"].flatMap { self.entity($0) } ?? Entity()
        guard let assetsValue = fields["assets"] else {
            fail("assets", .missing)
            return nil
        }
        guard document.isSequence(assetsValue) else {
            if document.isNull(assetsValue) { return Register(entity: entity, assets: []) }
            fail("assets", .wrongType(expected: "list"))
            return nil
        }
        var assets: [Asset] = []
        assets.reserveCapacity(document.count(assetsValue))
        for (index, item) in document.items(assetsValue).enumerated() {
            if let asset = asset(item, index: index) { assets.append(asset) }
        }
        var planned: [PlannedPurchase] = []
        if let entries = list(fields["planned"], "planned") {
            for (index, entry) in entries.enumerated() {
                if let purchase = plannedPurchase(entry, index: index) { planned.append(purchase) }
            }
        }
        var opening: Opening?
        if let value = fields["opening"], !document.isNull(value) {
            opening = self.opening(value)
        }
        if opening == nil, fields["opening"] == nil || document.isNull(fields["opening"] ?? 0) {
            for id in assetOpenings.keys.sorted() {
                issues.append(RegisterIssue(assetId: id, field: "opening", problem: .rule(LocalizedText(
                    nl: "overgenomen cijfers horen bij een register dat een activastaat overneemt: geef het beginjaar (opening.year bovenaan het register)",
                    en: "figures taken over belong to a register that takes over an activastaat: give the opening year (opening.year at the top of the register)"))))
            }
        }
        opening?.assets = assetOpenings
        var result = Register(entity: entity, assets: assets, planned: planned, opening: opening)
        if let items = list(fields["closedYears"], "closedYears") {
            for (position, item) in items.enumerated() {
                if let closed = closedYear(item, field: "closedYears[\(position)]") { result.closedYears.append(closed) }
            }
        }
        return result
    }

    mutating func entity(_ value: Document.Index) -> Entity? {
        guard let fields = mapping(value, "entity", allowed: RegisterReader.entityKeys) else { return nil }
        var entity = Entity()
        entity.name = text(fields["name"], "entity.name")
        entity.taxpayer = choice(fields["taxpayer"], "entity.taxpayer", Taxpayer.self) ?? .ib
        entity.calendar = fiscalCalendar(fields) ?? .calendarYears
        if let items = list(fields["startersYears"], "entity.startersYears") {
            for (index, item) in items.enumerated() {
                if let year = positiveInteger(item, "entity.startersYears[\(index)]") { entity.startersYears.insert(year) }
            }
        }
        if let items = list(fields["forgoKIA"], "entity.forgoKIA") {
            for (index, item) in items.enumerated() {
                if let year = positiveInteger(item, "entity.forgoKIA[\(index)]") { entity.forgoKIA.insert(year) }
            }
        }
        if let partnersValue = fields["partners"], !document.isNull(partnersValue) {
            guard let items = list(partnersValue, "entity.partners") else { return entity }
            for (index, item) in items.enumerated() {
                let field = "entity.partners[\(index)]"
                guard let partner = mapping(item, field, allowed: RegisterReader.partnerKeys) else { continue }
                let name = text(partner["name"], field + ".name", required: true) ?? ""
                let share = fraction(partner["share"], field + ".share") ?? 0
                var outside: [Int: Money] = [:]
                if let outsideValue = partner["outsideInvestments"], !document.isNull(outsideValue),
                   let years = mappingOfAnyKeys(outsideValue, field + ".outsideInvestments") {
                    for key in years {
                        let keyText = document.text(key)
                        guard let year = Int(keyText), (1900...9999).contains(year) else {
                            fail(field + ".outsideInvestments." + keyText, .wrongType(expected: "a year"))
                            continue
                        }
                        outside[year] = amount(key + 1, field + ".outsideInvestments." + keyText, required: true)
                    }
                }
                let limited = bool(partner["limited"], field + ".limited") ?? false
                entity.partners.append(Partner(name: name, share: share, outsideInvestments: outside, limited: limited))
            }
        }
        return entity
    }

    /// `opening: {year: 2024, source: "…", reserves: [{id, formed, amount, soldBookValue, soldLongTerm}]}`.
    mutating func opening(_ value: Document.Index) -> Opening? {
        guard let fields = mapping(value, "opening", allowed: RegisterReader.openingKeys) else { return nil }
        let year = positiveInteger(fields["year"], "opening.year")
        if fields["year"] == nil { fail("opening.year", .missing) }
        let source = text(fields["source"], "opening.source")
        var reserves: [OpeningReserve] = []
        if let items = list(fields["reserves"], "opening.reserves") {
            for (position, item) in items.enumerated() {
                let field = "opening.reserves[\(position)]"
                guard let reserve = mapping(item, field, allowed: RegisterReader.openingReserveKeys) else { continue }
                let id = text(reserve["id"], field + ".id", required: true)
                let formed = positiveInteger(reserve["formed"], field + ".formed")
                if reserve["formed"] == nil { fail(field + ".formed", .missing) }
                let balance = amount(reserve["amount"], field + ".amount", required: true)
                // Required: 0 would switch off the boekwaarde-eis of art. 3.54 lid 2 without a word.
                let sold = amount(reserve["soldBookValue"], field + ".soldBookValue", required: true) ?? 0
                let long = bool(reserve["soldLongTerm"], field + ".soldLongTerm") ?? false
                if let id, let formed, let amount = balance {
                    reserves.append(OpeningReserve(id: id, formedYear: formed, amount: amount, soldBookValue: sold, soldLongTerm: long))
                }
            }
        }
        guard let year else { return nil }
        return Opening(year: year, source: source, reserves: reserves)
    }

    /// `{year, closedOn, registerVersion, activaVersion, figures: {kia: "…", …}}`: a closed year as filed.
    mutating func closedYear(_ value: Document.Index, field: String) -> ClosedYear? {
        guard let fields = mapping(value, field, allowed: RegisterReader.closedYearKeys) else { return nil }
        let year = positiveInteger(fields["year"], field + ".year")
        if fields["year"] == nil { fail(field + ".year", .missing) }
        let closedOn = day(fields["closedOn"], field + ".closedOn", required: true)
        let version = positiveInteger(fields["registerVersion"], field + ".registerVersion")
        let activa = text(fields["activaVersion"], field + ".activaVersion", required: true)
        let figures = filedFigures(fields["figures"], field + ".figures")
        let bookValues = fields["bookValues"].map { self.bookValues($0, field + ".bookValues") } ?? [:]
        var correction: AcceptedCorrection?
        if let value = fields["correction"], let correctionFields = mapping(value, field + ".correction", allowed: RegisterReader.correctionKeys) {
            let accepted = day(correctionFields["acceptedOn"], field + ".correction.acceptedOn", required: true)
            let version = positiveInteger(correctionFields["registerVersion"], field + ".correction.registerVersion")
            let figures = filedFigures(correctionFields["figures"], field + ".correction.figures")
            let values = correctionFields["bookValues"].map { self.bookValues($0, field + ".correction.bookValues") } ?? [:]
            let digest = text(correctionFields["registerDigest"], field + ".correction.registerDigest")
            if let accepted {
                correction = AcceptedCorrection(acceptedOn: accepted, registerVersion: version, registerDigest: digest, figures: figures, bookValues: values)
            }
        }
        guard let year, let closedOn, let activa else { return nil }
        return ClosedYear(year: year, closedOn: closedOn, registerVersion: version, activaVersion: activa,
                          registerDigest: text(fields["registerDigest"], field + ".registerDigest"), figures: figures,
                          bookValues: bookValues, correction: correction)
    }

    /// A closed year's `figures:`, each under a key of `YearReport.filedFigureKeys`.
    mutating func filedFigures(_ value: Document.Index?, _ field: String) -> [FiledFigure] {
        guard let value else {
            fail(field, .missing)
            return []
        }
        var figures: [FiledFigure] = []
        guard let keys = mappingOfAnyKeys(value, field) else { return [] }
        for key in keys {
            let name = document.text(key)
            guard YearReport.filedFigureKeys.contains(name) else {
                fail(field + "." + name, .unknownKey(allowed: YearReport.filedFigureKeys))
                continue
            }
            if let amount = amount(key + 1, field + "." + name, required: true, money: false) {
                figures.append(FiledFigure(key: name, amount: amount))
            }
        }
        return figures
    }

    /// A closed year's `bookValues:`, asset id → book value at the end of the year.
    mutating func bookValues(_ value: Document.Index, _ field: String) -> [String: Money] {
        var values: [String: Money] = [:]
        guard let keys = mappingOfAnyKeys(value, field) else { return [:] }
        for key in keys {
            let id = document.text(key)
            if let amount = amount(key + 1, field + "." + id, required: true, money: false) { values[id] = amount }
        }
        return values
    }

    /// An asset's `opening:` figures at the start of the opening year.
    mutating func assetOpening(_ value: Document.Index) -> AssetOpening? {
        guard let fields = mapping(value, "opening", allowed: RegisterReader.assetOpeningKeys) else { return nil }
        let book = amount(fields["bookValue"], "opening.bookValue", required: true)
        let taken = amount(fields["willekeurigTaken"], "opening.willekeurigTaken") ?? 0
        let shadow = amount(fields["bookValueWithoutWillekeurig"], "opening.bookValueWithoutWillekeurig")
        var kia: ReceivedAftrek?
        if let scalar = scalar(fields["kia"], "opening.kia") {
            // "28%" is the percentage received (the year's KIA over its investments); otherwise an amount.
            switch ReceivedAftrek.percentage(in: document.text(scalar)) {
            case .success(let received)?: kia = received
            case .failure(let problem)?: fail("opening.kia", .rule(problem.message))
            case nil: if let amount = amount(scalar, "opening.kia") { kia = .amount(amount) }
            }
        }
        let deferred = amount(fields["kiaDeferred"], "opening.kiaDeferred") ?? 0
        let eia = amount(fields["eia"], "opening.eia") ?? 0
        let mia = amount(fields["mia"], "opening.mia") ?? 0
        let book2007 = amount(fields["bookValue2007"], "opening.bookValue2007")
        guard let book else { return nil }
        return AssetOpening(bookValue: book, willekeurigTaken: taken, bookValueWithoutWillekeurig: shadow, kia: kia, kiaDeferred: deferred,
                            eia: eia, mia: mia, bookValue2007: book2007)
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
        if let value = fields["firstFiscalYear"], !document.isNull(value),
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

    /// The keys of a mapping with keys of any name (years); each key's value is the node after it.
    mutating func mappingOfAnyKeys(_ value: Document.Index, _ field: String) -> Document.Children? {
        guard document.isMapping(value) else {
            fail(field, .wrongType(expected: "mapping"))
            return nil
        }
        return document.keys(value)
    }

    mutating func asset(_ value: Document.Index, index: Int) -> Asset? {
        // Name the asset by its id when it has one, else by its position.
        if document.isMapping(value), let key = document.keys(value).first(where: { document.textEquals($0, "id") }),
           document.isScalar(key + 1) {
            assetId = document.text(key + 1)
        } else {
            assetId = "#\(index + 1)"
        }
        defer { assetId = nil }
        guard let fields = mapping(value, "", allowed: RegisterReader.assetKeys) else { return nil }
        let before = issues.count
        let id = text(fields["id"], "id", required: true)
        let description = text(fields["description"], "description")
        let kind = choice(fields["kind"], "kind", AssetKind.self) ?? .other
        let balanceCategory = choice(fields["balanceCategory"], "balanceCategory", BalanceCategory.self)
        // Voortbrengingskosten (art. 3.43 lid 1): the costs made give the investment date and the cost.
        let productionCosts = datedAmounts(fields["productionCosts"], "productionCosts")
        if let costsValue = fields["productionCosts"], productionCosts.isEmpty, document.isSequence(costsValue), document.count(costsValue) == 0 {
            fail("productionCosts", .missing)
        }
        let selfMade = fields["productionCosts"] != nil
        let committed = day(fields["committed"], "committed", required: !selfMade) ?? productionCosts.map(\.date).min()
        let inUse = day(fields["inUse"], "inUse")
        let cost = amount(fields["cost"], "cost", required: !selfMade) ?? (selfMade ? productionCosts.reduce(Money.zero) { $0 + $1.amount } : nil)
        let improves = text(fields["improves"], "improves")
        let residual = amount(fields["residual"], "residual") ?? 0
        let life = positiveInteger(fields["life"], "life")
        let part = text(fields["part"], "part")
        let relatedParty = bool(fields["relatedParty"], "relatedParty") ?? false
        let ontheffing = bool(fields["relatedPartyOntheffing"], "relatedPartyOntheffing") ?? false
        if ontheffing, !relatedParty {
            fail("relatedPartyOntheffing", .rule(LocalizedText(nl: "alleen bij een aankoop van een verbonden partij (relatedParty: true)",
                                                                en: "only for a purchase from a related party (relatedParty: true)")))
        }
        let rentedOut = bool(fields["rentedOut"], "rentedOut") ?? false
        var payments: [Payment]?
        if let paymentsValue = fields["payments"], let items = list(paymentsValue, "payments") {
            payments = []
            payments?.reserveCapacity(document.count(paymentsValue))
            for (position, item) in items.enumerated() {
                // The field's name is built only for a message (an interpolation per payment costs more than its reading).
                guard let payment = mapping(item, "payments[\(position)]", allowed: RegisterReader.paymentKeys) else { continue }
                if let date = day(payment["date"], "payments[\(position)].date", required: true),
                   let amount = amount(payment["amount"], "payments[\(position)].amount", required: true) {
                    payments?.append(Payment(date: date, amount: amount))
                }
            }
        }
        let reductions = datedAmounts(fields["reductions"], "reductions")
        var changesOfUse: [ChangeOfUse] = []
        if let changesValue = fields["changesOfUse"], let items = list(changesValue, "changesOfUse") {
            for (position, item) in items.enumerated() {
                let field = "changesOfUse[\(position)]"
                guard let change = mapping(item, field, allowed: RegisterReader.changeOfUseKeys) else { continue }
                let date = day(change["date"], field + ".date", required: true)
                let to = choice(change["to"], field + ".to", ChangeOfUse.Use.self)
                if change["to"] == nil { fail(field + ".to", .missing) }
                let value = amount(change["value"], field + ".value", required: true)
                if let date, let to, let value { changesOfUse.append(ChangeOfUse(date: date, to: to, value: value)) }
            }
        }
        var disposal: Disposal?
        if let disposalValue = fields["disposal"], !document.isNull(disposalValue),
           let fields = mapping(disposalValue, "disposal", allowed: RegisterReader.disposalKeys) {
            let date = day(fields["date"], "disposal.date", required: true)
            let price = amount(fields["price"], "disposal.price", required: true)
            let withdrawal = bool(fields["withdrawal"], "disposal.withdrawal") ?? false
            let hir = bool(fields["hir"], "disposal.hir") ?? false
            if let date, let price { disposal = Disposal(date: date, price: price, withdrawal: withdrawal, hir: hir) }
        }
        let methodName = text(fields["method"], "method") ?? "straightLine"
        var method = DepreciationMethod.straightLine
        let decliningRate = amount(fields["decliningRate"], "decliningRate", money: false)
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
        let building = text(fields["building"], "building")
        var hir: HIRAfboeking?
        if let hirValue = fields["hir"], !document.isNull(hirValue), let hirFields = mapping(hirValue, "hir", allowed: RegisterReader.hirKeys) {
            if let from = text(hirFields["from"], "hir.from", required: true) {
                hir = HIRAfboeking(from: from, amount: amount(hirFields["amount"], "hir.amount"),
                                   sameFunction: bool(hirFields["sameFunction"], "hir.sameFunction") ?? false)
            }
        }
        if let openingValue = fields["opening"], !document.isNull(openingValue), let figures = assetOpening(openingValue), let id {
            assetOpenings[id] = figures
        }
        guard issues.count == before, let id, let committed, let cost else { return nil }
        // Made in one step where it is returned: a `var` set afterwards is a copy of the whole asset.
        return Asset(id: id, description: description, kind: kind, committed: committed, inUse: inUse, cost: cost,
                     residual: residual, life: life, payments: payments, part: part, relatedParty: relatedParty,
                     rentedOut: rentedOut, disposal: disposal, method: method, willekeurig: willekeurig,
                     willekeurigScheme: scheme, vamil: vamil, used: used, co2: co2, diesel: diesel,
                     buildingUse: buildingUse, woz: woz, hir: hir, expensed: expensed, eia: eia, mia: mia, notified: notified,
                     building: building, reductions: reductions, changesOfUse: changesOfUse,
                     relatedPartyOntheffing: ontheffing, improves: improves, productionCosts: productionCosts,
                     balanceCategory: balanceCategory)
    }

    /// A list of `{date, amount, description}`: subsidies (`reductions`) or voortbrengingskosten (`productionCosts`).
    mutating func datedAmounts(_ value: Document.Index?, _ field: String) -> [DatedAmount] {
        guard let value, let items = list(value, field) else { return [] }
        var result: [DatedAmount] = []
        for (position, item) in items.enumerated() {
            guard let entry = mapping(item, "\(field)[\(position)]", allowed: RegisterReader.datedAmountKeys) else { continue }
            if let date = day(entry["date"], "\(field)[\(position)].date", required: true),
               let amount = amount(entry["amount"], "\(field)[\(position)].amount", required: true) {
                result.append(DatedAmount(date: date, amount: amount, description: text(entry["description"], "\(field)[\(position)].description")))
            }
        }
        return result
    }

    mutating func plannedPurchase(_ value: Document.Index, index: Int) -> PlannedPurchase? {
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
    mutating func willekeurigChoice(_ value: Document.Index?) -> WillekeurigChoice {
        guard let value, !document.isNull(value) else { return .none }
        if document.isScalar(value) {
            let text = document.text(value)
            switch text {
            case "max", "maximum": return .maximum
            case "none", "geen": return .none
            default:
                fail("willekeurig", .invalidChoice(text, allowed: ["max", "none", "{YEAR: AMOUNT}"]))
                return .none
            }
        }
        if document.isMapping(value) { return .amounts(yearAmounts(value, "willekeurig")) }
        fail("willekeurig", .wrongType(expected: "max, none or {YEAR: AMOUNT}"))
        return .none
    }

    /// A mapping of calendar years to amounts: `{2024: "300000"}`.
    mutating func yearAmounts(_ value: Document.Index?, _ field: String) -> [Int: Money] {
        guard let value, !document.isNull(value), let keys = mappingOfAnyKeys(value, field) else { return [:] }
        var result: [Int: Money] = [:]
        for key in keys {
            let keyText = document.text(key)
            guard let year = Int(keyText), (1900...9999).contains(year) else {
                fail(field + "." + keyText, .wrongType(expected: "a year"))
                continue
            }
            if let amount = amount(key + 1, field + "." + keyText, required: true) { result[year] = amount }
        }
        return result
    }

    mutating func nonNegativeInteger(_ value: Document.Index?, _ field: String) -> Int? {
        guard let scalar = scalar(value, field) else { return nil }
        guard let number = document.withBytes(scalar, { Int(decimalBytes: $0) }), number >= 0 else {
            fail(field, .notAPositiveWholeNumber(document.text(scalar)))
            return nil
        }
        return number
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the bytes read as a number with a thousands separator to a Dutch reader: one to three digits (the
    /// first not 0), a point, three digits (`1.250`, `12.500`, `250.000`). Tested on every amount read: a length
    /// and one byte decide for almost every one.
    /// "1.250" or "1,250": one separator before exactly three digits, which a reader may take for thousands (in
    /// Dutch "1.250", in English "1,250") while the file reads it as a decimal.
    var looksLikeThousands: Bool {
        guard count >= 5, count <= 7, self[count - 4] == UInt8(ascii: ".") || self[count - 4] == UInt8(ascii: ","),
              self[0] != UInt8(ascii: "0") else { return false }
        for index in indices where index != count - 4 {
            guard self[index] &- UInt8(ascii: "0") < 10 else { return false }
        }
        return true
    }

    /// The bytes without spaces at either end.
    var trimmingSpaces: UnsafeBufferPointer<UInt8> {
        var start = startIndex, end = endIndex
        while start < end, self[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, self[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return UnsafeBufferPointer(rebasing: self[start..<end])
    }
}

extension Int {
    /// A whole number from its UTF-8 bytes, as `Int(_: String)` reads one: an optional sign and at least one digit,
    /// nothing else; nil on overflow.
    init?(decimalBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = bytes.first else { return nil }
        let negative = first == UInt8(ascii: "-")
        var index = negative || first == UInt8(ascii: "+") ? 1 : 0
        guard index < bytes.count else { return nil }
        var value = 0
        while index < bytes.count {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            let (shifted, shiftOverflow) = value.multipliedReportingOverflow(by: 10)
            let (next, digitOverflow) = negative ? shifted.subtractingReportingOverflow(Int(digit)) : shifted.addingReportingOverflow(Int(digit))
            guard !shiftOverflow, !digitOverflow else { return nil }
            value = next
            index += 1
        }
        self = value
    }
}

extension String {
    /// The text without spaces at either end (a register's scalar as a message quotes it).
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }

    /// `1.250` → `1250`: the digits with the point taken out.
    var replacingPoint: String { String(filter { $0 != "." && $0 != "," }) }
}
