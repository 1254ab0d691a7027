import Activa
import CSV
import Foundation

/// A spreadsheet activastaat (CSV, as a Dutch bookkeeper's template has it) read into a register that takes it over
/// from the start of `year` (issue 16): one asset per row, Dutch amounts and dates, the columns found by their
/// headers or named by a mapping, and every row that cannot be read reported with its number, column and reason.
public enum ActivastaatImport {
    public struct Options: Sendable {
        /// The opening year: the boekjaar whose starting book values the sheet gives.
        public var year: Int
        public var name: String?
        public var taxpayer: Taxpayer
        /// Shown with each figure taken over; "opgave vorige administratie" unless given.
        public var source: String?
        /// Header text → field, for columns the importer does not recognise or reads otherwise.
        public var columns: [String: ImportField]

        public init(year: Int, name: String? = nil, taxpayer: Taxpayer = .ib, source: String? = nil, columns: [String: ImportField] = [:]) {
            self.year = year
            self.name = name
            self.taxpayer = taxpayer
            self.source = source
            self.columns = columns
        }
    }

    /// A row (or the file) that could not be read: where, and why.
    public struct Problem: Sendable, Equatable {
        /// The row's number as a spreadsheet shows it (the header row included); nil for the file as a whole.
        public var row: Int?
        public var column: String?
        public var assetId: String?
        public var message: LocalizedText

        public func describe(file: String?, _ language: Language) -> String {
            var location: [String] = []
            if let file { location.append(file) }
            if let row { location.append(language == .nl ? "rij \(row)" : "row \(row)") }
            if let column { location.append(language == .nl ? "kolom '\(column)'" : "column '\(column)'") }
            if let assetId { location.append(language == .nl ? "activum '\(assetId)'" : "asset '\(assetId)'") }
            return location.joined(separator: ", ") + ": " + message.text(language)
        }
    }

    public struct Result: Sendable {
        /// The register, when every row was read (and nothing is wrong with it); nil otherwise.
        public var register: Register?
        /// What the import decided that the user should know (columns not used, dates assumed, rows passed over).
        public var notes: [LocalizedText]
        public var problems: [Problem]
    }

    /// At most this many rows: a sheet is an activastaat, not a data dump (and a request's work stays bounded).
    public static let maximumRows = 10_000

