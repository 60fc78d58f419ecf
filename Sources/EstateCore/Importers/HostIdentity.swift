/// How Estate recognises one machine across sources: its serial number, hostname and MAC addresses, each
/// cleaned of the placeholders firmware and tools write when they have nothing to say.
enum HostIdentity {
    /// Folded texts that firmware, hypervisors and tools write in place of a real value.
    static let placeholders: Set<String> = [
        "", "0", "na", "none", "null", "nil", "unknown", "notspecified", "notapplicable", "notavailable",
        "notpresent", "tobefilledbyoem", "tobefilledbyoemtobefilledbyoem", "defaultstring", "systemserialnumber",
        "chassisserialnumber", "systemproductname", "systemmanufacturer", "systemversion", "oem", "oemoem",
        "invalid", "123456789", "0123456789", "1234567890", "serial", "serialnumber", "nosuchinstance",
        "notsettable", "empty", "xxxxxxxxxx", "undefined", "sn", "nosn", "insertserialnumber",
    ]

    /// The text trimmed, or `nil` when it is empty or a placeholder such as `To Be Filled By O.E.M.`.
    static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = FieldReader<AssetField>.trimmed(text)
        guard !trimmed.isEmpty, !placeholders.contains(HeaderKey.fold(trimmed)) else { return nil }
        return trimmed
    }

    /// A serial number as written, or `nil` for placeholders and strings of one repeated character (`00000000`).
    static func serial(_ text: String?) -> String? {
        guard let serial = clean(text) else { return nil }
        let folded = HeaderKey.fold(serial)
        guard let first = folded.first, folded.contains(where: { $0 != first }) || folded.count < 4 else { return nil }
        return serial
    }

    /// The key serial numbers are compared by: letters and digits, lower-cased.
    static func serialKey(_ serial: String?) -> String? {
        guard let serial = self.serial(serial) else { return nil }
        let key = HeaderKey.fold(serial)
        return key.isEmpty ? nil : key
    }

    /// The key hostnames are compared by: the first label, lower-cased, without a `DOMAIN\` prefix, so that
    /// `EW-WEB-01`, `ew-web-01.eastwick.gov.uk` and `EASTWICK\ew-web-01` agree.
    static func hostnameKey(_ hostname: String?) -> String? {
        guard var name = clean(hostname) else { return nil }
        if let slash = name.lastIndex(of: "\\") { name = String(name[name.index(after: slash)...]) }
        let label = name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
        let key = label.lowercased()
        guard !key.isEmpty, key != "localhost", key != "localhost6" else { return nil }
        return key
    }

    /// A MAC address as `aa:bb:cc:dd:ee:ff`, from any of the ways tools write one (`AA-BB-CC-DD-EE-FF`,
    /// `aabb.ccdd.eeff`, `AABBCCDDEEFF`); `nil` for anything else and for all-zero or broadcast addresses.
    static func mac(_ text: String?) -> String? {
        guard let text = clean(text) else { return nil }
        var hex: [Character] = []
        for character in text.lowercased() {
            if character.isHexDigit {
                hex.append(character)
            } else if character != ":" && character != "-" && character != "." && character != " " {
                return nil
            }
        }
        guard hex.count == 12 else { return nil }
        let joined = String(hex)
        guard joined != "000000000000", joined != "ffffffffffff" else { return nil }
        return stride(from: 0, to: 12, by: 2).map { String(hex[$0..<$0 + 2]) }.joined(separator: ":")
    }

    /// The serial number VMware gives a virtual machine, worked out from its BIOS UUID as vCenter (and so
    /// RVTools' `SMBIOS UUID`) reports it: `420c3b5d-7a1e-9f2c-8b4d-6e0f1a2b3c4d` gives
    /// `VMware-42 0c 3b 5d 7a 1e 9f 2c-8b 4d 6e 0f 1a 2b 3c 4d`, which is what the guest's firmware shows.
    static func vmwareSerial(fromUUID uuid: String?) -> String? {
        guard let uuid = clean(uuid) else { return nil }
        let hex = Array(uuid.lowercased().filter(\.isHexDigit))
        guard hex.count == 32, uuid.filter({ !$0.isHexDigit && $0 != "-" }).isEmpty else { return nil }
        let bytes = stride(from: 0, to: 32, by: 2).map { String(hex[$0..<$0 + 2]) }
        return "VMware-" + bytes[0..<8].joined(separator: " ") + "-" + bytes[8..<16].joined(separator: " ")
    }

    /// The number in a text such as `16,252 MB`, `16.252 MB` or `16 252 Mo`, digits only; `nil` when there is
    /// none.
    static func digits(_ text: String) -> Int64? {
        var value: Int64 = 0
        var sawDigit = false
        for scalar in text.unicodeScalars {
            if let digit = scalar.properties.numericType != nil ? Int64(String(scalar)) : nil {
                let (product, overflow) = value.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                value = product + digit
                sawDigit = true
            } else if sawDigit, scalar.properties.isAlphabetic {
                break
            }
        }
        return sawDigit ? value : nil
    }
}
