import Activa
import ActivaFormats
import ActivaSynthetic
import Dispatch
import Foundation

// ActivaBench: a release-mode benchmark with fixed inputs that prints its figures (never a timed test). A target of
// this package, not a product: it is not built for the packages that depend on Activa.
//   swift run -c release ActivaBench [--clients 2000] [--assets 20] [--seed 42] [--json bench.json]

struct Options {
    var clients = 2_000
    var assets = 20
    var seed: UInt64 = 42
    var json: String?
    var repeats = 3
    /// Only one part: engine, files or batch (for profiling).
    var only: String?

    init(_ arguments: [String]) {
        var index = 1
        func value() -> String? {
            index += 1
            return index < arguments.count ? arguments[index] : nil
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--clients": clients = value().flatMap(Int.init) ?? clients
            case "--assets": assets = value().flatMap(Int.init) ?? assets
            case "--seed": seed = value().flatMap(UInt64.init) ?? seed
            case "--json": json = value()
            case "--repeats": repeats = value().flatMap(Int.init) ?? repeats
            case "--only": only = value()
            default: break
            }
            index += 1
        }
    }
}

/// Wall-clock seconds of `work`, the best of `repeats` runs (the least disturbed by the machine).
func best<T>(_ repeats: Int, _ work: () throws -> T) rethrows -> (seconds: Double, result: T) {
    var bestTime = Double.infinity
    var last: T?
    for _ in 0..<max(1, repeats) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try work()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if seconds < bestTime { bestTime = seconds }
        last = result
    }
    return (bestTime, last!)
}

/// Peak resident memory of this process, in MiB.
func peakMemoryMiB() -> Double {
    var usage = rusage()
    #if canImport(Glibc)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024          // kilobytes on Linux
    #else
    getrusage(RUSAGE_SELF, &usage)
    return Double(usage.ru_maxrss) / 1_048_576     // bytes on macOS
    #endif
}

/// Per-worker results of the batch, written once by each worker.
final class Counts: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int]
    init(_ count: Int) { values = Array(repeating: 0, count: count) }
    func set(_ index: Int, _ value: Int) { lock.withLock { values[index] = value } }
    var total: Int { lock.withLock { values.reduce(0, +) } }
}

func machine() -> String {
    let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
        .split(separator: "\n").first { $0.hasPrefix("model name") }?
        .split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
    let memory = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8))?
        .split(separator: "\n").first { $0.hasPrefix("MemTotal") }?
        .split(separator: " ").dropFirst().first.flatMap { Double($0) }.map { String(format: "%.0f GiB", $0 / 1_048_576) } ?? "?"
    return "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(memory)"
}

let options = Options(CommandLine.arguments)
let generator = SyntheticRegisters(seed: options.seed, assetsPerClient: options.assets)
// --emit-register N [--yaml]: print client N as register JSON (for the load test) or YAML, and stop.
if let index = CommandLine.arguments.firstIndex(of: "--emit-register"), index + 1 < CommandLine.arguments.count,
   let client = Int(CommandLine.arguments[index + 1]) {
    let register = generator.client(client)
    print(CommandLine.arguments.contains("--yaml") ? RegisterWriter.yaml(register) : RegisterWriter.json(register).serialized())
    exit(0)
}
var engineOptions = EngineOptions()
engineOptions.explanations = false
let engine = Engine(options: engineOptions)
let registers = (0..<options.clients).map(generator.client)
var rows: [(String, String, String)] = []
var figures: [(String, Double)] = []

func wanted(_ part: String) -> Bool { options.only == nil || options.only == part }

// 1. The engine alone, one core: full reports, counted in asset-years (each asset × each year of its report).
//    A report holds each computed figure once and assembles an asset's line of a year when it is read, so the
//    second figure reads every line (all amounts, as a writer would) to show what that assembly costs.
let needsAssetYears = wanted("engine") || wanted("files")
let (engineSeconds, assetYears) = !needsAssetYears ? (1, 0) : best(wanted("engine") ? options.repeats : 1) { () -> Int in
    var count = 0
    for register in registers {
        guard let report = try? engine.report(register) else { continue }
        for year in report.years { count += year.assets.count }
    }
    return count
}
if wanted("engine") {
    let engineRate = Double(assetYears) / engineSeconds
    rows.append(("engine, 1 core", String(format: "%.0f asset-years/s", engineRate), String(format: "%d asset-years in %.3f s", assetYears, engineSeconds)))
    figures.append(("engineAssetYearsPerSecond", engineRate))
}
if wanted("engine") {
    let (readSeconds, checksum) = best(options.repeats) { () -> Money in
        var total: Money = 0
        for register in registers {
            guard let report = try? engine.report(register) else { continue }
            for year in report.years {
                for line in year.assets { total += line.kia + line.paid + (line.depreciation?.bookValue ?? 0) }
            }
        }
        return total
    }
    let rate = Double(assetYears) / readSeconds
    rows.append(("engine + every line read", String(format: "%.0f asset-years/s", rate), "checksum \(checksum)"))
    figures.append(("engineLinesReadAssetYearsPerSecond", rate))
}


