import Yams

/// Reads YAML into a `Document`, keeping every scalar as the text the user wrote.
public enum YAMLReader {
    /// The document as a tree of values.
    public static func parse(_ text: String) throws(DocumentSyntaxError) -> DocumentValue {
        let document = try self.document(text)
        return document.value(at: document.root)
    }

    /// The document as a tape of nodes: read by `YAMLSubsetReader` when the text is in its subset (registers as
    /// people write them), else written from Yams' nodes.
    static func document(_ text: String) throws(DocumentSyntaxError) -> Document {
        guard text.utf8.count <= Document.maximumBytes else { throw DocumentSyntaxError(detail: "the document is larger than 4 GiB", line: nil) }
        if let document = YAMLSubsetReader.document(text) { return document }
        return try documentByYams(text)
    }

    /// The document as Yams reads it (the reference the subset reader is tested against).
    static func documentByYams(_ text: String) throws(DocumentSyntaxError) -> Document {
        let node: Node?
        do {
            // No tag resolution (every scalar stays its text; tags would only be resolved, by regular expressions, to
            // hash the keys for Yams' duplicate check) and UTF-8 named, not looked up in the environment per call.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw DocumentSyntaxError(detail: describe(error), line: line(of: error))
        } catch {
            throw DocumentSyntaxError(detail: String(describing: error), line: nil)
        }
        var document = Document(bytes: [], capacity: text.utf8.count / 8 + 4)
        // Yams resolves an alias to the anchored node itself, so a few hundred bytes of nested aliases (an "alias
        // bomb") unfold to billions of nodes. Every node written takes at least a byte of text, so more nodes than
        // twice the text's bytes can only come from aliases: refused before the work grows.
        var budget = 2 * text.utf8.count + 16
        if let node { try append(node, to: &document, budget: &budget) } else { document.appendNull() }
        return document
    }

    private static func append(_ node: Node, to document: inout Document, budget: inout Int) throws(DocumentSyntaxError) {
        budget -= 1
        guard budget >= 0 else {
            throw DocumentSyntaxError(detail: "aliases (*name) are not supported: the document would unfold to far more than it holds",
                                      line: node.mark.map { $0.line })
        }
        switch node {
        case .scalar(let scalar):
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            if !quoted, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                document.appendNull()
            } else {
                document.appendScalar(text: scalar.string.utf8, quoted: quoted)
            }
        case .sequence(let sequence):
            let container = document.open(.sequence)
            var count = 0
            for item in sequence {
                try append(item, to: &document, budget: &budget)
                count += 1
            }
            document.close(container, count: count)
        case .mapping(let mapping):
            let container = document.open(.mapping)
            var count = 0
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw DocumentSyntaxError(detail: "a key must be plain text", line: key.mark.map { $0.line })
                }
                document.appendScalar(text: keyScalar.string.utf8, quoted: true)
                document.markKey()
                let keyIndex = document.nodeCount - 1
                if document.hasEarlierKey(like: keyIndex, in: container) {
                    throw DocumentSyntaxError(detail: "duplicate key '\(keyScalar.string)'", line: key.mark.map { $0.line })
                }
                try append(value, to: &document, budget: &budget)
                count += 1
            }
            document.close(container, count: count)
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
