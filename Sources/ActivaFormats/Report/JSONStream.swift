import Activa

/// Writes JSON straight into bytes as it goes, in the same layout as `JSONValue` (compact, or two spaces a level).
///
/// A report is mostly the same few dozen keys for every asset in every year; building a tree of values first and
/// writing it afterwards allocated more than the engine did. Keys are static strings, known not to need escaping.
struct JSONStream: ~Copyable {
    private var output: JSONOutput
    let indent: Bool
    /// How deep the writer is: the level of the values being written now.
    private var level = 0
    /// How many values the innermost object or array holds so far.
    private var count = 0

    /// `capacity`: the bytes expected, so that the buffer is not grown and copied on the way.
    init(indent: Bool, capacity: Int = 16_384) {
        self.indent = indent
        output = JSONOutput(capacity: Swift.max(capacity, 1_024))
    }

    var bytes: [UInt8] { output.bytes }

    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try output.withBytes(body)
    }

    mutating func object(_ body: (inout JSONStream) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), body)
    }

    mutating func array(_ body: (inout JSONStream) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), body)
    }

    private mutating func container(open: UInt8, close: UInt8, _ body: (inout JSONStream) -> Void) {
        let outerCount = count
        count = 0
        level += 1
        output.byte(open)
        body(&self)
        level -= 1
        if count > 0, indent { output.newline(level) }
        output.byte(close)
        count = outerCount
    }

    /// Starts the next value of an array.
    mutating func element() {
        separate()
    }

    /// Starts the value of `name` in an object. Inlined, as is `separate`: a report writes some thirty keys per
    /// asset line, and a call's entry and exit cost more than the few stores of a key.
    @inline(__always)
    mutating func key(_ name: StaticString) {
        separate()
        output.appendKey(name, space: indent)
    }

    @inline(__always)
    private mutating func separate() {
        if count > 0 { output.byte(UInt8(ascii: ",")) }
        count &+= 1
        if indent { output.newline(level) }
    }

    @inline(__always)
    mutating func money(_ name: StaticString, _ amount: ExactDecimal) {
        key(name)
        output.appendMoney(amount)
    }

    mutating func string(_ name: StaticString, _ text: String) {
        key(name)
        output.appendEscaped(text)
    }

    @inline(__always)
    mutating func bool(_ name: StaticString, _ flag: Bool) {
        key(name)
        output.append(flag ? "true" as StaticString : "false")
    }

    mutating func integer(_ name: StaticString, _ value: Int) {
        key(name)
        output.appendInteger(value)
    }

    /// A calendar day as a JSON string, `"YYYY-MM-DD"` (as `Day.description`), written without making a String.
    @inline(__always)
    mutating func day(_ name: StaticString, _ day: Day) {
        key(name)
        output.appendDay(day)
    }

    /// A value built as a tree (the rarer parts: sources, explanations, policies).
    mutating func value(_ name: StaticString, _ value: JSONValue) {
        key(name)
        value.write(to: &output, indent: indent, level: level)
    }

    mutating func elementValue(_ value: JSONValue) {
        element()
        value.write(to: &output, indent: indent, level: level)
    }
}
