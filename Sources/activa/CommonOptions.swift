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

/// A failure already explained to the user on standard error: exit non-zero without another message.
struct ReportedFailure: Error {}

/// Writes a message to standard error.
func printError(_ message: String) {
    var standardError = StandardError()
    print(message, to: &standardError)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
