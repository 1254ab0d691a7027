import Activa
import ActivaFormats
import ArgumentParser
import Foundation

extension Language: ExpressibleByArgument {}
extension RoundingPolicy: ExpressibleByArgument {}
extension ReportOptions.Format: ExpressibleByArgument {}
extension UndoneInvestmentPolicy: ExpressibleByArgument {}
extension ProrationPolicy: ExpressibleByArgument {}
extension Taxpayer: ExpressibleByArgument {}
extension BuildingTransitionPolicy: ExpressibleByArgument {}
extension FutureYearsPolicy: ExpressibleByArgument {}
extension HIRInvestmentPolicy: ExpressibleByArgument {}
extension ThresholdDisposalsPolicy: ExpressibleByArgument {}

/// Options every command shares.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Taal van de uitvoer / output language: nl or en.")
    var lang: Language = .nl
}

/// The engine's named policies, the same for every command that computes a register (a year closed with one set is
/// compared under the same set).
struct PolicyOptions: ParsableArguments {
    @Option(name: .long, help: "Bijtelling bij een ongedaan gemaakte investering (art. 3.47 lid 2 en 6): aftrekTaken (standaard: nooit meer dan de genoten aftrek) or literal.")
    var undoneInvestment: UndoneInvestmentPolicy = .aftrekTaken

    @Option(help: "Tijdsevenredigheid van de afschrijving: monthly (standaard) or daily.")
    var proration: ProrationPolicy = .monthly

    @Option(name: .customLong("building-transition"), help: "Overgangsregeling bodemwaarde: threeBoekjaren (standaard) or none.")
    var buildingTransition: BuildingTransitionPolicy = .threeBoekjaren

    @Option(name: .customLong("future-years"), help: "Een jaar waarvan de cijfers nog niet bekend zijn: provisional (standaard: die van het laatst bekende jaar, VOORLOPIG) or error.")
    var futureYears: FutureYearsPolicy = .provisional

    @Option(name: .customLong("hir-investment"), help: "Investeringsbedrag na afboeking van een herinvesteringsreserve: netOfReserve (standaard, HR 1975) or grossCost (goedkeuring Besluit, op verzoek).")
    var hirInvestment: HIRInvestmentPolicy = .netOfReserve

    @Option(name: .customLong("threshold-disposals"), help: "Welke vervreemdingen tellen voor de drempel van de desinvesteringsbijtelling: withAftrekInWindow (standaard) or allDisposals.")
    var thresholdDisposals: ThresholdDisposalsPolicy = .withAftrekInWindow

    var engineOptions: EngineOptions {
        var options = EngineOptions(undoneInvestment: undoneInvestment, futureYears: futureYears, proration: proration,
                                    buildingTransition: buildingTransition)
        options.hirInvestment = hirInvestment
        options.thresholdDisposals = thresholdDisposals
        return options
    }
}

/// The most work one register may ask for (issue 17): beyond it the command stops before computing, and says how
/// to lift the limit for a big file.
struct WorkLimitOption: ParsableArguments {
    @Option(name: .customLong("max-asset-years"), help: "Het meeste werk per register: activa maal de jaren van hun levensduur (standaard 1.000.000).")
    var maxAssetYears: Int = 1_000_000

    /// The message when `register` asks for more; nil when it fits.
    func problem(_ register: Register, file: String, _ lang: Language) -> String? {
        let work = register.assetYears
        guard work > maxAssetYears else { return nil }
        return lang == .nl
            ? "\(file): het register vraagt \(work) activajaren (activa maal de jaren van hun levensduur), meer dan \(maxAssetYears); is dat zo bedoeld, geef dan --max-asset-years \(work)"
            : "\(file): the register asks for \(work) asset-years (assets times the years of their lives), more than \(maxAssetYears); if that is meant, give --max-asset-years \(work)"
    }
}

/// A failure already explained to the user on standard error: exit non-zero without another message.
struct ReportedFailure: Error {}

/// Writes a message to standard error, with the terminal's control bytes from the input made visible (`\u{1B}`):
/// a hostile file cannot recolour or rewrite the user's terminal through an error that quotes it.
func printError(_ message: String) {
    var standardError = StandardError()
    print(message.visibleControls, to: &standardError)
}

/// Writes the command's output to standard output. A write that fails (a full disk, a closed pipe) is an error
/// with exit status 1, never a silent success: `print` would drop it.
func writeOutput(_ text: String, _ lang: Language) throws {
    var text = text
    // Straight to the file descriptor (C's `stdout` is shared mutable state to Swift 6), in as many writes as it takes.
    let failure = text.withUTF8 { bytes -> Int32? in
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset < bytes.count {
            let written = write(STDOUT_FILENO, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
    // A reader that stopped early (`| head`) wants no message, only the status.
    if failure == EPIPE { throw ExitCode(1) }
    guard failure == nil else {
        printError(lang == .nl ? "fout: de uitvoer kan niet worden geschreven (schijf vol of uitvoer gesloten)"
                               : "error: the output cannot be written (disk full or output closed)")
        throw ExitCode(1)
    }
}

extension String {
    /// The C0 control characters (but newline and tab) and DEL written as `\u{1B}`: what the input said, without
    /// what it would make a terminal do.
    var visibleControls: String {
        guard unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F }) else { return self }
        var result = ""
        for scalar in unicodeScalars {
            if (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || scalar.value == 0x7F {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
