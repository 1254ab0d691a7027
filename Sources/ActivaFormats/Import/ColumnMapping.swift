import Activa

/// Which register field a column of a spreadsheet activastaat holds. The headers of a Dutch bookkeeper's
/// afschrijvingsstaat (docs/law/opening-balance.md §5) are recognised; `--column "Kop=veld"` names any other.
public enum ImportField: String, Sendable, CaseIterable {
    case id, description, kind, committed, inUse, cost, residual, life
    /// Afschrijvingspercentage: a life of 100 / percentage years, when that is whole and there is no residual value.
    case rate
    /// Boekwaarde begin boekjaar: the book value at the start of the opening year.
    case bookValue
    /// Boekwaarde einde boekjaar of the sheet's year, the year before the opening year: the opening book value
    /// (balance continuity). When a sheet has both, this one is used.
    case closingBookValue
    /// The KIA received on the asset: an amount, or a percentage ("28%").
    case kia
    case willekeurigTaken
    /// The book value at the start of the opening year as it would be without willekeurige afschrijving (needed when
    /// some was taken on an asset already in use: art. 3.38, art. 3.54 lid 8).
    case bookValueWithoutWillekeurig
    /// A column that is read over (e.g. "afschrijving huidig boekjaar", which Activa computes itself).
    case ignore

    /// The mapping that `--column "Kop=veld"` (CLI) and `column=Kop=veld` (API) give; the first entry that is not
    /// "header=field" with a known field fails.
    public static func mapping(_ columns: [String]) -> Result<[String: ImportField], UnreadableColumn> {
        var mapping: [String: ImportField] = [:]
        for column in columns {
            let parts = column.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, let field = ImportField(rawValue: parts[1]) else { return .failure(UnreadableColumn(text: column)) }
            mapping[parts[0]] = field
        }
        return .success(mapping)
    }

    /// An entry of a column mapping that does not read as "header=field".
    public struct UnreadableColumn: Error {
        public var text: String
        /// The fields a mapping can name, for the message.
        public static var fields: String { ImportField.allCases.map(\.rawValue).joined(separator: ", ") }
    }

    /// The field in plain Dutch and English, for the import's messages.
    var label: LocalizedText {
        switch self {
        case .id: LocalizedText(nl: "nummer", en: "id")
        case .description: LocalizedText(nl: "omschrijving", en: "description")
        case .kind: LocalizedText(nl: "soort", en: "kind")
        case .committed: LocalizedText(nl: "aanschafdatum", en: "purchase date")
        case .inUse: LocalizedText(nl: "datum ingebruikname", en: "date in use")
        case .cost: LocalizedText(nl: "aanschafprijs", en: "cost")
        case .residual: LocalizedText(nl: "restwaarde", en: "residual value")
        case .life: LocalizedText(nl: "levensduur", en: "useful life")
        case .rate: LocalizedText(nl: "afschrijvingspercentage", en: "depreciation rate")
        case .bookValue: LocalizedText(nl: "boekwaarde begin", en: "opening book value")
        case .closingBookValue: LocalizedText(nl: "boekwaarde einde", en: "closing book value")
        case .kia: LocalizedText(nl: "KIA", en: "KIA")
        case .willekeurigTaken: LocalizedText(nl: "willekeurige afschrijving", en: "willekeurige afschrijving")
        case .bookValueWithoutWillekeurig: LocalizedText(nl: "boekwaarde zonder willekeurige afschrijving", en: "book value without willekeurige afschrijving")
        case .ignore: LocalizedText(nl: "niet gebruikt", en: "not used")
        }
    }

    /// The field a header names, by the words a Dutch template uses; nil for a header not recognised.
    /// `year` is the opening year: a header with a date ("Boekwaarde 31-12-2023", "Boekwaarde 1-1-2023") is the
    /// opening book value only when that date is the start of `year` or the end of the year before; otherwise it is
    /// another year's value, read over.
    static func recognise(_ header: String, year: Int? = nil) -> ImportField? {
        let key = normalised(header)
        if let field = ImportField(rawValue: header.trimmingSpaces) { return field }
        for (field, names) in synonyms where names.contains(key) { return field }
        if key.hasPrefix("boekwaarde") {
            // "Boekwaarde 31-12-2023", "boekwaarde einde boekjaar", "boekwaarde ultimo" (the end first: "31-12" holds "1-1").
            let end = key.contains("eind") || key.contains("31-12") || key.contains("31 december") || key.contains("ultimo")
            let begin = !end && (key.contains("begin") || key.contains("1-1") || key.contains("1 januari") || key.contains("primo"))
            if end || begin {
                // A year in the header names whose start or end it is.
                let digits = key.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.filter { (1990...2200).contains($0) }
                if let named = digits.last, let year {
                    return (end && named == year - 1) || (begin && named == year) ? (end ? .closingBookValue : .bookValue) : .ignore
                }
                return end ? .closingBookValue : .bookValue
            }
        }
        // "Afschrijving 2023", "afschrijving huidig boekjaar": Activa computes the depreciation itself.
        if (key.hasPrefix("afschrijving ") || key.hasPrefix("afschr. ") || key == "afschrijving") && !key.contains("%") { return .ignore }
        return nil
    }