    public static func read(_ text: String, options: Options) -> Result {
        var notes: [LocalizedText] = []
        var problems: [Problem] = []
        func fail(_ row: Int?, _ column: String?, _ message: LocalizedText, asset: String? = nil) {
            problems.append(Problem(row: row, column: column, assetId: asset, message: message))
        }
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let delimiter = Self.delimiter(of: body)
        let rows: [[String]]
        do {
            let reader = try CSVReader(string: body, hasHeaderRow: false, trimFields: true, delimiter: delimiter)
            var read: [[String]] = []
            while let row = reader.next() {
                read.append(row)
                if read.count > maximumRows + 20 { break }
            }
            if reader.error != nil { throw CSVError.cannotReadFile }
            rows = read
        } catch {
            fail(nil, nil, LocalizedText(nl: "het bestand is geen leesbare CSV (controleer de aanhalingstekens)",
                                         en: "the file is not readable CSV (check the quotes)"))
            return Result(register: nil, notes: notes, problems: problems)
        }
        // The header: the first row in which at least two columns are recognised (a title row above it is passed over).
        let mapped = { (header: String) -> ImportField? in
            options.columns[header.trimmingSpaces] ?? options.columns[ImportField.normalised(header)] ?? ImportField.recognise(header, year: options.year)
        }
        guard let headerIndex = rows.prefix(20).firstIndex(where: { $0.compactMap(mapped).filter { $0 != .ignore }.count >= 2 }) else {
            fail(nil, nil, LocalizedText(
                nl: "geen kopregel gevonden met kolommen als omschrijving, aanschafdatum, aanschafprijs, restwaarde, levensduur, boekwaarde begin; noem de kolommen met --column \"Kop=veld\"",
                en: "no header row found with columns such as omschrijving, aanschafdatum, aanschafprijs, restwaarde, levensduur, boekwaarde begin; name the columns with --column \"Header=field\""))
            return Result(register: nil, notes: notes, problems: problems)
        }
        if rows.count - headerIndex - 1 > maximumRows {
            fail(nil, nil, .make { l in l == .nl ? "meer dan \(maximumRows) regels" : "more than \(maximumRows) rows" })
            return Result(register: nil, notes: notes, problems: problems)
        }
        let header = rows[headerIndex]
        var columnOf: [ImportField: Int] = [:]
        for (position, title) in header.enumerated() {
            guard !title.isEmpty else { continue }
            guard let field = mapped(title) else {
                notes.append(.make { l in l == .nl ? "kolom '\(title)' niet herkend en niet gebruikt (noem hem met --column \"\(title)=veld\")"
                                                   : "column '\(title)' not recognised and not used (name it with --column \"\(title)=field\")" })
                continue
            }
            if field == .ignore {
                if ImportField.normalised(title).hasPrefix("boekwaarde") {
                    notes.append(.make { l in
                        l == .nl ? "kolom '\(title)' is de boekwaarde van een ander moment dan het begin van \(options.year); niet gebruikt"
                                 : "column '\(title)' is the book value at another moment than the start of \(options.year); not used"
                    })
                }
                continue
            }
            if let earlier = columnOf[field] {
                fail(headerIndex + 1, title, .make { l in
                    l == .nl ? "twee kolommen voor \(field.label.nl): '\(header[earlier])' en '\(title)'; noem er één met --column \"\(title)=ignore\""
                             : "two columns for \(field.label.en): '\(header[earlier])' and '\(title)'; name one with --column \"\(title)=ignore\""
                })
            }
            columnOf[field] = position
        }
        for required in [ImportField.committed, .cost] where columnOf[required] == nil {
            fail(headerIndex + 1, nil, .make { l in
                l == .nl ? "geen kolom voor \(required.label.nl); noem hem met --column \"Kop=\(required.rawValue)\""
                         : "no column for \(required.label.en); name it with --column \"Header=\(required.rawValue)\""
            })
        }
        if columnOf[.id] == nil && columnOf[.description] == nil {
            fail(headerIndex + 1, nil, LocalizedText(nl: "geen kolom voor de omschrijving of het nummer van een activum",
                                                     en: "no column for the asset's description or number"))
        }
        if columnOf[.life] == nil && columnOf[.rate] == nil {
            fail(headerIndex + 1, nil, LocalizedText(nl: "geen kolom voor de levensduur of het afschrijvingspercentage",
                                                     en: "no column for the useful life or the depreciation rate"))
        }
        // The closing value of the sheet's year is the opening value of the next (balance continuity, art. 3.25).
        // With both an undated begin and an undated end column, which one is the start of the opening year depends
        // on the sheet's own year: read from its title or a dated column ("Afschrijving 2023"), else asked for.
        var bookValueField: ImportField = columnOf[.closingBookValue] != nil ? .closingBookValue : .bookValue
        if let end = columnOf[.closingBookValue], let begin = columnOf[.bookValue] {
            let sheetYears = Set((rows[..<headerIndex].joined() + header).flatMap(Self.years(in:)))
            if sheetYears == [options.year] {
                bookValueField = .bookValue
            } else if sheetYears != [options.year - 1] {
                fail(headerIndex + 1, header[end], .make { l in
                    l == .nl ? "het bestand heeft de boekwaarde aan het begin ('\(header[begin])') en aan het einde ('\(header[end])') van een boekjaar, maar niet van welk jaar; de beginbalans van \(options.year) is die aan het einde van \(options.year - 1): zet het jaartal in de kop, of laat de andere kolom weg met --column \"\(header[begin])=ignore\" (of \"\(header[end])=ignore\")"
                             : "the file has the book value at the start ('\(header[begin])') and at the end ('\(header[end])') of a boekjaar, but not of which year; the opening balance of \(options.year) is the one at the end of \(options.year - 1): put the year in the header, or leave the other column out with --column \"\(header[begin])=ignore\" (or \"\(header[end])=ignore\")"
                })
            }
        }
        if bookValueField == .closingBookValue, columnOf[.closingBookValue] != nil, let begin = columnOf[.bookValue] {
            notes.append(.make { l in
                l == .nl ? "de boekwaarden aan het begin van \(options.year) komen uit kolom '\(header[columnOf[.closingBookValue] ?? 0])' (het einde van het jaar ervoor); kolom '\(header[begin])' is niet gebruikt"
                         : "the book values at the start of \(options.year) come from column '\(header[columnOf[.closingBookValue] ?? 0])' (the end of the year before); column '\(header[begin])' is not used"
            })
        }
        if columnOf[bookValueField] == nil {
            notes.append(.make { l in
                l == .nl ? "geen kolom met de boekwaarde (begin \(options.year) of einde \(options.year - 1)): elk activum van vóór \(options.year) wordt gemeld"
                         : "no column with the book value (start of \(options.year) or end of \(options.year - 1)): every asset from before \(options.year) is reported"
            })
        }
        guard problems.isEmpty else { return Result(register: nil, notes: notes, problems: problems) }

        var assets: [Asset] = []
        var nextSuffix: [String: Int] = [:]
        var figures: [String: AssetOpening] = [:]
        var rowOf: [String: Int] = [:]
        var usedIds = Set<String>()
        var inUseAssumed = 0, totalsPassed = 0
        let start = FiscalCalendar.calendarYears.start(options.year)
        for index in rows.indices where index > headerIndex {
            let row = rows[index], number = index + 1
            func cell(_ field: ImportField) -> String {
                guard let column = columnOf[field], column < row.count else { return "" }
                return row[column].trimmingCharacters(in: .whitespaces)
            }
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let description = cell(.description)
            if cell(.committed).isEmpty, ["totaal", "subtotaal", "total"].contains(where: { description.lowercased().hasPrefix($0) }) {
                totalsPassed += 1
                continue
            }
            let before = problems.count
            func problem(_ field: ImportField, _ message: LocalizedText) {
                fail(number, columnOf[field].map { header[$0] } ?? field.label.nl, message)
            }
            func amount(_ field: ImportField, required: Bool) -> Money? {
                let text = cell(field)
                if text.isEmpty {
                    if required { problem(field, field == .bookValue || field == .closingBookValue ? .make { l in
                        l == .nl ? "leeg; een activum van vóór \(options.year) heeft een boekwaarde aan het begin van \(options.year) nodig"
                                 : "empty; an asset from before \(options.year) needs its book value at the start of \(options.year)"
                    } : LocalizedText(nl: "leeg; vul een bedrag in", en: "empty; fill in an amount")) }
                    return nil
                }
                switch ExactDecimal.dutchAmount(text) {
                case .success(let value): return value
                case .failure(let reason):
                    problem(field, reason.message(field: field.label, text: text))
                    return nil
                }
            }
            func date(_ field: ImportField) -> Day? {
                let text = cell(field)
                guard !text.isEmpty else { return nil }
                guard let day = Self.day(text) else {
                    problem(field, .make { l in
                        l == .nl ? "'\(text)' is geen datum; schrijf dag-maand-jaar, bijvoorbeeld 15-3-2023"
                                 : "'\(text)' is not a date; write day-month-year, for example 15-3-2023"
                    })
                    return nil
                }
                return day
            }
            let committed = date(.committed)
            if committed == nil, cell(.committed).isEmpty { problem(.committed, LocalizedText(nl: "leeg; vul de aanschafdatum in", en: "empty; fill in the purchase date")) }
            var inUse = date(.inUse)
            if inUse == nil, cell(.inUse).isEmpty, let committed {
                inUse = committed
                inUseAssumed += 1
            }
            let cost = amount(.cost, required: true)
            let residual = amount(.residual, required: false) ?? 0
            var life: Int?
            if !cell(.life).isEmpty {
                life = Self.years(cell(.life))
                if life == nil {
                    problem(.life, .make { l in
                        l == .nl ? "'\(cell(.life))' is geen levensduur in hele jaren, bijvoorbeeld 5 of \"60 maanden\""
                                 : "'\(cell(.life))' is not a life in whole years, for example 5 or \"60 maanden\""
                    })
                }
            } else if !cell(.rate).isEmpty {
                let text = cell(.rate)
                let number = text.hasSuffix("%") ? String(text.dropLast()).trimmingCharacters(in: .whitespaces) : text
                if case .success(let percent) = ExactDecimal.dutchAmount(number), percent.isPositive {
                    let quotient = ExactDecimal(100).divided(by: percent, scale: 6, rounding: .down)
                    if !residual.isZero {
                        // "20%" of the cost or of the cost less the residual value (Besluit afschrijvingen §3): ambiguous.
                        problem(.rate, LocalizedText(nl: "met een restwaarde is een afschrijvingspercentage dubbelzinnig (van de aanschafprijs of van de aanschafprijs min de restwaarde); vul de levensduur in",
                                                     en: "with a residual value a depreciation rate is ambiguous (of the cost, or of the cost less the residual value); give the useful life"))
                    } else if let whole = Int(quotient.rounded(scale: 0, .halfUp).description), whole > 0,
                              Self.isAbout(ExactDecimal(100).divided(by: ExactDecimal(whole), scale: 2, rounding: .halfUp), percent) {
                        // 20% is five years; 33,33% (or 33,3%) three: 100 / years rounded as a sheet writes it.
                        life = whole
                    } else {
                        problem(.rate, .make { l in
                            l == .nl ? "\(text) geeft geen levensduur in hele jaren (100 / \(number)); vul de levensduur in"
                                     : "\(text) does not give a life in whole years (100 / \(number)); give the useful life"
                        })
                    }
                } else {
                    problem(.rate, .make { l in l == .nl ? "'\(text)' is geen percentage, bijvoorbeeld 20%" : "'\(text)' is not a percentage, for example 20%" })
                }
            }
            var kind = AssetKind.other
            if !cell(.kind).isEmpty {
                if let found = ImportField.kind(cell(.kind)) { kind = found } else {
                    problem(.kind, .make { l in
                        l == .nl ? "'\(cell(.kind))' is geen bekende soort (bijvoorbeeld inventaris, bestelauto, personenauto, gebouw, grond, goodwill, software)"
                                 : "'\(cell(.kind))' is not a known kind (for example inventaris, bestelauto, personenauto, gebouw, grond, goodwill, software)"
                    })
                }
            }
            // A life is needed to depreciate; only land and securities go without (they are not depreciated).
            if life == nil, cell(.life).isEmpty, cell(.rate).isEmpty, kind != .land, kind != .securities {
                problem(.life, LocalizedText(nl: "leeg; vul de levensduur in jaren in (grond en effecten: soort grond of effecten)",
                                             en: "empty; fill in the useful life in years (land and securities: kind grond or effecten)"))
            }
            // The asset's id: its number, or its description made into a word (unique within the sheet).
            var id = cell(.id).isEmpty ? Self.slug(description) : cell(.id)
            if id.isEmpty { id = "regel-\(number)" }
            if usedIds.contains(id) {
                if !cell(.id).isEmpty {
                    problem(.id, .make { l in l == .nl ? "nummer '\(id)' komt al eerder voor" : "number '\(id)' occurs earlier" })
                } else {
                    // The next free number per description: a sheet of many equal descriptions stays linear.
                    var suffix = nextSuffix[id] ?? 2
                    while usedIds.contains("\(id)-\(suffix)") { suffix += 1 }
                    nextSuffix[id] = suffix + 1
                    id = "\(id)-\(suffix)"
                }
            }
            guard problems.count == before, let committed, let cost else { continue }
            var opening: AssetOpening?
            if committed < start {
                guard let book = amount(bookValueField, required: true) else { continue }
                var kia: ReceivedAftrek?
                let kiaText = cell(.kia)
                switch ReceivedAftrek.percentage(in: kiaText) {
                case .success(let received)?: kia = received
                case .failure(let reason)?: problem(.kia, reason.message)
                case nil: break
                }
                if !kiaText.hasSuffix("%"), !kiaText.isEmpty, let value = amount(.kia, required: false), !value.isZero {
                    kia = .amount(value)
                }
                let willekeurig = amount(.willekeurigTaken, required: false) ?? 0
                let withoutWillekeurig = cell(.bookValueWithoutWillekeurig).isEmpty ? nil : amount(.bookValueWithoutWillekeurig, required: false)
                guard problems.count == before else { continue }
                opening = AssetOpening(bookValue: book, willekeurigTaken: willekeurig, bookValueWithoutWillekeurig: withoutWillekeurig, kia: kia)
            } else if !cell(bookValueField).isEmpty, let book = amount(bookValueField, required: false), !book.isZero {
                notes.append(.make { l in
                    l == .nl ? "rij \(number): aangeschaft in of na \(options.year); de boekwaarde begin \(TextFormat.euro(book, l)) is niet gebruikt (Activa rekent deze investering zelf)"
                             : "row \(number): bought in or after \(options.year); the opening book value \(TextFormat.euro(book, l)) is not used (Activa computes this investment itself)"
                })
            }
            usedIds.insert(id)
            rowOf[id] = number
            assets.append(Asset(id: id, description: description.isEmpty ? nil : description, kind: kind, committed: committed, inUse: inUse,
                                cost: cost, residual: residual, life: life))
            if let opening { figures[id] = opening }
        }
        if inUseAssumed > 0 {
            notes.append(.make { l in
                l == .nl ? "geen datum van ingebruikname bij \(inUseAssumed) \(inUseAssumed == 1 ? "regel" : "regels"): gelijk genomen aan de aanschafdatum; pas het register aan als een activum later in gebruik is genomen"
                         : "no date in use on \(inUseAssumed) \(inUseAssumed == 1 ? "row" : "rows"): taken to be the purchase date; change the register where an asset was taken into use later"
            })
        }
        let inWindow = assets.filter { $0.committed.year + 4 >= options.year && $0.committed < start }.count
        if columnOf[.kia] == nil, inWindow > 0 {
            notes.append(.make { l in
                l == .nl ? "geen KIA-kolom: bij \(inWindow) \(inWindow == 1 ? "activum" : "activa") binnen vijf jaar na het investeringsjaar is dan geen KIA bekend, en geeft een verkoop geen desinvesteringsbijtelling; voeg een kolom KIA toe (bedrag of percentage) als die is genoten"
                         : "no KIA column: for \(inWindow) \(inWindow == 1 ? "asset" : "assets") within five years of the investment year no KIA is known then, and a sale gives no desinvesteringsbijtelling; add a KIA column (amount or percentage) if it was taken"
            })
        }
        if totalsPassed > 0 {
            notes.append(.make { l in l == .nl ? "\(totalsPassed) totaalregel(s) overgeslagen" : "\(totalsPassed) total row(s) passed over" })
        }
        if assets.isEmpty, problems.isEmpty {
            fail(nil, nil, LocalizedText(nl: "geen enkele regel met een activum gevonden", en: "no row with an asset found"))
        }
        let register = Register(entity: Entity(name: options.name, taxpayer: options.taxpayer), assets: assets,
                                opening: Opening(year: options.year, source: options.source ?? "opgave vorige administratie", assets: figures))
        // The law's checks on the figures (book value above cost, below the residual value, …), by row.
        for issue in register.validationIssues() {
            let row = issue.assetId.flatMap { rowOf[$0] }
            let field = issue.field == "opening.bookValue" ? bookValueField : Self.column(of: issue.field)
            let column = field.flatMap { field in columnOf[field].map { header[$0] } } ?? issue.field
            problems.append(Problem(row: row, column: column, assetId: issue.assetId,
                                    message: LocalizedText(nl: issue.message(.nl), en: issue.message(.en))))
        }
        problems.sort { ($0.row ?? 0) < ($1.row ?? 0) }
        return Result(register: problems.isEmpty ? register : nil, notes: notes, problems: problems)
    }

