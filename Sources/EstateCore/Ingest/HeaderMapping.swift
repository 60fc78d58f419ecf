/// Headers a council's files use that Estate's synonyms do not know, mapped to Estate's fields.
///
/// Read from `mapping.json` in the inventory folder:
/// ```json
/// { "assets": { "Kit Ref": "id", "Device Family": "class" },
///   "systems": { "Application Owner": "department" } }
/// ```
/// Keys are compared folded, so `Kit Ref` also matches `KIT_REF`.
public struct HeaderMapping: Sendable, Hashable {
    public var assets: [String: AssetField]
    public var systems: [String: SystemField]
    public var components: [String: ComponentField]

    public init(
        assets: [String: AssetField] = [:], systems: [String: SystemField] = [:],
        components: [String: ComponentField] = [:]
    ) {
        self.assets = assets.reduce(into: [:]) { $0[HeaderKey.fold($1.key)] = $1.value }
        self.systems = systems.reduce(into: [:]) { $0[HeaderKey.fold($1.key)] = $1.value }
        self.components = components.reduce(into: [:]) { $0[HeaderKey.fold($1.key)] = $1.value }
    }

    public static let none = HeaderMapping()

    func overrides<Field: InventoryField>(for _: Field.Type) -> [String: Field] {
        switch Field.self {
        case is AssetField.Type: assets as? [String: Field] ?? [:]
        case is SystemField.Type: systems as? [String: Field] ?? [:]
        case is ComponentField.Type: components as? [String: Field] ?? [:]
        default: [:]
        }
    }
}
