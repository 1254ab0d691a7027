/// A parsed YAML or JSON document as one flat list of nodes in document order (a tape), with the text of every
/// key and scalar kept as bytes. A register is read from it without a heap object per value: a mapping's keys and
/// values follow it, and each node knows where its subtree ends, so a reader skips or walks it by index.
struct Document: Sendable {
    /// What a node is. A mapping is followed by its key and value nodes in turn; a sequence by its items.
    enum Kind: UInt8, Sendable {
        case null, plainScalar, quotedScalar, sequence, mapping
    }

    /// One node: 24 bytes. `start` and `length` locate a scalar's text in `bytes`; `end` is the index after the
    /// node's subtree; `count` is a sequence's items or a mapping's pairs; a key has its `signature`.
    struct Node: Sendable {
        var kind: Kind
        var start: UInt32
        var length: UInt32
        var end: UInt32
        var signature: UInt64 = 0
        var count: UInt32 { length }
    }

    /// The position of a node.
    typealias Index = Int

    private(set) var nodes: [Node] = []
    /// The text of the document's keys and scalars (for JSON, the document's own bytes, with unescaped strings after).
    private(set) var bytes: [UInt8] = []
    /// The keys of each mapping with many, by signature (`hasEarlierKey`).
    private var manyKeys: [Index: [UInt64: [Index]]] = [:]

    /// The document's root node.
    var root: Index { 0 }

    init(bytes: [UInt8], capacity: Int) {
        self.bytes = bytes
        nodes.reserveCapacity(capacity)
    }

    // MARK: - Building

    /// Appends a scalar whose text is `bytes[start..<start + length]`.
    mutating func appendScalar(start: Int, length: Int, quoted: Bool) {
        let index = UInt32(truncatingIfNeeded: nodes.count)
        nodes.append(Node(kind: quoted ? .quotedScalar : .plainScalar, start: UInt32(truncatingIfNeeded: start),
                          length: UInt32(truncatingIfNeeded: length), end: index + 1))
    }

