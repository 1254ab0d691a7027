import Foundation
import Testing

// Snapshots: every kind of output of the built `activa` binary for the registers in the repository, compared byte for
// byte with the files recorded in Tests/ActivaCLITests/Snapshots/, so that every change in any output is seen in
// review. Standard output goes to the file named by the case; standard error and a non-zero exit status, when there
// are any, to the same name + ".stderr".
//
//   swift test --filter Snapshot                               compare
//   ACTIVA_RECORD_SNAPSHOTS=1 swift test --filter Snapshot     (re)record, and remove snapshots no case makes
//
// A failure names the first differing line with the lines around it, and leaves the new output beside the recorded
// one (the message says where) for a `diff -u`. "Today" is fixed (ACTIVA_TODAY) for every run.

/// One run of `activa` and the snapshot it is compared with.
struct SnapshotCase: Sendable, CustomTestStringConvertible {
    /// The snapshot's path under Snapshots/, e.g. `report/zzp-fotograaf.yaml/json.json`.
    let name: String
    let arguments: [String]
    /// The folder the run starts in, relative to the package root: messages name a register by its bare file name.
    let directory: String
    /// Set for this run besides ACTIVA_TODAY (or instead of it).
    var environment: [String: String] = [:]

    var testDescription: String { name }
    var commandLine: String {
        (environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + ["activa"] + arguments).joined(separator: " ") + " (in \(directory)/)"
    }
}

enum Snapshots {
    static let root = packageRoot.appendingPathComponent("Tests/ActivaCLITests/Snapshots")
    static let recordVariable = "ACTIVA_RECORD_SNAPSHOTS"
    static var recording: Bool {
        let value = ProcessInfo.processInfo.environment[recordVariable] ?? ""
        return !value.isEmpty && value != "0"
    }
    /// Today for every run: the day `activa advise` uses without --as-of, and the day any other output would show.
    static let today = "2025-11-22"

    /// The register files of a folder, sorted (so a new example gets its snapshots, and fails until they are recorded).
    static func registers(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent(directory).path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }.sorted()
    }

    /// The report of a register in every form: text (plain and explained, Dutch and English), JSON (plain and
    /// explained), CSV, Markdown with aangifte rounding, and one year with daily proration (as Scripts/compare-outputs.sh
    /// writes them for two builds).
    static func reports(_ file: String, in directory: String) -> [SnapshotCase] {
        let variants: [(String, [String])] = [
            ("text.txt", []),
            ("explain.nl.txt", ["--explain"]),
            ("explain.en.txt", ["--explain", "--lang", "en"]),
            ("json.json", ["--format", "json"]),
            ("explain.json", ["--format", "json", "--explain"]),
            ("csv.csv", ["--format", "csv"]),
            ("aangifte.md", ["--format", "markdown", "--rounding", "aangifte"]),
            ("2024-daily.json", ["--format", "json", "--year", "2024", "--proration", "daily"]),
        ]
        return variants.map { SnapshotCase(name: "report/\(file)/\($0.0)", arguments: ["report", file] + $0.1, directory: directory) }
    }

    static let cases: [SnapshotCase] = {
        var cases: [SnapshotCase] = []
        // The example registers and the broken or odd ones (their messages are the output).
        for directory in ["Examples", "Scripts/odd-registers"] {
            for file in registers(in: directory) { cases += reports(file, in: directory) }
        }
        // Advice on every example as of one day; the advice example also in JSON, in English, and by ACTIVA_TODAY.
        for file in registers(in: "Examples") {
            cases.append(SnapshotCase(name: "advise/\(file)/text.txt", arguments: ["advise", file, "--as-of", today], directory: "Examples"))
        }
        cases += [
            SnapshotCase(name: "advise/advies-zzp.yaml/json.json", arguments: ["advise", "advies-zzp.yaml", "--as-of", today, "--format", "json"], directory: "Examples"),
            SnapshotCase(name: "advise/advies-zzp.yaml/en.txt", arguments: ["advise", "advies-zzp.yaml", "--as-of", today, "--lang", "en"], directory: "Examples"),
            SnapshotCase(name: "advise/advies-zzp.yaml/today.txt", arguments: ["advise", "advies-zzp.yaml"], directory: "Examples"),
            SnapshotCase(name: "advise/advies-zzp.yaml/bad-today.txt", arguments: ["advise", "advies-zzp.yaml"], directory: "Examples",
                         environment: ["ACTIVA_TODAY": "22-11-2025"]),
        ]
        // activa kia: the README's examples, the seed's € 445 and € 455 in 2020, a year of the first regime, and
        // both regimes' cliffs and bounds in one run.
        let kia: [(String, [String])] = [
            ("2024.txt", ["--year", "2024", "455", "3000"]),
            ("2024.json", ["--year", "2024", "455", "3000", "--format", "json"]),
            ("2020.txt", ["--year", "2020", "3000", "445", "455"]),
            ("2020.en.txt", ["--year", "2020", "3000", "445", "455", "--lang", "en"]),
            ("2005.txt", ["--year", "2005", "1800", "12000"]),
            ("2025-bounds.json", ["--year", "2025", "2900", "450", "449.99", "80000", "--format", "json"]),
            ("bad-amount.txt", ["--year", "2024", "455", "vierhonderd"]),
        ]
        cases += kia.map { SnapshotCase(name: "kia/\($0.0)", arguments: ["kia"] + $0.1, directory: ".") }
        // activa schedule: the Belastingdienst's 2013 examples, a car under the 20% cap with aangifte rounding, a
        // declining balance with a sale.
        let voorbeeld1 = ["--cost", "110", "--residual", "10", "--life", "5", "--committed", "2013-07-01", "--in-use", "2013-07-01", "--willekeurig", "max"]
        let voorbeeld2 = ["--cost", "110", "--residual", "10", "--life", "5", "--committed", "2013-07-01", "--in-use", "2015-01-01",
                          "--payment", "2013-07-01=30", "--payment", "2014-03-01=80", "--willekeurig", "max"]
        let car = ["--cost", "20000", "--residual", "5000", "--life", "3", "--committed", "2024-01-01", "--in-use", "2024-01-01", "--kind", "van"]
        let declining = ["--cost", "8000", "--life", "6", "--committed", "2021-05-10", "--in-use", "2021-06-01", "--method", "decliningBalance",
                         "--declining-rate", "0.25", "--disposal", "2024-09-30=3000"]
        let schedules: [(String, [String])] = [
            ("voorbeeld-1.txt", voorbeeld1),
            ("voorbeeld-1.explain.txt", voorbeeld1 + ["--explain"]),
            ("voorbeeld-2.json", voorbeeld2 + ["--format", "json"]),
            ("voorbeeld-2.explain.en.txt", voorbeeld2 + ["--explain", "--lang", "en"]),
            ("van-aangifte.txt", car + ["--rounding", "aangifte"]),
            ("declining-disposal.json", declining + ["--format", "json"]),
        ]
        cases += schedules.map { SnapshotCase(name: "schedule/\($0.0)", arguments: ["schedule"] + $0.1, directory: ".") }
        return cases
    }()

    /// Every file a case writes or may write (its output and its `.stderr`).
    static var claimedNames: Set<String> { Set(cases.flatMap { [$0.name, $0.name + ".stderr"] }) }
}

