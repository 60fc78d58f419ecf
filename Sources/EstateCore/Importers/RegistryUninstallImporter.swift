/// A `.reg` export of the Windows Uninstall keys (`reg export HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\
/// Uninstall`, its `WOW6432Node` twin, or regedit's File → Export), as UTF-16 (regedit's default) or ANSI
/// (`REGEDIT4`).
///
/// Each key under `…\Uninstall\` with a `DisplayName` is one program, as Programs and Features lists it;
/// system components (`SystemComponent`=1) and updates (a `ParentKeyName`, or a `ReleaseType` of Update,
/// Hotfix or Security Update) are counted in a note. Values may be plain strings, or `hex(2):` and `hex(1):`
/// UTF-16 bytes continued over several lines with `\`. The export does not name its machine, so the file
/// name must (`EW-LT-0042.uninstall.reg`).
enum RegistryUninstallImporter {
    /// One key of the export: its path, the line of its `[...]` header, and its values by lower-cased name.
    struct Key {
        var path: String
        var line: Int
        var values: [String: String] = [:]
        var lines: [String] = []
    }

    static func read(_ file: InputFile) throws -> ImportBatch {
        let lines = TextLines.split(file.data)
        guard let header = lines.first(where: { !TextLines.trimmed($0).isEmpty }),
            header.hasPrefix("Windows Registry Editor") || header.hasPrefix("REGEDIT4")
        else {
            throw IngestError(
                file: file.path, line: 1,
                message: "expected a registry export starting with Windows Registry Editor Version 5.00 or REGEDIT4")
        }
        guard let hostname = FileNameHost.hostname(fromPath: file.path) else {
            throw FileNameHost.missingHost(file, what: "a registry export")
        }
        var batch = ImportBatch()
        var host = HostRecord(line: 1)
        host.asset.hostname = hostname
        var hidden = 0
        var unnamed = 0
        var uninstallKeys = 0
        for key in keys(lines) {
            guard let program = programPath(key.path) else { continue }
            uninstallKeys += 1
            guard program else { continue }
            guard let name = HostIdentity.clean(key.values["displayname"]) else {
                unnamed += 1
                continue
            }
            let releaseType = HeaderKey.fold(key.values["releasetype"] ?? "")
            if key.values["systemcomponent"] == "1" || key.values["parentkeyname"] != nil
                || ["update", "hotfix", "securityupdate", "servicepack"].contains(releaseType)
            {
                hidden += 1
                continue
            }
            host.install(PackageKinds.kind(of: name), name, version: key.values["displayversion"])
        }
        guard uninstallKeys > 0 else {
            throw IngestError(
                file: file.path,
                message:
                    "expected keys under ...\\CurrentVersion\\Uninstall\\, found none; export HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall"
            )
        }
        batch.hosts = [host]
        if hidden > 0 {
            batch.notes.append(
                "\(hidden) system components and updates (hidden in Programs and Features) were left out")
        }
        if unnamed > 0 { batch.notes.append("\(unnamed) Uninstall keys without a DisplayName were left out") }
        return batch
    }

    /// `true` for a program key (`…\Uninstall\{GUID}`), `false` for the `Uninstall` key itself or deeper
    /// keys, `nil` for keys elsewhere.
    static func programPath(_ path: String) -> Bool? {
        let parts = path.split(separator: "\\").map { $0.lowercased() }
        guard let index = parts.lastIndex(of: "uninstall"), index >= 1, parts[index - 1] == "currentversion" else {
            return nil
        }
        return parts.count == index + 2
    }

    /// The keys of an export, with their values decoded.
    static func keys(_ lines: [String]) -> [Key] {
        var keys: [Key] = []
        var pending: (name: String, text: String)?
        func store(_ name: String, _ text: String) {
            guard !keys.isEmpty else { return }
            keys[keys.count - 1].values[name.lowercased()] = decode(text)
        }
        for (index, line) in lines.enumerated() {
            if let (name, text) = pending {
                let part = TextLines.trimmed(line)
                if part.hasSuffix("\\") {
                    pending = (name, text + part.dropLast())
                } else {
                    pending = nil
                    store(name, text + part)
                }
                continue
            }
            let trimmed = TextLines.trimmed(line)
            if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
                keys.append(Key(path: String(trimmed.dropFirst().dropLast()), line: index + 1))
                continue
            }
            guard trimmed.hasPrefix("\""), let (name, text) = nameAndValue(trimmed) else { continue }
            if text.hasSuffix("\\"), text.hasPrefix("hex") {
                pending = (name, String(text.dropLast()))
            } else {
                store(name, text)
            }
        }
        return keys
    }

    /// `"DisplayName"="Mozilla Firefox (x64 en-GB)"` → (`DisplayName`, `"Mozilla Firefox (x64 en-GB)"`).
    static func nameAndValue(_ line: String) -> (String, String)? {
        var name = ""
        var index = line.index(after: line.startIndex)
        var escaped = false
        while index < line.endIndex {
            let character = line[index]
            if escaped {
                name.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                break
            } else {
                name.append(character)
            }
            index = line.index(after: index)
        }
        guard index < line.endIndex else { return nil }
        let rest = line[line.index(after: index)...]
        guard rest.first == "=" else { return nil }
        return (name, String(rest.dropFirst()))
    }

    /// A value's text: a quoted string unescaped, a `dword:` as its decimal number, `hex(2):`/`hex(1):`
    /// bytes as UTF-16 text.
    static func decode(_ text: String) -> String {
        if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 {
            var out = ""
            var escaped = false
            for character in text.dropFirst().dropLast() {
                if escaped {
                    out.append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else {
                    out.append(character)
                }
            }
            return out
        }
        if text.lowercased().hasPrefix("dword:") {
            return UInt32(text.dropFirst(6), radix: 16).map { String($0) } ?? text
        }
        if let colon = text.firstIndex(of: ":"),
            text.lowercased().hasPrefix("hex(2)") || text.lowercased().hasPrefix("hex(1)")
        {
            let bytes = text[text.index(after: colon)...].split(separator: ",").compactMap {
                UInt8(TextLines.trimmed($0), radix: 16)
            }
            var units: [UInt16] = []
            var index = 0
            while index + 1 < bytes.count {
                units.append(UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8)
                index += 2
            }
            while units.last == 0 { units.removeLast() }
            return String(decoding: units, as: UTF16.self)
        }
        return text
    }
}
