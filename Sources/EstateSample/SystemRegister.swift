import EstateCore

/// Turns the catalogue's systems into model values: contract ends fixed against `asOf`, server
/// hostnames resolved to asset ids, capabilities as tokens.
enum SystemRegister {
    /// The core systems, running on the core infrastructure `servers`.
    static func core(asOf: LocalDate, servers: InfrastructureBuilder) -> (systems: [System], components: [Component]) {
        make(SystemCatalogue.core, asOf: asOf) { servers.id(of: $0) }
    }

    /// The systems of `specs`, with contract ends counted from `asOf` and each hostname they run on
    /// turned into an asset id by `assetId`.
    static func make(_ specs: [SystemSpec], asOf: LocalDate, assetId: (String) -> String?) -> (
        systems: [System], components: [Component]
    ) {
        var systems: [System] = []
        var components: [Component] = []
        for spec in specs {
            systems.append(
                System(
                    id: spec.id, name: spec.name, vendor: spec.vendor, product: spec.product, version: spec.version,
                    capability: token(spec.capability), department: spec.department, users: spec.users,
                    hosting: spec.hosting, client: spec.client, customisation: spec.customisation,
                    criticality: spec.criticality, dataClassification: spec.classification,
                    integrations: spec.integrations,
                    annualCost: spec.annualCostPounds.map { Money(pounds: Int64($0)) },
                    contractEnd: spec.contractMonths.map { asOf.adding(months: $0).adding(days: -1) },
                    assetIds: spec.runsOn.compactMap(assetId), vendorOffersSaaS: spec.vendorSaaS))
            for item in spec.installed {
                components.append(
                    Component(
                        subject: .system, subjectId: spec.id, kind: item.kind, product: item.product,
                        version: item.version))
            }
        }
        return (systems, components)
    }

    /// `Revenues & Benefits` → `revenues-benefits`, `Adults' Social Care` → `adults-social-care`: the lower-case
    /// token the model keeps, as Estate's reader makes it from the register's words.
    static func token(_ label: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in label.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else if scalar != "'" {
                pendingHyphen = true
            }
        }
        return out
    }

    /// The register's words for each capability token, for writing it back out.
    static let labels: [String: String] = {
        var out: [String: String] = [:]
        for spec in SystemCatalogue.core + EarlierSystems.decommissioned + WestbrookSystems.catalogue {
            out[token(spec.capability)] = spec.capability
        }
        for template in ClusterSystems.templates { out[token(template.capability)] = template.capability }
        return out
    }()
}
