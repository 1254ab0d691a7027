import Activa

/// The closed years of a register file, kept beside it (`klant.yaml` → `klant.closed.yaml`): closing a year does not
/// rewrite the register the user wrote (its comments and order stay), and a register under version control carries
/// its filed years in a file of their own.
public enum ClosedYearsFile {
    /// `klant.yaml`, `klant.yml` or `klant.json` → `klant.closed.yaml`.
    public static func path(besides file: String) -> String {
        for suffix in [".yaml", ".yml", ".json"] where file.lowercased().hasSuffix(suffix) {
            return String(file.dropLast(suffix.count)) + ".closed.yaml"
        }
        return file + ".closed.yaml"
    }

    public static func read(_ text: String) throws(RegisterValidationError) -> [ClosedYear] {
        // The register reader reads it as a register without assets.
        try RegisterReader.read(text + (text.hasSuffix("\n") ? "" : "\n") + "assets: []\n", format: .yaml).closedYears
    }

    public static func write(_ closed: [ClosedYear], register file: String) -> String {
        "# Activa: de afgesloten jaren van \(file) (activa close). Niet met de hand wijzigen: de cijfers zijn zoals aangegeven.\n"
            + YAMLText.document(.object([("closedYears", RegisterWriter.closedYears(closed))]))
    }
}