    /// Within 0,05 percentage point: how a sheet rounds 100 / years (33,3% or 33,33% for three years).
    static func isAbout(_ exact: ExactDecimal, _ written: ExactDecimal) -> Bool {
        let difference = exact - written
        return difference <= ExactDecimal("0.05") && difference >= ExactDecimal("-0.05")
    }

    /// The column a register field came from, to name it in a message.
    static func column(of field: String) -> ImportField? {
        switch field {
        case "opening.bookValue": nil
        case "opening.kia": .kia
        case "opening.willekeurigTaken": .willekeurigTaken
        case "opening.bookValueWithoutWillekeurig": .bookValueWithoutWillekeurig
        case "cost": .cost
        case "residual": .residual
        case "life": .life
        case "committed": .committed
        case "inUse": .inUse
        default: nil
        }
    }

    /// The separator a Dutch Excel writes (';'), or ',' or a tab, by what the first lines hold most of.
    static func delimiter(of text: String) -> UnicodeScalar {
        let sample = text.prefix(4_000)
        var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
        var quoted = false
        for character in sample {
            if character == "\"" { quoted.toggle() } else if !quoted, counts[character] != nil { counts[character, default: 0] += 1 }
        }
        if (counts["\t"] ?? 0) > (counts[";"] ?? 0), (counts["\t"] ?? 0) > (counts[","] ?? 0) { return "\t" }
        return (counts[";"] ?? 0) >= (counts[","] ?? 0) && (counts[";"] ?? 0) > 0 ? ";" : ","
    }

