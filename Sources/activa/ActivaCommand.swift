import ArgumentParser

@main
struct ActivaCommand: AsyncParsableCommand {
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
          activa schedule --cost 110 --residual 10 --life 5 --committed 2013-07-01 --in-use 2013-07-01 --willekeurig max
          activa advise Examples/advies-zzp.yaml --as-of 2025-11-22
          activa serve --port 8080
        """,
        subcommands: [KIACommand.self, ReportCommand.self, AangifteCommand.self, ScheduleCommand.self, AdviseCommand.self, BatchCommand.self, ImportCommand.self, CloseCommand.self, ServeCommand.self,
                      UserCommand.self, AdministrationCommand.self, KeyCommand.self]
    )
}