    /// Lower case, without spaces at either end, a trailing colon or the unit in brackets: "Levensduur (jaren):" → "levensduur".
    static func normalised(_ header: String) -> String {
        var text = header.lowercased().trimmingSpaces
        if text.hasSuffix(":") { text.removeLast() }
        if let bracket = text.firstIndex(of: "("), text.hasSuffix(")") { text = String(text[..<bracket]).trimmingSpaces }
        return text.replacingOccurrences(of: "  ", with: " ")
    }

    private static let synonyms: [(ImportField, Set<String>)] = [
        (.id, ["nr", "nr.", "nummer", "activanummer", "code", "id"]),
        (.description, ["omschrijving", "naam", "activum", "bedrijfsmiddel", "omschrijving activum"]),
        (.kind, ["soort", "categorie", "groep"]),
        (.committed, ["aanschafdatum", "datum aanschaf", "aankoopdatum", "investeringsdatum", "datum investering", "datum"]),
        (.inUse, ["ingebruikname", "datum ingebruikname", "in gebruik", "in gebruik genomen"]),
        (.cost, ["aanschafprijs", "aanschafwaarde", "aanschafkosten", "kostprijs", "aanschafbedrag", "investeringsbedrag"]),
        (.residual, ["restwaarde"]),
        (.life, ["levensduur", "gebruiksduur", "looptijd", "afschrijvingsduur", "aantal jaren"]),
        (.rate, ["afschrijvingspercentage", "percentage", "afschrijving %", "afschr. %", "afschr.%", "afschr %", "afschrijvings%", "afschrijvings %", "afschr.perc.", "%"]),
        (.bookValue, ["boekwaarde begin", "boekwaarde begin boekjaar", "beginboekwaarde", "boekwaarde primo"]),
        (.kia, ["kia", "kleinschaligheidsinvesteringsaftrek", "investeringsaftrek"]),
        (.willekeurigTaken, ["willekeurige afschrijving", "willekeurig"]),
        (.bookValueWithoutWillekeurig, ["boekwaarde zonder willekeurige afschrijving", "boekwaarde zonder willekeurig",
                                        "boekwaarde exclusief willekeurige afschrijving", "boekwaarde zonder willekeurige afschrijving begin"]),
        (.ignore, ["aanschaf in huidig boekjaar", "aantal maanden", "aantal maanden afgeschreven dit jaar", "afschrijving",
                   "afschrijving huidig boekjaar", "afschrijving dit jaar", "cumulatieve afschrijving", "opmerking", "opmerkingen"]),
    ]

    /// The Dutch (and English) names of the kinds a spreadsheet writes in its "soort" column.
    static func kind(_ text: String) -> AssetKind? {
        let key = normalised(text)
        if let kind = AssetKind(rawValue: text.trimmingSpaces) { return kind }
        let names: [(AssetKind, Set<String>)] = [
            (.other, ["", "overig", "overige", "inventaris", "machines", "machine", "installaties", "computers", "computer", "gereedschap", "apparatuur",
                      "machines en installaties", "overige materiële vaste activa", "kantoorinventaris", "hardware", "meubilair"]),
            (.van, ["bestelauto", "bestelbus", "bestelwagen", "vrachtauto", "bedrijfsauto"]),
            (.passengerCar, ["personenauto", "auto", "personenwagen"]),
            (.building, ["gebouw", "gebouwen", "bedrijfspand", "pand", "bedrijfsgebouw", "bedrijfsgebouwen"]),
            (.land, ["grond", "terrein", "bedrijfsterrein", "terreinen"]),
            (.goodwill, ["goodwill"]),
            (.intangible, ["software", "immaterieel", "immateriële vaste activa", "octrooi", "licentie"]),
            (.motorcycle, ["motor", "bromfiets", "scooter", "motorfiets"]),
            (.ship, ["schip", "boot"]),
        ]
        for (kind, words) in names where words.contains(key) { return kind }
        return nil
    }
}