    /// A date as Dutch sheets write one: 15-3-2023, 15-03-2023, 15/3/2023, 15.03.2023, or 2023-03-15. A year of
    /// two digits is refused (never guessed).
    public static func day(_ text: String) -> Day? {
        if let iso = Day(iso: text) { return iso }
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2,
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// A life in whole years: "5", "5 jaar", "60 maanden" (whole years only).
    static func years(_ text: String) -> Int? {
        let lower = text.lowercased()
        let digits = lower.prefix { $0.isNumber }
        guard let number = Int(digits), number > 0 else { return nil }
        let unit = lower.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        switch unit {
        case "", "jaar", "jaren", "jr", "jr.", "years", "year": return number
        case "maanden", "maand", "mnd", "mnd.", "months": return number % 12 == 0 ? number / 12 : nil
        default: return nil
        }
    }

    /// "Bedrijfsbus Ford Transit" → "bedrijfsbus-ford-transit": lower case letters and digits, words joined by '-'.
    /// The years a sheet's title or header names ("Activastaat 2023", "Afschrijving 2023"): four digits from 1990 to 2099.
    static func years(in text: String) -> [Int] {
        var years: [Int] = []
        var digits = ""
        for character in text + " " {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else {
                if digits.count == 4, let year = Int(digits), (1990...2099).contains(year) { years.append(year) }
                digits = ""
            }
        }
        return years
    }

    static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var result = "", pendingDash = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar), scalar.isASCII {
                if pendingDash, !result.isEmpty { result.append("-") }
                result.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
            if result.count >= 40 { break }
        }
        return result
    }
}
