import Activa
import Foundation
import Testing

/// Runs the built `activa` binary as a user would, and checks what it prints and its exit code.
struct CLIRun {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// The package root, from this file's path: Tests/ActivaCLITests/CLITests.swift.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The `activa` executable next to the test bundle (swift test builds it, as this target depends on it).
func activaBinary() throws -> URL {
    var directory = Bundle.main.bundleURL
    if directory.pathExtension == "xctest" { directory.deleteLastPathComponent() }
    for candidate in [directory.appendingPathComponent("activa"),
                      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("activa")]
    where FileManager.default.isExecutableFile(atPath: candidate.path) {
        return candidate
    }
    throw CocoaError(.fileNoSuchFile)
}

func activa(_ arguments: [String]) throws -> CLIRun {
    let process = Process()
    process.executableURL = try activaBinary()
    process.arguments = arguments
    process.currentDirectoryURL = packageRoot
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLIRun(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                  stderr: String(decoding: stderr, as: UTF8.self))
}

func temporaryFile(_ name: String, _ contents: String) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("activa-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try contents.write(to: url, atomically: true, encoding: .utf8)
    return url.path
}

@Suite("activa, end to end")
struct CLITests {
    @Test("activa kia --year 2024 455 3000 --format json")
    func kiaJSON() throws {
        let run = try activa(["kia", "--year", "2024", "455", "3000", "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix(#"{"year":2024,"investments":"3455.00","kia":"967.40","row":"percentage""#))
    }

    /// Issue 14: the file's warning (cost 500.000, read as € 500) and the engine's (no inUse) in text, JSON and
    /// English; and `--rounding aangifte` in whole euros that add up (1.000 over 3 years from 1 March 2003, all before
    /// the caps and the art. 10a.3 transition of 2007:
    /// 278 / 333 / 333 / 56, never 334).
    @Test("activa report: warnings in every output, aangifte rounding that adds up")
    func warningsAndRounding() throws {
        let file = try temporaryFile("oven.yaml", """
        assets:
          - {id: oven, committed: 2024-03-01, cost: 500.000, life: 5}
          - {id: kast, committed: 2003-03-01, inUse: 2003-03-01, cost: "1000", life: 3}
        """)
        let text = try activa(["report", file])
        #expect(text.status == 0)
        #expect(text.stdout.contains("- oven: aanschafprijs (cost) 500.000 heeft drie decimalen; bedoelt u € 500.000 of € 500,00? Gelezen als € 500,00; schrijf \"500000\" of \"500.00\" om deze waarschuwing weg te nemen."))
        #expect(text.stdout.contains("- oven: geen datum van ingebruikname (inUse): niet afgeschreven (art. 3.30); KIA alleen naar betaling (art. 3.44); de investering geldt als ongedaan gemaakt op 2026-12-31 (art. 3.47 lid 6)"))
        let english = try activa(["report", file, "--lang", "en"])
        #expect(english.stdout.contains("- oven: cost 500.000 has three decimals"))
        let json = try activa(["report", file, "--format", "json"])
        #expect(json.stdout.contains(#""assetId": "oven""#))
        #expect(json.stdout.contains("aanschafprijs (cost) 500.000 heeft drie decimalen"))
        let csv = try activa(["report", file, "--format", "csv", "--rounding", "aangifte", "--lang", "en"])
        let kast = csv.stdout.split(separator: "\r\n").filter { $0.contains(",kast,") }.map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        // Column 17 is normal depreciation, 21 the book value; 2003–2006, then nothing.
        #expect(kast.prefix(4).map { String($0[17]) } == ["278.00", "333.00", "333.00", "56.00"])
        #expect(kast.prefix(4).map { String($0[21]) } == ["722.00", "389.00", "56.00", "0.00"])
        #expect(kast.dropFirst(4).allSatisfy { $0[17] == "0.00" && $0[21] == "0.00" })
    }

    /// A CSV holds the table only: its warnings, the VOORLOPIG figures among them, go to standard error; so do those
    /// of `activa advise`.
    @Test("CSV and advise: the warnings and VOORLOPIG figures on standard error")
    func warningsBesideCSV() throws {
        let unknown = Law.netherlands.firstUnknownYear, latest = unknown - 1
        let file = try temporaryFile("gepland.yaml", """
        assets:
          - {id: gepland, committed: \(unknown)-01-15, inUse: \(unknown)-01-15, cost: "10000", life: 5}
          - {id: kast, committed: \(latest)-03-01, cost: "2000"}
        """)
        let csv = try activa(["report", file, "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stderr.contains("let op: \(file): VOORLOPIG: de KIA-tabel van \(unknown) is nog niet bekend; die van \(latest) is gebruikt"))
        #expect(csv.stderr.contains("kast: geen levensduur"))
        #expect(!csv.stdout.contains("VOORLOPIG"))
        let advise = try activa(["advise", file, "--as-of", "\(latest)-12-01"])
        #expect(advise.stderr.contains("VOORLOPIG: de KIA-tabel van \(unknown)"))
    }

    @Test("activa kia explains the table row in Dutch, and the €445 machine does not count")
    func kiaText() throws {
        let run = try activa(["kia", "--year", "2020", "3000", "445", "455"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("€ 445,00: telt niet mee (minder dan € 450,00"))
        #expect(run.stdout.contains("valt in de rij meer dan € 2.400,00 maar niet meer dan € 58.238,00: 28% × € 3.455,00 = € 967,40"))
        #expect(run.stdout.contains("Bron: art. 3.41 lid 1 Wet IB 2001 (versie 2020-01-01) [LAW]"))
    }

    @Test("a year without a table: by default the latest table, marked VOORLOPIG; --future-years error refuses")
    func kiaUnknownYear() throws {
        let unknown = Law.netherlands.firstUnknownYear, latest = unknown - 1
        let provisional = try activa(["kia", "--year", "\(unknown)", "5000"])
        #expect(provisional.status == 0)
        #expect(provisional.stdout.contains("KIA \(unknown): € 1.400,00")) // 28% × 5.000 by the latest table
        #expect(provisional.stdout.contains("VOORLOPIG: de KIA-tabel van \(unknown) is nog niet bekend; die van \(latest) is gebruikt"))
        let run = try activa(["kia", "--year", "\(unknown)", "5000", "--future-years", "error"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("geen KIA-tabel voor \(unknown) bekend; bekend: 2002–\(latest)"))
        let english = try activa(["kia", "--year", "\(unknown)", "5000", "--lang", "en", "--future-years", "error"])
        #expect(english.stderr.contains("no KIA table known for \(unknown); known: 2002–\(latest)"))
        let before = try activa(["kia", "--year", "2001", "5000"])
        #expect(before.status == 1)
        #expect(before.stderr.contains("geen KIA-tabel voor 2001 bekend"))
    }

    @Test("an amount that is not a number")
    func kiaBadAmount() throws {
        let run = try activa(["kia", "--year", "2024", "12,5,0"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("'12,5,0' is geen geldig bedrag"))
    }

    @Test("the README's command: a report of the example register")
    func readmeCommand() throws {
        let run = try activa(["report", "Examples/zzp-fotograaf.yaml"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("== 2024 =="))
        let lines = run.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines.contains("KIA af te trekken in 2024 € 9.000,00"))
        #expect(lines.contains("Desinvesteringsbijtelling € 868,00"))
    }

    @Test("the seed 000 register: € 455 adds € 127,40, the € 650 set € 182,00, the € 445 machine nothing")
    func seedRegister() throws {
        let run = try activa(["report", "Examples/seed-kia-minimum.yaml", "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stdout.contains(#""id": "machine-455","#))
        #expect(run.stdout.contains(#""kiaAllocated": "127.40""#))
        #expect(run.stdout.contains(#""kiaAllocated": "126.00""#)) // computer: 28% × 450
        #expect(run.stdout.contains(#""kiaAllocated": "56.00""#))  // printer: 28% × 200; together 182,00
        #expect(run.stdout.contains(#""investments": "4105.00""#))
    }

    @Test("report --year --format json --rounding aangifte")
    func reportJSONYear() throws {
        let run = try activa(["report", "Examples/vof-twee-vennoten.yaml", "--year", "2021", "--format", "json", "--rounding", "aangifte"])
        #expect(run.status == 0)
        #expect(run.stdout.contains(#""year": 2021"#))
        #expect(!run.stdout.contains(#""year": 2020"#))
        #expect(run.stdout.contains(#""name": "B. Groen""#))
        #expect(run.stdout.contains(#""kiaOutside": "9800.00""#))
    }

    @Test("report --explain --lang en")
    func reportExplainEnglish() throws {
        let run = try activa(["report", "Examples/zzp-fotograaf.yaml", "--year", "2025", "--explain", "--lang", "en"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("bijtelling = €1,400.00 (transfer price, at most the investment) × KIA percentage 2022"))
        #expect(run.stdout.contains("source: art. 3.47 lid 1 en 2 Wet IB 2001 (version 2022-01-01) [LAW]"))
    }

    @Test("CSV and Markdown")
    func otherFormats() throws {
        let csv = try activa(["report", "Examples/zzp-fotograaf.yaml", "--format", "csv", "--lang", "en"])
        #expect(csv.stdout.hasPrefix("year,id,description,"))
        // Dutch by default: the Dutch dialect (issue 18).
        let dutch = try activa(["report", "Examples/zzp-fotograaf.yaml", "--format", "csv"])
        #expect(dutch.stdout.hasPrefix("\u{FEFF}Boekjaar;Activum;Omschrijving;"))
        let aangifte = try activa(["aangifte", "Examples/zzp-fotograaf.yaml", "--year", "2025"])
        #expect(aangifte.status == 0)
        #expect(aangifte.stdout.contains("Kleinschaligheidsinvesteringsaftrek (KIA)  €     2.228"))
        let aangifteJSON = try activa(["aangifte", "Examples/zzp-fotograaf.yaml", "--year", "2025", "--format", "json", "--lang", "en"])
        #expect(aangifteJSON.stdout.contains(#""amount": "868.00""#))
        let markdown = try activa(["report", "Examples/zzp-fotograaf.yaml", "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("# Activa-rapport – Fotostudio De Vries (IB)"))
    }

    @Test("activa import: the example sheet becomes a register that reports from 2024; a bad sheet writes nothing and exits 1")
    func importSheet() throws {
        let output = try temporaryFile("register.yaml", "")
        try FileManager.default.removeItem(atPath: output)
        let run = try activa(["import", packageRoot.appendingPathComponent("Examples/activastaat-2023.csv").path, "--year", "2024",
                              "--name", "Schildersbedrijf De Kwast", "--output", output])
        #expect(run.status == 0)
        #expect(run.stderr.contains("3 activa overgenomen per 1-1-2024"))
        let report = try activa(["report", output, "--year", "2024", "--explain"])
        #expect(report.status == 0)
        #expect(report.stdout.contains("boekwaarde 1-1-2024 € 16.400,00 (overgenomen, opgave vorige administratie)"))
        let bad = try temporaryFile("staat.csv", "Omschrijving;Aanschafdatum;Aanschafprijs;Levensduur;Boekwaarde begin\nBus;1-3-2021;30.000;5;\n")
        let badOutput = bad + ".yaml"
        let refused = try activa(["import", bad, "--year", "2024", "--output", badOutput])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("staat.csv, rij 2, kolom 'Boekwaarde begin': leeg"))
        #expect(!FileManager.default.fileExists(atPath: badOutput))
    }

    @Test("activa close: the filed figures beside the register; a later edit that moves them is refused with the figures; an older Activa's figures are kept and the difference said")
    func closeYear() throws {
        let path = try temporaryFile("klant.yaml", """
        # a comment that closing leaves alone
        assets:
          - {id: machine, committed: 2024-03-01, inUse: 2024-03-01, cost: "12000", life: 10}
        """)
        let closed = try activa(["close", path, "--year", "2024", "--on", "2025-04-30"])
        #expect(closed.status == 0, "\(closed.stderr)")
        let closedFile = String(path.dropLast(".yaml".count)) + ".closed.yaml"
        let filed = try String(contentsOfFile: closedFile, encoding: .utf8)
        #expect(filed.contains("year: 2024") && filed.contains("kia: \"3360\""))
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# a comment that closing leaves alone"))
        let report = try activa(["report", path, "--year", "2024"])
        #expect(report.status == 0)
        #expect(report.stdout.contains("== 2024 AFGESLOTEN op 2025-04-30 =="))
        // Closing the same year again, or a year not over, is refused.
        #expect(try activa(["close", path, "--year", "2024", "--on", "2025-05-01"]).status == 1)
        // An edit after closing: the report refuses, naming each figure that would move.
        try "assets:\n  - {id: machine, committed: 2024-03-01, inUse: 2024-03-01, cost: \"15000\", life: 10}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let refused = try activa(["report", path, "--year", "2025"])
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("2024 is afgesloten; KIA: aangegeven € 3.360,00, nu € 4.200,00"))
        #expect(refused.stderr.contains("activa close \(path) --correction"))
        // The invoice was 15.000: recorded as the correction of an error, 2025 carries 13.750 − 11.000 = 2.750
        // (foutenleer; FoutenleerTests derives the figures). The filed 2024 figures stay in the file.
        let corrected = try activa(["close", path, "--correction", "--on", "2025-06-01"])
        #expect(corrected.status == 0, "\(corrected.stderr)")
        #expect(corrected.stderr.contains("de wijziging van 2024 is vastgelegd als foutenherstel in 2025"))
        let correctedFile = try String(contentsOfFile: closedFile, encoding: .utf8)
        #expect(correctedFile.contains("kia: \"3360\"") && correctedFile.contains("correction:") && correctedFile.contains("acceptedOn: 2025-06-01"))
        let afterCorrection = try activa(["report", path, "--year", "2025"])
        #expect(afterCorrection.status == 0, "\(afterCorrection.stderr)")
        #expect(afterCorrection.stdout.contains("Foutenherstel (foutenleer, in de winst)  € 2.750,00"))
        #expect(afterCorrection.stdout.contains("boekwaarde eind 2024 aangegeven € 11.000,00, juist € 13.750,00"))
        #expect(try activa(["close", path, "--correction"]).stderr.contains("er is niets te herstellen"))
        #expect(try activa(["close", path]).status != 0)   // neither --year nor --correction
        try filed.write(toFile: closedFile, atomically: true, encoding: .utf8)
        // Figures closed by an older Activa that differ: kept, with a warning, and the report goes on.
        try "assets:\n  - {id: machine, committed: 2024-03-01, inUse: 2024-03-01, cost: \"12000\", life: 10}\n".write(toFile: path, atomically: true, encoding: .utf8)
        try filed.replacingOccurrences(of: "activaVersion: \"\(Engine.version)\"", with: "activaVersion: \"0.1.0\"")
            .replacingOccurrences(of: "kia: \"3360\"", with: "kia: \"3000\"").write(toFile: closedFile, atomically: true, encoding: .utf8)
        // activa batch reads the closed years beside each register (and does not take their file for a register).
        let folder = (path as NSString).deletingLastPathComponent
        let batch = try activa(["batch", folder, "--out", folder + "/out"])
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(batch.stdout.contains("1 van 1 rapporten"))
        let older = try activa(["report", path, "--format", "json"])
        #expect(older.status == 0, "\(older.stderr)")
        #expect(older.stdout.contains(#""cause": "engineChanged""#))
        #expect(older.stdout.contains(#""figure": "kia","#) && older.stdout.contains(#""filed": "3000.00","#) && older.stdout.contains(#""now": "3360.00""#))
    }

    @Test("a register that asks for more work than the limit stops before computing and says how to lift it (issue 17)")
    func workLimit() throws {
        let path = try temporaryFile("groot.yaml", "assets:\n" + (0..<30).map { "  - {id: a\($0), committed: 2024-01-01, inUse: 2024-01-01, cost: \"1000\", life: 50}" }.joined(separator: "\n") + "\n")
        let refused = try activa(["report", path, "--max-asset-years", "1000"])
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("1560 activajaren") && refused.stderr.contains("--max-asset-years 1560"))
        #expect(try activa(["report", path, "--max-asset-years", "1560", "--year", "2024"]).status == 0)
    }

    @Test("output that cannot be written exits 1; control bytes from the input are shown, not sent to the terminal (issue 17)")
    func hostileTerminal() throws {
        let path = try temporaryFile("klant.yaml", "assets:\n  - {id: \"a\\e[31mrood\", committed: 2024-03-01, inUse: 2024-03-01, cost: \"1000\", life: 5, kleur: x}\n")
        let run = try activa(["report", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("activum 'a\\u{1B}[31mrood'"), "\(run.stderr)")
        #expect(!run.stderr.contains("\u{1B}"))
        // Standard output on a full disk.
        let good = try temporaryFile("goed.yaml", "assets:\n  - {id: oven, committed: 2024-03-01, inUse: 2024-03-01, cost: \"1000\", life: 5}\n")
        let process = Process()
        process.executableURL = try activaBinary()
        process.arguments = ["report", good]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(stderr.contains("de uitvoer kan niet worden geschreven"))
    }

    @Test("activa administration, user and key manage the server's accounts; a short password and an unknown role are refused (issue 17)")
    func accounts() throws {
        let database = (try temporaryFile("x", "") as NSString).deletingLastPathComponent + "/kantoor.sqlite"
        #expect(try activa(["administration", "add", "Bakkerij Jansen", "--database", database]).status == 0)
        #expect(try activa(["administration", "add", "Bakkerij Jansen", "--database", database]).stderr.contains("er is al een administratie"))
        func addUser(_ name: String, password: String) throws -> (status: Int32, stderr: String) {
            let process = Process()
            process.executableURL = try activaBinary()
            process.arguments = ["user", "add", name, "--password-stdin", "--database", database]
            let input = Pipe(), err = Pipe()
            process.standardInput = input
            process.standardError = err
            try process.run()
            input.fileHandleForWriting.write(Data((password + "\n").utf8))
            try input.fileHandleForWriting.close()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
        }
        #expect(try addUser("bert", password: "kort").stderr.contains("korter dan 10 tekens"))
        let added = try addUser("anna", password: "een-lang-wachtwoord")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try activa(["user", "grant", "anna", "Bakkerij Jansen", "--role", "baas", "--database", database]).status == 1)
        #expect(try activa(["user", "grant", "anna", "Bakkerij Jansen", "--role", "medewerker", "--database", database]).status == 0)
        #expect(try activa(["user", "list", "--database", database]).stdout.contains("anna\tBakkerij Jansen: medewerker"))
        let key = try activa(["key", "add", "Bakkerij Jansen", "--scope", "write", "--database", database])
        #expect(key.status == 0 && key.stdout.hasPrefix("ak_") && key.stderr.contains("wordt niet nog eens getoond"))
        let id = String(key.stdout.split(separator: "_")[1])
        #expect(try activa(["key", "list", "--database", database]).stdout.contains("\(id)\tBakkerij Jansen\twrite\tactief"))
        #expect(!(try activa(["key", "list", "--database", database]).stdout.contains(String(key.stdout.split(separator: "_")[2]))))
        #expect(try activa(["key", "revoke", id, "--database", database]).status == 0)
        #expect(try activa(["key", "revoke", id, "--database", database]).status == 1)
        #expect(try activa(["user", "remove", "anna", "--database", database]).status == 0)
    }

    @Test("a bad register: every problem on standard error with file, asset and field; exit 1; no report")
    func badRegister() throws {
        let path = try temporaryFile("klant.yaml", """
        assets:
          - {id: oven, committed: 2024-03-01, cost: "100", residual: "200"}
          - {id: oven, committed: 2024-03-01, cost: "50", colour: red}
        """)
        let run = try activa(["report", path])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("klant.yaml, activum 'oven', veld 'colour': onbekend veld"))
        let english = try activa(["report", path, "--lang", "en"])
        #expect(english.stderr.contains("klant.yaml, asset 'oven', field 'colour': unknown field"))
    }

    @Test("semantic errors after a clean parse", arguments: [
        ("{id: a, committed: 2024-03-01, cost: '100', residual: '200'}", "veld 'residual': restwaarde is hoger dan de aanschafkosten"),
        ("{id: a, committed: 2024-03-01, inUse: 2024-01-01, cost: '100'}", "veld 'inUse': 2024-01-01 ligt vóór de investeringsdatum"),
        ("{id: a, committed: 2024-03-01, cost: '-100'}", "veld 'cost': mag niet negatief zijn"),
    ])
    func semanticErrors(asset: String, message: String) throws {
        let path = try temporaryFile("r.yaml", "assets:\n  - \(asset)\n")
        let run = try activa(["report", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("activum 'a', " + message))
    }

    @Test("a missing file and a JSON register")
    func filesAndJSON() throws {
        let missing = try activa(["report", "/nonexistent/register.yaml"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/register.yaml: bestand niet gevonden"))
        let path = try temporaryFile("r.json", #"{"assets": [{"id": "a", "committed": "2024-03-01", "cost": 3455}]}"#)
        let run = try activa(["report", path, "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stdout.contains(#""kia": "967.40""#))
    }
}

@Suite("activa schedule and the activastaat, end to end")
struct ScheduleCLITests {
    /// Year → (willekeurig, normal, depreciation, bookValue) from `activa schedule --format json`.
    func rows(_ arguments: [String]) throws -> [String] {
        let run = try activa(["schedule"] + arguments + ["--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.components(separatedBy: "{\"year\":").dropFirst().map { String($0.prefix(while: { $0 != "}" })) }
    }

    @Test("seed 002 voorbeeld 1 as in the issue: 55, 10, 10, 10, 10, 5")
    func seedExample1() throws {
        let years = try rows(["--cost", "110", "--residual", "10", "--life", "5", "--committed", "2013-07-01",
                              "--in-use", "2013-07-01", "--willekeurig", "max"])
        #expect(years.count == 6)
        #expect(years[0].hasPrefix(#"2013,"openingBookValue":"0.00","willekeurig":"50.00","willekeurigMaximum":"50.00","normal":"5.00","depreciation":"55.00""#))
        for row in years[1...4] { #expect(row.contains(#""depreciation":"10.00""#)) }
        #expect(years[5].hasPrefix("2018,"))
        #expect(years[5].contains(#""depreciation":"5.00","terugname":"0.00","bookValue":"10.00""#))
    }

    /// Issue 14: 1.000 over 3 years from 1 March 2003 is 277,78 / 333,33 / 333,33 / 55,56 exact; in whole euros the
    /// book values 722 / 389 / 56 / 0 give 278 / 333 / 333 / 56, which add up to the cost (README, Rounding).
    @Test("schedule --rounding aangifte: whole euros that add up to cost − residual")
    func aangifteSchedule() throws {
        let years = try rows(["--cost", "1000", "--life", "3", "--committed", "2003-03-01", "--in-use", "2003-03-01",
                              "--rounding", "aangifte"])
        #expect(years.map { $0.components(separatedBy: #""normal":""#).last?.prefix(while: { $0 != "\"" }) ?? "" }
                == ["278.00", "333.00", "333.00", "56.00"])
        #expect(years.last?.contains(#""bookValue":"0.00""#) == true)
        let text = try activa(["schedule", "--cost", "1000", "--life", "3", "--committed", "2003-03-01", "--in-use", "2003-03-01",
                               "--rounding", "aangifte"])
        #expect(text.stdout.contains("Totaal") && text.stdout.contains("1.000,00"))
        #expect(!text.stdout.contains("334,00"))
    }

    @Test("seed 002 voorbeeld 2: 30, 0, 14 × 5")
    func seedExample2() throws {
        let years = try rows(["--cost", "110", "--residual", "10", "--life", "5", "--committed", "2013-07-01",
                              "--in-use", "2015-01-01", "--payment", "2013-07-01=30", "--payment", "2014-03-01=80",
                              "--willekeurig", "max"])
        #expect(years.map { $0.contains(#""depreciation":"30.00""#) } == [true, false, false, false, false, false, false])
        #expect(years[1].contains(#""depreciation":"0.00""#))
        for row in years[2...6] { #expect(row.contains(#""normal":"14.00""#)) }
    }

    @Test("both seed 002 schedules in text")
    func seedText() throws {
        func table(_ extra: [String]) throws -> [String] {
            let run = try activa(["schedule", "--cost", "110", "--residual", "10", "--life", "5", "--committed", "2013-07-01",
                                  "--willekeurig", "max"] + extra)
            return run.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        }
        let one = try table(["--in-use", "2013-07-01"])
        #expect(one.contains("2013 0,00 50,00 5,00 55,00 55,00"))
        #expect(one.contains("2017 25,00 0,00 10,00 10,00 15,00"))
        #expect(one.contains("2018 15,00 0,00 5,00 5,00 10,00"))
        let two = try table(["--in-use", "2015-01-01", "--payment", "2013-07-01=30", "--payment", "2014-03-01=80"])
        #expect(two.contains("2013 0,00 30,00 0,00 30,00 80,00"))
        #expect(two.contains("2014 80,00 0,00 0,00 0,00 80,00"))
        #expect(two.contains("2015 80,00 0,00 14,00 14,00 66,00"))
        #expect(two.contains("2019 24,00 0,00 14,00 14,00 10,00"))
    }

    @Test("the text schedule in Dutch, and a clear error for an impossible choice")
    func textAndErrors() throws {
        let run = try activa(["schedule", "--cost", "20000", "--residual", "5000", "--life", "3", "--committed", "2024-01-01",
                              "--in-use", "2024-01-01", "--kind", "van"])
        #expect(run.stdout.contains("2027     8.000,00         0,00  3.000,00      3.000,00"))
        let bad = try activa(["schedule", "--cost", "1000", "--life", "3", "--committed", "2019-01-01", "--willekeurig", "max"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("geen regeling voor willekeurige afschrijving voor een investering op 2019-01-01"))
        let badDate = try activa(["schedule", "--cost", "1000", "--life", "3", "--committed", "2019-02-30"])
        #expect(badDate.status == 1)
        #expect(badDate.stderr.contains("--committed: '2019-02-30' is geen geldige datum"))
    }

    @Test("the seed 002 register: both schedules in the report's JSON per asset")
    func seedRegisterJSON() throws {
        let run = try activa(["report", "Examples/seed-willekeurig-2013.yaml", "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stdout.contains(#""willekeurig": "50.00""#))
        #expect(run.stdout.contains(#""willekeurig": "30.00""#))
        #expect(run.stdout.contains(#""normal": "14.00""#))
        #expect(run.stdout.contains(#""activastaat": {"#))
    }

    @Test("the report shows the activastaat with the book values a bookkeeper expects")
    func activastaatText() throws {
        let run = try activa(["report", "Examples/zzp-fotograaf.yaml", "--year", "2025"])
        let lines = run.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines.contains("Activastaat"))
        #expect(lines.contains("camera-2022 1.566,67 93,33 1.473,34 -73,34 0,00"))
        #expect(lines.contains("Boekwaarde eind € 56.674,50"))
    }
}

@Suite("activa advise, end to end")
struct AdviseCLITests {
    @Test("the example register's advice, with both computations and the difference")
    func example() throws {
        let run = try activa(["advise", "Examples/advies-zzp.yaml", "--as-of", "2025-11-22"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("1. meetlaser: € 445,00 telt niet mee voor de KIA; vanaf € 450,00 wel (€ 5,00 meer uitgeven)"))
        #expect(run.stdout.contains("Zonder dit advies"))
        #expect(run.stdout.contains("Verschil: € 560,00"))
        #expect(run.stdout.contains("camera-2021: verkoop op 2025-12-15 geeft € 980,00 desinvesteringsbijtelling; vanaf 2026-01-01 niet meer"))
        let json = try activa(["advise", "Examples/advies-zzp.yaml", "--as-of", "2025-11-22", "--format", "json", "--lang", "en"])
        #expect(json.stdout.contains(#""kind": "moveAcrossYearEnd""#))
        #expect(json.stdout.contains(#""difference": "560.00""#))
    }

    @Test("a bad --as-of date")
    func badDate() throws {
        let run = try activa(["advise", "Examples/advies-zzp.yaml", "--as-of", "22-11-2025"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("--as-of: '22-11-2025' is geen geldige datum"))
    }
}

@Suite("activa batch, end to end")
struct BatchCLITests {
    @Test("a folder of registers: a report per register, errors per file, exit 1 when any failed")
    func batch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("activa-batch-\(UUID().uuidString)")
        let input = folder.appendingPathComponent("in"), output = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for name in ["zzp-fotograaf", "vof-twee-vennoten"] {
            try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Examples/\(name).yaml"),
                                             to: input.appendingPathComponent("\(name).yaml"))
        }
        let good = try activa(["batch", input.path, "--out", output.path])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("2 van 2 rapporten geschreven"))
        let report = try String(contentsOf: output.appendingPathComponent("zzp-fotograaf.report.json"), encoding: .utf8)
        #expect(report.contains(#""desinvesteringsbijtelling": "868.00""#))
        try "assets:\n  - {id: x, cost: 5}\n".write(to: input.appendingPathComponent("kapot.yaml"), atomically: true, encoding: .utf8)
        let bad = try activa(["batch", input.path, "--out", output.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("kapot.yaml, activum 'x', veld 'committed': verplicht veld ontbreekt"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("kapot.report.json").path))
    }
}
