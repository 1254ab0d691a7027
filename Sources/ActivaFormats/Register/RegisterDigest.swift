import Activa

/// A fingerprint of a register's content (everything but its closed years), kept with a closed year to tell an
/// edit of the register from a change of Activa's rules: the register written as canonical JSON, hashed with
/// 64-bit FNV-1a. Not a security hash: it detects a change, it does not resist one made on purpose, and the file
/// it guards is the user's own. Written here because the package list has no hash for a pure library target.
public enum RegisterDigest {
    /// The fingerprint; nil for a register with no closed year (nothing to compare it with).
    public static func of(_ register: Register) -> String? {
        guard !register.closedYears.isEmpty else { return nil }
        return fingerprint(register)
    }

    /// The fingerprint of a register, closed years or not (for the closing itself).
    public static func fingerprint(_ register: Register) -> String {
        var content = register
        content.closedYears = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in RegisterWriter.json(content).serialized().utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
