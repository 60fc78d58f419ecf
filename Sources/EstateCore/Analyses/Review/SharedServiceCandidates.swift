import Foundation

/// A product or capability two or more organisations each run: a candidate for a shared service, with their
/// combined users and costs and the first contract end that opens the door.
public struct SharedServiceCandidate: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// The same vendor's product: share one instance or one contract.
        case sameProduct = "same-product"
        /// The same capability on different products: converge on one.
        case sameCapability = "same-capability"
    }

    /// One organisation's system in the candidate.
    public struct Member: Sendable, Hashable {
        public var organisation: String
        public var systemId: String
        public var name: String
        public var product: String?
        public var users: Int?
        public var annualCost: Money?
        public var contractEnd: LocalDate?
    }

    public var kind: Kind
    /// The product (`Vendor Product`) or capability token.
    public var key: String
    public var members: [Member]

    /// How many organisations take part.
    public var organisations: Int { Set(members.map(\.organisation)).count }
    /// Users across the members that record them.
    public var combinedUsers: Int { members.reduce(0) { $0 + ($1.users ?? 0) } }
    /// Annual cost across the members that record it.
    public var combinedAnnualCost: Money { members.reduce(.zero) { $0 + ($1.annualCost ?? .zero) } }

    /// The first contract end on or after `date`, and whose it is.
    public func nearestContractEnd(from date: LocalDate) -> Member? {
        members.filter { ($0.contractEnd ?? date.adding(days: -1)) >= date }
            .min { ($0.contractEnd ?? date, $0.organisation) < ($1.contractEnd ?? date, $1.organisation) }
    }
}

extension SharedServiceCandidate {
    /// Every product, then every capability, that systems of two or more organisations share; a capability is
    /// listed only when its systems are not all one shared product already. Systems hosted in the cloud count:
    /// sharing a SaaS contract is a saving too. Largest combined cost first.
    public static func candidates(in estates: [(organisation: String, estate: Estate)]) -> [SharedServiceCandidate] {
        var byProduct: [String: [Member]] = [:]
        var byCapability: [String: [Member]] = [:]
        var productNames: [String: String] = [:]
        for (organisation, estate) in estates {
            for system in estate.systems {
                let member = Member(
                    organisation: organisation, systemId: system.id, name: system.name,
                    product: productName(system), users: system.users, annualCost: system.annualCost,
                    contractEnd: system.contractEnd)
                if let name = member.product {
                    let key = name.lowercased()
                    byProduct[key, default: []].append(member)
                    productNames[key] = productNames[key] ?? name
                }
                if let capability = system.capability?.lowercased(), !capability.isEmpty {
                    byCapability[capability, default: []].append(member)
                }
            }
        }
        var out: [SharedServiceCandidate] = []
        for (key, members) in byProduct where Set(members.map(\.organisation)).count > 1 {
            out.append(SharedServiceCandidate(kind: .sameProduct, key: productNames[key] ?? key, members: members))
        }
        for (capability, members) in byCapability where Set(members.map(\.organisation)).count > 1 {
            let products = Set(members.map { $0.product?.lowercased() ?? "\($0.organisation)/\($0.systemId)" })
            guard products.count > 1 else { continue }
            out.append(SharedServiceCandidate(kind: .sameCapability, key: capability, members: members))
        }
        return out.map { candidate in
            var sorted = candidate
            sorted.members.sort { ($0.organisation, $0.systemId) < ($1.organisation, $1.systemId) }
            return sorted
        }.sorted {
            ($1.combinedAnnualCost, $0.kind.rawValue, $0.key) < ($0.combinedAnnualCost, $1.kind.rawValue, $1.key)
        }
    }

    /// `Vendor Product`, or the product alone when it already names its vendor; nil without a product.
    static func productName(_ system: System) -> String? {
        guard let product = system.product?.trimmingCharacters(in: .whitespaces), !product.isEmpty else { return nil }
        guard let vendor = system.vendor?.trimmingCharacters(in: .whitespaces), !vendor.isEmpty,
            !product.lowercased().hasPrefix(vendor.lowercased())
        else { return product }
        return "\(vendor) \(product)"
    }
}
