/// What kind of business asset an entry is, as far as the law treats kinds differently.
public enum AssetKind: String, Sendable, CaseIterable {
    /// Any other bedrijfsmiddel: machines, computers, furniture, tools, software licences.
    case other
    /// A bestelauto (van): not a personenauto under the BPM definition.
    case van
    /// A personenauto (art. 3 Wet BPM 1992): no KIA (art. 3.45 lid 1 sub d).
    case passengerCar
    /// A fuel-efficient personenauto meeting art. 3.20's CO2 criteria: KIA only in 2010–2013.
    case efficientPassengerCar
    /// A personenauto for professional passenger transport (beroepsvervoer): KIA allowed.
    case taxi
    case building
    /// Grond, including the ground under buildings (art. 3.45 lid 1 sub b).
    case land
    /// Woonhuis or woonschip, or the part of a building used for living (art. 3.45 lid 1 sub c).
    case dwelling
    /// A vessel of art. 3.14 lid 1 sub b (pleasure craft) (art. 3.45 lid 1 sub e).
    case pleasureCraft
    /// Art. 3.45 lid 1 sub f.
    case goodwill
    /// Effecten and vorderingen (art. 3.45 lid 1 sub f).
    case securities
    /// Vergunningen, ontheffingen, concessies (art. 3.45 lid 1 sub f).
    case permit
    /// Dieren (art. 3.45 lid 1 sub g).
    case animal
    /// A ship other than a pleasure craft or houseboat (excluded from the 2023 willekeurige-afschrijving scheme).
    case ship
    /// Excluded from the 2023 willekeurige-afschrijving scheme.
    case aircraft
    /// Bromfiets or motorrijwiel: excluded from the temporary willekeurige-afschrijving schemes.
    case motorcycle
    /// An immaterial asset other than goodwill and permits (software bought, patents): excluded from the temporary
    /// willekeurige-afschrijving schemes; KIA allowed on a literal reading of art. 3.45 (UNCONFIRMED).
    case intangible
    /// Public roads, paths, bridges, viaducts, culverts, tunnels: excluded from the temporary schemes.
    case publicInfrastructure
}
