import Yams

/// Reads YAML into a `DocumentValue`, keeping every scalar as the text the user wrote.
public enum YAMLReader {
    public static func parse(_ text: String) throws(DocumentSyntaxError) -> DocumentValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw DocumentSyntaxError(detail: describe(error), line: line(of: error))
        } catch {
            throw DocumentSyntaxError(detail: String(describing: error), line: nil)
        }
        guard let node else { return .null }
        return try convert(node)
    }

    private static func convert(_ node: Node) throws(DocumentSyntaxError) -> DocumentValue {
        switch node {
        case .scalar(let scalar):
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            if !quoted, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return .null }
            return .scalar(scalar.string, quoted: quoted)
        case .sequence(let sequence):
            var items: [DocumentValue] = []
            for item in sequence { items.append(try convert(item)) }
            return .sequence(items)
        case .mapping(let mapping):
            var pairs: [(String, DocumentValue)] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw DocumentSyntaxError(detail: "a key must be plain text", line: key.mark.map { $0.line })
                }
                if pairs.contains(where: { $0.0 == keyScalar.string }) {
                    throw DocumentSyntaxError(detail: "duplicate key '\(keyScalar.string)'", line: key.mark.map { $0.line })
                }
                pairs.append((keyScalar.string, try convert(value)))
            }
            return .mapping(pairs)
        case .alias:
            throw DocumentSyntaxError(detail: "aliases are not supported", line: node.mark.map { $0.line })
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
        case .duplicatedKeysInMapping(let duplicates, _): return "duplicate key '\(duplicates.joined(separator: "', '"))'"
        default: return String(describing: error)
        }
    }
}
