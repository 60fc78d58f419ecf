/// The command line after the command name, consumed option by option.
///
/// Options take `--name value` or `--name=value`; `--` ends options. Whatever is left when a
/// command has taken what it knows is a usage error, so a typo never passes silently.
struct Arguments {
    private var tokens: [String]
    private var positionalsOnlyFrom: Int?

    init(_ tokens: [String]) {
        self.tokens = tokens
        positionalsOnlyFrom = tokens.firstIndex(of: "--")
    }

    /// Whether `--help` or `-h` was given.
    var wantsHelp: Bool { optionRange.contains { tokens[$0] == "--help" || tokens[$0] == "-h" } }

    private var optionRange: Range<Int> { 0..<(positionalsOnlyFrom ?? tokens.count) }

    /// Takes `--name value` (or `--name=value`); the last one wins when repeated.
    mutating func option(_ name: String) throws(UsageError) -> String? {
        try options(name).last
    }

    /// Takes every `--name value`, in order.
    mutating func options(_ name: String) throws(UsageError) -> [String] {
        var values: [String] = []
        var index = 0
        while index < (positionalsOnlyFrom ?? tokens.count) {
            let token = tokens[index]
            if token == name {
                guard index + 1 < tokens.count, index + 1 != positionalsOnlyFrom else {
                    throw UsageError("\(name) needs a value")
                }
                values.append(tokens[index + 1])
                remove(at: index, count: 2)
            } else if token.hasPrefix(name + "=") {
                values.append(String(token.dropFirst(name.count + 1)))
                remove(at: index, count: 1)
            } else {
                index += 1
            }
        }
        return values
    }

    /// Takes a flag; true when present.
    mutating func flag(_ name: String) -> Bool {
        var found = false
        var index = 0
        while index < (positionalsOnlyFrom ?? tokens.count) {
            if tokens[index] == name {
                found = true
                remove(at: index, count: 1)
            } else {
                index += 1
            }
        }
        return found
    }

    /// Takes the remaining positional arguments; any leftover `--option` is an error.
    mutating func positionals() throws(UsageError) -> [String] {
        var result: [String] = []
        for (index, token) in tokens.enumerated() {
            if index == positionalsOnlyFrom { continue }
            if (positionalsOnlyFrom.map { index < $0 } ?? true), token.hasPrefix("-"), token != "-" {
                throw UsageError("unknown option \(token)")
            }
            result.append(token)
        }
        tokens = []
        positionalsOnlyFrom = nil
        return result
    }

    /// Fails when anything is left over.
    mutating func finish() throws(UsageError) {
        let rest = try positionals()
        if let first = rest.first { throw UsageError("unexpected argument \(first)") }
    }

    private mutating func remove(at index: Int, count: Int) {
        tokens.removeSubrange(index..<(index + count))
        if let end = positionalsOnlyFrom { positionalsOnlyFrom = end - count }
    }
}

/// The user asked for something the command does not take. Exits 64.
struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}