    /// Gives the last node, a key, its signature (for lookups by word, see `signature(of:)`).
    mutating func markKey() {
        let last = nodes.count - 1
        let node = nodes[last]
        nodes[last].signature = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return Document.signature(of: "") }
            return Document.signature(base + Int(node.start), length: Int(node.length))
        }
    }

    /// Appends a scalar with text of its own (an unescaped string, a YAML scalar).
    mutating func appendScalar<Text: Collection<UInt8>>(text: Text, quoted: Bool) {
        let start = bytes.count
        bytes.append(contentsOf: text)
        appendScalar(start: start, length: bytes.count - start, quoted: quoted)
    }

    mutating func appendNull() {
        let index = UInt32(truncatingIfNeeded: nodes.count)
        nodes.append(Node(kind: .null, start: 0, length: 0, end: index + 1))
    }

    /// Opens a sequence or mapping; its children follow, then `close`.
    mutating func open(_ kind: Kind) -> Index {
        nodes.append(Node(kind: kind, start: 0, length: 0, end: 0))
        return nodes.count - 1
    }

    mutating func close(_ container: Index, count: Int) {
        nodes[container].length = UInt32(truncatingIfNeeded: count)
        nodes[container].end = UInt32(truncatingIfNeeded: nodes.count)
    }

    /// The bytes of text so far (JSON writes an unescaped string after them).
    var byteCount: Int { bytes.count }

    /// The most bytes a document may have: its nodes locate text with 32-bit offsets.
    static let maximumBytes = Int(UInt32.max)

    mutating func appendBytes<Text: Collection<UInt8>>(_ text: Text) { bytes.append(contentsOf: text) }
    mutating func appendByte(_ byte: UInt8) { bytes.append(byte) }

    // MARK: - Reading

    func isNull(_ index: Index) -> Bool { nodes[index].kind == .null }
    func isScalar(_ index: Index) -> Bool { nodes[index].kind == .plainScalar || nodes[index].kind == .quotedScalar }
    func isMapping(_ index: Index) -> Bool { nodes[index].kind == .mapping }
    func isSequence(_ index: Index) -> Bool { nodes[index].kind == .sequence }

    /// The node after `index`'s subtree: its next sibling, when it has one.
    func next(_ index: Index) -> Index { Int(nodes[index].end) }

    /// A sequence's items or a mapping's pairs.
    func count(_ index: Index) -> Int { Int(nodes[index].count) }

    /// A scalar's text, as a string.
    func text(_ index: Index) -> String {
        withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// A scalar's text, read in place.
    func withBytes<Result>(_ index: Index, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let node = nodes[index]
        return try bytes.withUnsafeBufferPointer { buffer in
            try body(UnsafeBufferPointer(rebasing: buffer[Int(node.start)..<Int(node.start) + Int(node.length)]))
        }
    }

    /// Whether a scalar's text is `key`, compared as bytes.
    func textEquals(_ index: Index, _ key: StaticString) -> Bool {
        let node = nodes[index]
        guard Int(node.length) == key.utf8CodeUnitCount else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return node.length == 0 }
            return memcmp(base + Int(node.start), key.utf8Start, Int(node.length)) == 0
        }
    }

    /// A key's length and first seven bytes in one word: two keys of at most seven bytes are the same exactly when
    /// their signatures are, and longer keys rarely share one (their remaining bytes are compared then).
    func signature(_ key: Index) -> UInt64 { nodes[key].signature }

    @inline(__always)
    static func signature(of key: StaticString) -> UInt64 {
        signature(key.utf8Start, length: key.utf8CodeUnitCount)
    }

    @inline(__always)
    private static func signature(_ start: UnsafePointer<UInt8>, length: Int) -> UInt64 {
        let lengthByte = UInt64(truncatingIfNeeded: length) << 56
        // Eight bytes or more: one load, the eighth byte masked off (little-endian: the first byte is the lowest).
        if length >= 8 { return UnsafeRawPointer(start).loadUnaligned(as: UInt64.self).littleEndian & 0x00FF_FFFF_FFFF_FFFF | lengthByte }
        var word = lengthByte
        for offset in 0..<length { word |= UInt64(start[offset]) << UInt64(offset * 8) }
        return word
    }

    /// The value of `key` in a mapping, found by the keys' signatures (read through the nodes' storage).
    func value(of key: StaticString, signature: UInt64, in mapping: Index) -> Index? {
        let found: Index? = nodes.withUnsafeBufferPointer { nodes in
            var candidate = mapping + 1
            let end = Int(nodes[mapping].end)
            while candidate < end {
                if nodes[candidate].signature == signature { return candidate }
                candidate = Int(nodes[candidate + 1].end)
            }
            return nil
        }
        guard let found else { return nil }
        if key.utf8CodeUnitCount <= 7 || textEquals(found, key) { return found + 1 }
        // Two long keys with the same first seven bytes: compare the whole of each.
        for candidate in keys(mapping) where textEquals(candidate, key) { return candidate + 1 }
        return nil
    }

    /// Whether a key before `key` in `mapping` (still being written) has the same text: a duplicate key. A register's
    /// mappings have a handful of keys, compared in a scan; a mapping past `scannedKeys` (hostile, or a closed year's
    /// book values of many assets) gets an index of its keys by signature, so its check stays linear.
    mutating func hasEarlierKey(like key: Index, in mapping: Index) -> Bool {
        let signature = nodes[key].signature
        // `isEmpty` first: a register never builds an index, and its reading pays no lookup per key.
        if manyKeys.isEmpty || manyKeys[mapping] == nil {
            var earlier = mapping + 1, scanned = 0
            while earlier < key {
                if nodes[earlier].signature == signature, sameText(earlier, key) { return true }
                earlier = next(earlier + 1)
                scanned += 1
            }
            guard scanned >= Document.scannedKeys else { return false }
            var index: [UInt64: [Index]] = [:]
            earlier = mapping + 1
            while earlier < key {
                index[nodes[earlier].signature, default: []].append(earlier)
                earlier = next(earlier + 1)
            }
            index[signature, default: []].append(key)
            manyKeys[mapping] = index
            return false
        }
        for earlier in manyKeys[mapping]?[signature] ?? [] where sameText(earlier, key) { return true }
        manyKeys[mapping]?[signature, default: []].append(key)
        return false
    }

    /// Keys compared in a scan before a mapping gets an index.
    static let scannedKeys = 64

    /// How many nodes have been written.
    var nodeCount: Int { nodes.count }

    /// Whether two scalars have the same text.
    func sameText(_ a: Index, _ b: Index) -> Bool {
        let first = nodes[a], second = nodes[b]
        guard first.length == second.length else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            return memcmp(base + Int(first.start), base + Int(second.start), Int(first.length)) == 0
        }
    }

    /// The items of a sequence, by index.
    func items(_ sequence: Index) -> Children { Children(document: self, first: sequence + 1, end: next(sequence), stride: 1) }

    /// The keys of a mapping, by index (each key's value is the node after it).
    func keys(_ mapping: Index) -> Children { Children(document: self, first: mapping + 1, end: next(mapping), stride: 2) }

    /// Walks children by their `end` links: items one by one, or keys skipping their values.
    struct Children: Sequence, IteratorProtocol {
        let document: Document
        var position: Index
        let end: Index
        let stride: Int

        init(document: Document, first: Index, end: Index, stride: Int) {
            self.document = document
            self.position = first
            self.end = end
            self.stride = stride
        }

        mutating func next() -> Index? {
            guard position < end else { return nil }
            let current = position
            // A key is one scalar node; its value's subtree ends where the next key starts.
            position = stride == 2 ? document.next(current + 1) : document.next(current)
            return current
        }
    }

    // MARK: - As a tree

    /// The node and its subtree as a `DocumentValue` (for callers that take a document apart by pattern).
    func value(at index: Index) -> DocumentValue {
        switch nodes[index].kind {
        case .null: return .null
        case .plainScalar: return .scalar(text(index), quoted: false)
        case .quotedScalar: return .scalar(text(index), quoted: true)
        case .sequence: return .sequence(items(index).map { value(at: $0) })
        case .mapping: return .mapping(keys(index).map { (text($0), value(at: $0 + 1)) })
        }
    }
}

// memcmp: the C library of each platform (Glibc or Musl on Linux, Darwin on Apple's systems, Bionic on Android).
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Android)
import Android
#endif
