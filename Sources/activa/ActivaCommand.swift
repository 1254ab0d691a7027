import ArgumentParser

@main
struct ActivaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activa",
        abstract: "Activa: de fiscale activa-motor (KIA, betalingscriterium, desinvesteringsbijtelling).",
        discussion: """
        Voorbeelden / examples:
          activa kia --year 2024 455 3000
          activa kia --year 2024 455 3000 --format json
          activa report Examples/zzp-fotograaf.yaml
          activa report Examples/zzp-fotograaf.yaml --year 2024 --explain --lang en
          activa report Examples/zzp-fotograaf.yaml --format csv --rounding aangifte
        """,
        subcommands: [KIACommand.self, ReportCommand.self, ScheduleCommand.self]
    )
}
