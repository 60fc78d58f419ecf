/// Dates as other tools' exports write them, turned into a form Estate's date reader takes without guessing.
enum ExportDates {
    /// `5/14/2024 9:12:33 AM` (the US order Microsoft consoles use with an AM/PM time) as `2024-05-14`;
    /// any other text unchanged, for the date reader to accept or reject with its own message.
    static func usTimestampToISO(_ text: String?) -> String? {
        guard let text = HostIdentity.clean(text) else { return nil }
        let upper = text.uppercased()
        guard upper.hasSuffix("AM") || upper.hasSuffix("PM") else { return text }
        let datePart = text.split(separator: " ").first.map(String.init) ?? text
        let parts = datePart.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 3, let date = LocalDate(year: parts[2], month: parts[0], day: parts[1]) else {
            return text
        }
        return date.description
    }

    /// `12/02/2021` as SMBIOS writes BIOS dates (always month first) as `2021-12-02`; `nil` otherwise.
    static func smbiosDate(_ text: String?) -> String? {
        guard let text = HostIdentity.clean(text) else { return nil }
        let parts = text.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let year = parts[2] < 100 ? (parts[2] < 70 ? 2000 + parts[2] : 1900 + parts[2]) : parts[2]
        return LocalDate(year: year, month: parts[0], day: parts[1])?.description
    }
}
