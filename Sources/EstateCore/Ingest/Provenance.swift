/// What one source said about one field of an asset that several sources describe, and whether Estate kept it.
///
/// When an Intune export, an osquery result and the asset register all describe the laptop with serial
/// `5CG1234XYZ`, Estate stores one asset and, for each field, one `Provenance` per source that gave a value.
/// `isConflict` marks fields whose sources disagree (the register says Windows 10, the scan says Windows 11),
/// so the report can list them for someone to settle.
///
/// ```swift
/// Provenance(assetId: "5CG1234XYZ", field: "os_name", value: "Microsoft Windows 11 Enterprise",
///            source: "intune-devices.csv", line: 14, isKept: true, isConflict: true)
/// ```
public struct Provenance: Sendable, Hashable, Codable {
    /// The merged asset's id.
    public var assetId: String
    /// Estate's name for the field (an ``AssetField`` raw value such as `os_name`).
    public var field: String
    /// The value as the source gave it, in Estate's text form (dates `yyyy-mm-dd`, sizes in bytes).
    public var value: String
    /// The file the value came from, as given to `estate ingest`.
    public var source: String
    /// The line of the record in that file.
    public var line: Int
    /// Whether this is the value the stored asset holds.
    public var isKept: Bool
    /// Whether the sources disagree about this field of this asset.
    public var isConflict: Bool

    public init(
        assetId: String, field: String, value: String, source: String, line: Int, isKept: Bool, isConflict: Bool
    ) {
        self.assetId = assetId
        self.field = field
        self.value = value
        self.source = source
        self.line = line
        self.isKept = isKept
        self.isConflict = isConflict
    }
}
