/// A parsed YAML or JSON document, kept as text: numbers stay the digits the user wrote, so amounts are read
/// exactly and errors can quote them.
/// Not `indirect`: the nested cases hold arrays, which are references already, so a scalar needs no box of its own.
public enum DocumentValue: Sendable, Equatable {
    /// A scalar; `quoted` is true for a quoted YAML or JSON string.
    case scalar(String, quoted: Bool)
    case sequence([DocumentValue])
    /// Keys in document order.
    case mapping([(String, DocumentValue)])
    case null

    public static func == (lhs: DocumentValue, rhs: DocumentValue) -> Bool {
        switch (lhs, rhs) {
        case let (.scalar(a, qa), .scalar(b, qb)): return a == b && qa == qb
        case let (.sequence(a), .sequence(b)): return a == b
        case let (.mapping(a), .mapping(b)): return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case (.null, .null): return true
        default: return false
        }
    }

    /// Whether this is `null` (a pattern match: `==` compares whole values).
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// What the value is, for "expected a …" messages.
    var kindName: String {
        switch self {
        case .scalar: return "scalar"
        case .sequence: return "list"
        case .mapping: return "mapping"
        case .null: return "null"
        }
    }
}

/// A file that is not valid YAML or JSON.
public struct DocumentSyntaxError: Error, Sendable {
    public let detail: String
    /// 1-based line, when known.
    public let line: Int?
}