// 2. Reading + computing + writing: register files (JSON and YAML) to JSON reports. (`--only read` or `read-yaml`:
//    reading JSON or YAML only, for a profile of the reader.)
let jsonFiles = !(wanted("files") || wanted("batch") || wanted("read")) ? [] : registers.map { RegisterWriter.json($0).serialized() }
let yamlFiles = !(wanted("files") || wanted("read-yaml")) ? [] : registers.map { RegisterWriter.yaml($0) }
let jsonBytes = jsonFiles.reduce(0) { $0 + $1.utf8.count }
let yamlBytes = yamlFiles.reduce(0) { $0 + $1.utf8.count }
let reportOptions = ReportOptions(format: .json)
if options.only == "read" {
    let (seconds, count) = best(options.repeats) { () -> Int in
        jsonFiles.reduce(0) { count, file in count + ((try? RegisterReader.read(file, format: .json))?.assets.count ?? 0) }
    }
    rows.append(("read JSON only", String(format: "%.1f MB/s", Double(jsonBytes) / 1_048_576 / seconds), "\(count) assets, \(jsonBytes) bytes"))
}
if options.only == "read-yaml" {
    let (seconds, count) = best(options.repeats) { () -> Int in
        yamlFiles.reduce(0) { count, file in count + ((try? RegisterReader.read(file, format: .yaml))?.assets.count ?? 0) }
    }
    rows.append(("read YAML only", String(format: "%.1f MB/s", Double(yamlBytes) / 1_048_576 / seconds), "\(count) assets, \(yamlBytes) bytes"))
}
for (name, files, bytes, format) in [("JSON", jsonFiles, jsonBytes, RegisterReader.Format.json), ("YAML", yamlFiles, yamlBytes, .yaml)] where wanted("files") {
    let (readSeconds, _) = best(options.repeats) { () -> Int in
        files.reduce(0) { count, file in count + ((try? RegisterReader.read(file, format: format))?.assets.count ?? 0) }
    }
    let (seconds, written) = best(options.repeats) { () -> Int in
        var outputBytes = 0
        for file in files {
            guard let register = try? RegisterReader.read(file, format: format), let report = try? engine.report(register) else { continue }
            outputBytes += JSONReportWriter.withJSON(report, options: reportOptions) { $0.count }
        }
        return outputBytes
    }
    let megabytes = Double(bytes) / 1_048_576
    rows.append(("read \(name) only", String(format: "%.1f MB/s", megabytes / readSeconds), String(format: "%.1f MB in %.3f s", megabytes, readSeconds)))
    rows.append(("\(name) file → JSON report", String(format: "%.1f MB/s, %.0f asset-years/s", megabytes / seconds, Double(assetYears) / seconds),
                 String(format: "%.1f MB in, %.1f MB out, %.3f s", megabytes, Double(written) / 1_048_576, seconds)))
    figures.append(("read\(name)MBPerSecond", megabytes / readSeconds))
    figures.append(("\(name.lowercased())ToReportMBPerSecond", megabytes / seconds))
}

// 3. The batch: many registers at once on every core, each worker holding one client at a time.
let cores = ProcessInfo.processInfo.activeProcessorCount
let (batchSeconds, batchCount) = !wanted("batch") ? (1, 0) : best(options.repeats) { () -> Int in
    let chunks = max(1, cores)
    let counts = Counts(chunks)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        var count = 0
        var index = chunk
        while index < jsonFiles.count {
            if let register = try? RegisterReader.read(jsonFiles[index], format: .json), let report = try? engine.report(register) {
                _ = JSONReportWriter.withJSON(report, options: reportOptions) { $0.count }
                for year in report.years { count += year.assets.count }
            }
            index += chunks
        }
        counts.set(chunk, count)
    }
    return counts.total
}
if wanted("batch") {
    rows.append(("batch JSON → report, \(cores) cores", String(format: "%.0f asset-years/s", Double(batchCount) / batchSeconds),
                 String(format: "%d clients in %.3f s", options.clients, batchSeconds)))
    figures.append(("batchAssetYearsPerSecond", Double(batchCount) / batchSeconds))
}
figures.append(("peakMemoryMiB", peakMemoryMiB()))

print("ActivaBench: \(options.clients) clients × \(options.assets) assets, seed \(options.seed), best of \(options.repeats)")
print("machine: \(machine())")
let width = rows.map(\.0.count).max() ?? 0, width2 = rows.map(\.1.count).max() ?? 0
for row in rows {
    print(row.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + row.1.padding(toLength: width2, withPad: " ", startingAt: 0) + "  " + row.2)
}
print(String(format: "peak memory: %.1f MiB", peakMemoryMiB()))
if let path = options.json {
    var text = "{\"machine\": \"\(machine())\", \"clients\": \(options.clients), \"assets\": \(options.assets), \"seed\": \(options.seed)"
    for (name, value) in figures { text += String(format: ", \"%@\": %.1f", name, value) }
    text += "}\n"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    print("figures written to \(path)")
}
