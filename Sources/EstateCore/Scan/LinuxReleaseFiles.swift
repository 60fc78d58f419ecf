import Foundation

/// The operating system files of a Linux host: `/etc/os-release` and, on systems too old to have it,
/// `/etc/redhat-release`.
public enum LinuxReleaseFiles {
    /// The `KEY=value` pairs of an os-release file, with quotes and backslash escapes removed; comments and
    /// malformed lines are skipped.
    ///
    /// ```swift
    /// LinuxReleaseFiles.osRelease("NAME=\"Ubuntu\"\nVERSION_ID=\"22.04\"\n")["VERSION_ID"]   // "22.04"
    /// ```
    /// Related specification: <https://www.freedesktop.org/software/systemd/man/os-release.html>.
    public static func osRelease(_ text: String) -> [String: String] {
        var values: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = TextLines.trimmed(line)
            guard !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else { continue }
            let key = String(trimmed[..<equals])
            var value = Substring(trimmed[trimmed.index(after: equals)...])
            if let quote = value.first, quote == "\"" || quote == "'", value.count >= 2, value.last == quote {
                value = value.dropFirst().dropLast()
            }
            var unescaped = ""
            var escaped = false
            for character in value {
                if escaped {
                    unescaped.append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else {
                    unescaped.append(character)
                }
            }
            if !key.isEmpty { values[key] = unescaped }
        }
        return values
    }

    /// Name and version from a release line such as `CentOS release 5.11 (Final)` or
    /// `Red Hat Enterprise Linux Server release 6.10 (Santiago)`.
    public static func redHatRelease(_ text: String) -> (name: String, version: String?)? {
        let line = TextLines.trimmed(text.split(whereSeparator: \.isNewline).first ?? "")
        guard !line.isEmpty else { return nil }
        guard let range = line.range(of: " release ") else { return (line, nil) }
        let name = String(line[..<range.lowerBound])
        let version = line[range.upperBound...].split(separator: " ").first.map(String.init)
        return (name, version)
    }
}
