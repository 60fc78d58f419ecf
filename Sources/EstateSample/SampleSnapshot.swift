import EstateCore

/// One council's inventory on one date, held in memory: what the four files of an `Inventory/` folder
/// (asset register, CMDB export, application register, software inventory) say.
///
/// The standard sample comes with two more: Eastwick a year earlier (``SampleEstate/yearEarlier()``), so a
/// review has real change to show, and a smaller neighbour, Westbrook (``SampleEstate/secondOrganisation()``),
/// whose register shares capabilities and products with Eastwick's.
///
/// ```swift
/// let earlier = SampleEstate.standard.yearEarlier()
/// print(earlier.asOf, earlier.devices.count)   // 2025-10-01 2…
/// ```
public struct SampleSnapshot: Sendable, Hashable {
    /// The council the inventory belongs to.
    public var organisation: String
    /// The date the inventory is pictured on.
    public var asOf: LocalDate
    /// Desktops, laptops, thin clients, monitors, phones, tablets and printers (the asset register).
    public var devices: [Asset]
    /// Servers, virtual machines, network, firewalls and storage (the CMDB export).
    public var infrastructure: [Asset]
    /// Line-of-business systems (the application register).
    public var systems: [System]
    /// Products installed on assets and systems (the software inventory).
    public var components: [Component]

    /// A snapshot of the given records.
    public init(
        organisation: String, asOf: LocalDate, devices: [Asset], infrastructure: [Asset], systems: [System],
        components: [Component]
    ) {
        self.organisation = organisation
        self.asOf = asOf
        self.devices = devices
        self.infrastructure = infrastructure
        self.systems = systems
        self.components = components
    }

    /// Devices and infrastructure together.
    public var assets: [Asset] { infrastructure + devices }
}

extension SampleEstate {
    /// The whole estate in memory, in the order ``generate(_:)`` makes it.
    ///
    /// - Complexity: O(n) in time and memory; meant for the standard size, not for benchmarks.
    public func snapshot() -> SampleSnapshot {
        var snapshot = SampleSnapshot(
            organisation: Self.organisation, asOf: asOf, devices: [], infrastructure: [], systems: [],
            components: [])
        generate { record in
            switch record {
            case .device(let asset): snapshot.devices.append(asset)
            case .infrastructure(let asset): snapshot.infrastructure.append(asset)
            case .system(let system): snapshot.systems.append(system)
            case .component(let component): snapshot.components.append(component)
            }
        }
        return snapshot
    }
}