/// What one run printed, in bytes.
struct SnapshotRun {
    let status: Int32
    let stdout: Data
    let stderr: Data

    /// The `.stderr` snapshot: standard error, then the exit status when it is not zero; empty when both are clean.
    var stderrSnapshot: Data {
        var data = stderr
        if status != 0 { data.append(Data("(exit status \(status))\n".utf8)) }
        return data
    }
}

/// Runs `activa` with its output in files (no pipe to fill up), from `directory`, with today fixed.
func runForSnapshot(_ snapshot: SnapshotCase) throws -> SnapshotRun {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("activa-snapshot-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    let process = Process()
    process.executableURL = try activaBinary()
    process.arguments = snapshot.arguments
    process.currentDirectoryURL = packageRoot.appendingPathComponent(snapshot.directory)
    var environment = ProcessInfo.processInfo.environment
    environment["ACTIVA_TODAY"] = Snapshots.today
    environment.removeValue(forKey: Snapshots.recordVariable)
    environment.merge(snapshot.environment) { $1 }
    process.environment = environment
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return SnapshotRun(status: process.terminationStatus, stdout: try Data(contentsOf: outURL), stderr: try Data(contentsOf: errURL))
}

/// Where and how two texts first differ: the line number, the lines before it (the same in both), and a few lines
/// from there on of each, numbered; an invisible difference (a carriage return, trailing spaces) is shown escaped.
func firstDifference(recorded: Data, actual: Data, context: Int = 3) -> String {
    /// Lines split at each newline byte (so "\r\n" leaves its "\r" visible), and whether the text ends with one.
    func lines(_ data: Data) -> (lines: [String], finalNewline: Bool) {
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        let finalNewline = lines.count > 1 && lines.last == ""
        if finalNewline || data.isEmpty { lines.removeLast() }
        return (lines, finalNewline)
    }
    let (old, oldNewline) = lines(recorded)
    let (new, newNewline) = lines(actual)
    var index = 0
    while index < old.count, index < new.count, old[index] == new[index] { index += 1 }
    let counts = "(recorded: \(old.count) lines, now: \(new.count) lines)"
    if index == old.count, index == new.count {
        return "the same \(old.count) lines, but the recorded output \(oldNewline ? "ends" : "does not end") with a newline and this one \(newNewline ? "does" : "does not")"
    }
    let width = String(max(old.count, new.count)).count
    func number(_ line: Int) -> String { String(repeating: " ", count: width - String(line + 1).count) + String(line + 1) }
    func shown(_ line: String, _ other: String?) -> String {
        guard let other, other != line else { return line }
        let looksTheSame = line.trimmingCharacters(in: .whitespacesAndNewlines) == other.trimmingCharacters(in: .whitespacesAndNewlines)
        return looksTheSame ? String(reflecting: line) : line
    }
    var text = ["first difference at line \(index + 1) \(counts):"]
    for line in max(0, index - context)..<index { text.append("    \(number(line)) | \(old[line])") }
    for line in index..<min(old.count, index + context) { text.append("  - \(number(line)) | \(shown(old[line], line < new.count ? new[line] : nil))") }
    if index >= old.count { text.append("  - (end of the recorded output)") }
    for line in index..<min(new.count, index + context) { text.append("  + \(number(line)) | \(shown(new[line], line < old.count ? old[line] : nil))") }
    if index >= new.count { text.append("  + (end of the output)") }
    return text.joined(separator: "\n")
}

@Suite("Snapshots of every output (Tests/ActivaCLITests/Snapshots)")
struct SnapshotTests {
    /// Compares (or records) one snapshot file: absent means empty.
    func check(_ name: String, _ actual: Data, _ snapshot: SnapshotCase) throws {
        let url = Snapshots.root.appendingPathComponent(name)
        let recorded = FileManager.default.fileExists(atPath: url.path) ? try Data(contentsOf: url) : nil
        if Snapshots.recording {
            if actual.isEmpty {
                if recorded != nil { try FileManager.default.removeItem(at: url) }
            } else if recorded != actual {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url)
                print("recorded \(name)")
            }
            return
        }
        if (recorded ?? Data()) == actual { return }
        // Leave the new output where a diff can find it.
        let failed = FileManager.default.temporaryDirectory.appendingPathComponent("activa-snapshots").appendingPathComponent(name)
        try FileManager.default.createDirectory(at: failed.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: failed)
        let path = "Tests/ActivaCLITests/Snapshots/\(name)"
        let what = recorded == nil ? "no snapshot recorded at \(path)" : "\(path) differs from the output of \(snapshot.commandLine)"
        Issue.record("""
        \(what)
        \(firstDifference(recorded: recorded ?? Data(), actual: actual))
        The new output: \(failed.path)   (diff -u \(path) \(failed.path))
        If the change is intended, record it: \(Snapshots.recordVariable)=1 swift test --filter Snapshot
        """)
    }

    @Test("activa's output is the recorded snapshot", arguments: Snapshots.cases)
    func output(_ snapshot: SnapshotCase) throws {
        let run = try runForSnapshot(snapshot)
        try check(snapshot.name, run.stdout, snapshot)
        try check(snapshot.name + ".stderr", run.stderrSnapshot, snapshot)
    }

    @Test("every file under Snapshots/ belongs to a case (recording removes the others)")
    func noStaleSnapshots() throws {
        let claimed = Snapshots.claimedNames
        let prefix = Snapshots.root.standardizedFileURL.path + "/"
        var stale: [String] = []
        let enumerator = FileManager.default.enumerator(at: Snapshots.root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let name = String(url.standardizedFileURL.path.dropFirst(prefix.count))
            if !claimed.contains(name) { stale.append(name) }
        }
        if Snapshots.recording {
            for name in stale {
                try FileManager.default.removeItem(at: Snapshots.root.appendingPathComponent(name))
                print("removed \(name)")
            }
            return
        }
        #expect(stale.isEmpty, "snapshots no case makes (remove them, or record: \(Snapshots.recordVariable)=1 swift test --filter Snapshot): \(stale.sorted())")
    }

    @Test("the diff of a failing snapshot names the first differing line with context")
    func diffMessage() {
        let recorded = Data("a\nb\nc\nd\ne\nf\n".utf8)
        let actual = Data("a\nb\nc\nD\ne\nf\n".utf8)
        let message = firstDifference(recorded: recorded, actual: actual, context: 2)
        #expect(message == """
        first difference at line 4 (recorded: 6 lines, now: 6 lines):
            2 | b
            3 | c
          - 4 | d
          - 5 | e
          + 4 | D
          + 5 | e
        """)
        // A carriage return is shown, not hidden.
        let crlf = firstDifference(recorded: Data("x\r\n".utf8), actual: Data("x\n".utf8), context: 1)
        #expect(crlf.contains(#""x\r""#))
        #expect(firstDifference(recorded: Data("x\n".utf8), actual: Data("x".utf8)).contains("does not"))
    }
}
