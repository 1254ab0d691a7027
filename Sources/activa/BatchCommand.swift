import Activa
import ActivaFormats
import ArgumentParser
import Dispatch
import Foundation

/// `activa batch DIR --out DIR`: the report of every register in a folder, on every core, one client at a time per
/// worker. Each report file is written whole (atomically) or not at all; a register with errors gets none.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Rapporten voor alle registers in een map, op alle kernen (JSON, CSV of Markdown per register).",
        discussion: "Voorbeeld: activa batch klanten/ --out rapporten/ --rounding aangifte"
    )

    @Argument(help: "De map met registers (.yaml, .yml, .json).") var input: String
    @Option(help: "De map voor de rapporten.") var out: String
    @Option(help: "json, csv or markdown.") var format: ReportOptions.Format = .json
    @Option(help: "exact (standaard) or aangifte.") var rounding: RoundingPolicy = .exact
    @Option(help: "Aantal gelijktijdige werkers (standaard: het aantal kernen).") var jobs: Int?
    @OptionGroup var workLimit: WorkLimitOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.lang
        let files = (try? FileManager.default.contentsOfDirectory(atPath: input))?
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json")) && !$0.hasSuffix(".closed.yaml") }.sorted() ?? []
        guard !files.isEmpty else {
            printError((lang == .nl ? "fout: " : "error: ") + (lang == .nl ? "\(input): geen registers gevonden" : "\(input): no registers found"))
            throw ExitCode(1)
        }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let options = ReportOptions(format: format, rounding: rounding, explain: false, language: lang)
        var engineOptions = EngineOptions()
        engineOptions.explanations = false
        let engine = Engine(options: engineOptions)
        let workers = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let failures = FailureLog()
        let extensionName = format == .json ? "json" : format == .csv ? "csv" : format == .markdown ? "md" : "txt"
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < files.count {
                let file = files[index]
                index += workers
                let path = (input as NSString).appendingPathComponent(file)
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    failures.add(lang == .nl ? "\(path): niet leesbaar" : "\(path): not readable")
                    continue
                }
                do {
                    var loaded = try RegisterReader.readWithWarnings(text, format: .guess(path: file))
                    // The years closed with `activa close`, beside the register (FILE.closed.yaml), read as every command reads them.
                    switch closedYears(besides: path, register: loaded.register, lang) {
                    case .success(let closed?): loaded.register.closedYears = closed
                    case .success(nil): break
                    case .failure(let problems):
                        for message in problems.messages { failures.add(message) }
                        continue
                    }
                    if let problem = workLimit.problem(loaded.register, file: path, lang) {
                        failures.add(problem)
                        continue
                    }
                    var report = try engine.report(loaded.register, digest: RegisterDigest.of(loaded.register))
                    let changed = report.changedClosedYears.flatMap(\.differences)
                    guard changed.isEmpty else {
                        failures.add(path + ": " + changed.map { $0.sentence(lang) }.joined(separator: "; "))
                        continue
                    }
                    report.insertReadingWarnings(loaded.warnings)
                    let name = (file as NSString).deletingPathExtension + ".report." + extensionName
                    try ReportWriter.write(report, options: options)
                        .write(toFile: (out as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
                } catch let error as RegisterValidationError {
                    for issue in error.issues { failures.add(issue.describe(file: path, lang)) }
                } catch let error as EngineError {
                    failures.add(error.lines(file: path, lang).joined(separator: "\n"))
                } catch {
                    failures.add("\(path): \(error)")
                }
            }
        }
        let messages = failures.messages
        for message in messages { printError((lang == .nl ? "fout: " : "error: ") + message) }
        print(lang == .nl ? "\(files.count - Set(messages.map { $0.split(separator: ":").first ?? "" }).count) van \(files.count) rapporten geschreven in \(out)"
                          : "\(files.count - Set(messages.map { $0.split(separator: ":").first ?? "" }).count) of \(files.count) reports written to \(out)")
        if !messages.isEmpty { throw ExitCode(1) }
    }
}

/// Messages from concurrent workers.
final class FailureLog: @unchecked Sendable {
    private var lock = NSLock()
    private var entries: [String] = []
    func add(_ message: String) { lock.withLock { entries.append(message) } }
    var messages: [String] { lock.withLock { entries } }
}
