import Foundation

/// Works out each asset's carbon profile from the reference factors and the policy.
///
/// - Energy: the model's manufacturer figure (TEC) where the model matches `manufacturer-pcf.csv`, else the
///   class default; end-user devices scaled from the 2,000 hours the watts were calibrated on to the
///   policy's hours; servers, storage and network 24×7; printers at their TEC.
/// - PUE: none on desks; the hosting setting's from `pue.csv` (or the policy's); the provider's in cloud.
/// - Embodied: the model's manufacturer figure where it matches, else the class default.
struct CarbonEstimator {
    let factors: CarbonFactors
    let policy: Policy
    let asOf: LocalDate
    /// Ids of in-service assets, to tell whether a VM's host is in the inventory.
    let inServiceIds: Set<String>
    /// Assets last seen before this day are stale.
    private let staleLimit: LocalDate
    /// What the estimator has worked out once and reuses: estates repeat a few hundred models across a
    /// million devices. An estimator belongs to one analysis on one thread.
    private let memo = Memo()

    init(factors: CarbonFactors, policy: Policy, asOf: LocalDate, inServiceIds: Set<String>) {
        self.factors = factors
        self.policy = policy
        self.asOf = asOf
        self.inServiceIds = inServiceIds
        self.staleLimit = asOf.adding(days: -policy.staleAfterDays)
    }

    /// Where an asset draws power, its PUE, the basis and the factor cited.
    typealias Place = (setting: CarbonSetting, pue: Double, basis: String, factor: CarbonFactor?)

    private struct SettingKey: Hashable {
        var isEndUserDevice: Bool
        var hosting: AssetHosting?
    }

    /// Everything an asset's profile outside cloud depends on (a cloud VM's depends on its own size and region):
    /// assets with one key share one profile.
    private enum ProfileKey: Hashable {
        /// A virtual machine counted in its host.
        case inHost(SettingKey, AssetClass, host: String)
        case notEstimated(SettingKey, AssetClass, reason: String)
        /// A virtual machine whose host is not in the inventory, by its vCPUs.
        case unhostedVirtualMachine(SettingKey, AssetClass, vCPUs: Int?)
        /// A physical device by model, and whether its purchase date is assumed (which its basis says).
        case physical(SettingKey, AssetClass, manufacturer: String?, model: String?, assumesPurchase: Bool)
    }

    /// The profiles and the settings of classes and hostings seen so far.
    private final class Memo {
        /// The profiles made so far outside cloud, one per ``ProfileKey``.
        var profiles: [ProfileKey: CarbonProfile] = [:]
        /// The setting and PUE of assets that are not in cloud, which depend only on the class and hosting, with
        /// the rows cited for it (one list shared by every asset in the setting).
        var settings: [SettingKey: (place: Place, factors: [CarbonFactor])] = [:]
    }

    /// The figures a physical device takes from its class, manufacturer and model.
    private struct PhysicalProfile {
        var profileName: String
        /// The setting's PUE row, then the class default and the model's rows.
        var factors: [CarbonFactor]
        var isEstimate: Bool
        var kWhPerYear: Double
        var kWhBasis: String
        var replacementKWhPerYear: Double
        var embodiedKgCO2e: Double
        var embodiedBasis: String
        var replacementEmbodiedKgCO2e: Double
        var replacementBasis: String
    }

    /// The `device-defaults.csv` row for a class (servers by form factor from the model name).
    static func profileName(for asset: Asset) -> String? {
        switch asset.assetClass {
        case .desktop, .laptop, .workstation, .thinClient, .monitor, .tablet, .smartphone: asset.assetClass.rawValue
        case .server: serverProfile(model: asset.model)
        case .storage: "storage-array-2u24"
        case .network: "network-switch"
        case .firewall: "firewall"
        case .printer: "printer-mfd"
        case .virtualMachine, .other: nil
        }
    }

    /// Server form factor from vendor model naming, as the reference data assigned it: Dell R2xx-R4xx and
    /// R6xx 1U, R5xx and R7xx-R9xx 2U, Txxx tower, Mxxx/FCxxx blade; HPE DL32x-DL36x 1U, DL38x 2U, ML tower,
    /// BL and Synergy blade; Lenovo SR2xx/SR63x/SR64x 1U, SR65x-SR8xx 2U, ST tower; otherwise any server.
    static func serverProfile(model: String?) -> String {
        let words = ModelKey.words(model ?? "")
        func number(after prefix: String) -> Int? {
            for word in words where word.hasPrefix(prefix) {
                let digits = word.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }
                if digits.count == 3, let value = Int(digits) { return value }
            }
            return nil
        }
        if words.contains("synergy") || words.contains("blade") || number(after: "bl") != nil
            || number(after: "fc") != nil
        {
            return "server-blade"
        }
        if let dl = number(after: "dl") {
            if (320..<370).contains(dl) { return "server-1u" }
            if (380..<390).contains(dl) { return "server-2u" }
            return "server-any"
        }
        if number(after: "ml") != nil || words.contains("microserver") || number(after: "st") != nil {
            return "server-tower"
        }
        if let sr = number(after: "sr") {
            if sr < 650 { return "server-1u" }
            return "server-2u"
        }
        if let r = number(after: "r") {
            switch r / 100 {
            case 2, 3, 4, 6: return "server-1u"
            case 5, 7, 8, 9: return "server-2u"
            default: return "server-any"
            }
        }
        if number(after: "t") != nil { return "server-tower" }
        if number(after: "m") != nil { return "server-blade" }
        return "server-any"
    }

    /// How the asset is used, as far as energy goes.
    func use(of asset: Asset) -> CarbonUse {
        if asset.hosting == .cloud { return .cloud }
        if asset.assetClass == .virtualMachine || asset.isVirtual == true {
            if let host = asset.hostId, inServiceIds.contains(host) { return .inHost(hostId: host) }
        } else if asset.assetClass == .virtualMachine || asset.assetClass == .other {
            // The classes ``profileName(for:)`` has no row for.
            return .notEstimated(reason: "no carbon factors for class \(asset.assetClass.rawValue)")
        }
        if asset.status == .inStock { return .inStock }
        if let seen = asset.lastSeen {
            return seen < staleLimit ? .stale(lastSeen: seen) : .inUse
        }
        return .neverSeen
    }

    /// ``setting(of:)`` and the rows it cites, worked out once for each class and hosting outside cloud.
    private func cachedSetting(of asset: Asset) -> (place: Place, factors: [CarbonFactor]) {
        if asset.hosting == .cloud && !asset.assetClass.isEndUserDevice {
            let place = setting(of: asset)
            return (place, place.factor.map { [$0] } ?? [])
        }
        let key = SettingKey(isEndUserDevice: asset.assetClass.isEndUserDevice, hosting: asset.hosting)
        if let known = memo.settings[key] { return known }
        let place = setting(of: asset)
        let known = (place, place.factor.map { [$0] } ?? [])
        memo.settings[key] = known
        return known
    }

    /// Where the asset draws power, and the PUE there with its basis.
    func setting(of asset: Asset) -> (setting: CarbonSetting, pue: Double, basis: String, factor: CarbonFactor?) {
        if asset.assetClass.isEndUserDevice {
            return pue(.desk, row: "end-user devices in offices/homes", override: nil)
        }
        switch asset.hosting {
        case .cloud:
            let provider =
                CloudProvider.named(in: [asset.site, asset.manufacturer, asset.model]) ?? policy.carbon.cloudProvider
            let value = factors.cloud[provider]?.pue ?? 1
            return (.cloud(provider), value, "\(provider.title) PUE \(value) (cloud-coefficients.csv, CCF)", nil)
        case .onPremises:
            return pue(.onPremises, row: "comms cupboard with dedicated split/DX air-con", override: .onPremises)
        case .dataCentre:
            return pue(.dataCentre, row: "typical enterprise DC / on-premise default", override: .dataCentre)
        case .colocation:
            return pue(.colocation, row: "colocation (Equinix global 2023)", override: .colocation)
        case nil:
            return pue(.notGiven, row: "typical enterprise DC / on-premise default", override: nil)
        }
    }

    private func pue(_ setting: CarbonSetting, row: String, override hosting: AssetHosting?) -> (
        setting: CarbonSetting, pue: Double, basis: String, factor: CarbonFactor?
    ) {
        if let hosting, let value = policy.carbon.pueOverrides[hosting] {
            let factor = CarbonFactor(
                id: "policy carbon_pue \(hosting.rawValue)", name: "PUE, \(setting.title.lowercased())", value: value,
                unit: "PUE", source: "the council's policy file", status: .verified)
            return (setting, value, "PUE \(value): policy carbon_pue \(hosting.rawValue)", factor)
        }
        guard let factor = factors.pue[row] else {
            return (setting, 1, "PUE 1: pue.csv has no row \"\(row)\"", nil)
        }
        let cited = CarbonFactor(
            id: "pue.csv \(row)", name: "PUE, \(row)", value: factor.pue, unit: "PUE", source: factor.source,
            status: factor.status)
        return (setting, factor.pue, "PUE \(factor.pue): pue.csv \"\(row)\" (\(factor.status.rawValue))", cited)
    }

    /// The asset's carbon profile.
    func estimate(_ asset: borrowing Asset) -> CarbonAssetEstimate {
        var use = use(of: asset)
        let cycle = policy.refreshCycle(for: asset.assetClass)
        var purchaseDate = asset.purchaseDate
        var assumesPurchase = false
        let profile: CarbonProfile
        if case .cloud = use {
            var figures = figures(of: asset, cycle: cycle)
            cloud(asset, into: &figures, use: &use)
            profile = CarbonProfile(figures)
        } else {
            let key = profileKey(of: asset, use: use)
            if let known = memo.profiles[key] {
                profile = known
            } else {
                profile = makeProfile(asset, key: key, cycle: cycle)
                memo.profiles[key] = profile
            }
            if case .physical = key, purchaseDate == nil, profile.figures.profileName != nil {
                purchaseDate = asOf.adding(months: -cycle * 6)
                assumesPurchase = true
            }
        }
        return CarbonAssetEstimate(
            assetId: asset.id, assetClass: asset.assetClass, site: asset.site, department: asset.department,
            use: use, purchaseDate: purchaseDate, purchaseDateIsAssumed: assumesPurchase, vCPUs: asset.cores,
            profile: profile)
    }

    /// What the profile of an asset outside cloud depends on.
    private func profileKey(of asset: borrowing Asset, use: CarbonUse) -> ProfileKey {
        let setting = SettingKey(isEndUserDevice: asset.assetClass.isEndUserDevice, hosting: asset.hosting)
        switch use {
        case .inHost(let host): return .inHost(setting, asset.assetClass, host: host)
        case .notEstimated(let reason): return .notEstimated(setting, asset.assetClass, reason: reason)
        default:
            if asset.assetClass == .virtualMachine || asset.isVirtual == true {
                return .unhostedVirtualMachine(setting, asset.assetClass, vCPUs: asset.cores)
            }
            return .physical(
                setting, asset.assetClass, manufacturer: asset.manufacturer, model: asset.model,
                assumesPurchase: asset.purchaseDate == nil)
        }
    }

    /// The figures of the asset's setting, before its use and model are taken into account.
    private func figures(of asset: borrowing Asset, cycle: Int) -> CarbonProfile.Figures {
        let (place, placeFactors) = cachedSetting(of: asset)
        return CarbonProfile.Figures(
            setting: place.setting, profileName: nil, kWhPerYear: 0, kWhBasis: "", pue: place.pue,
            pueBasis: place.basis, regionGridKgPerKWh: nil, gridBasis: nil, embodiedKgCO2e: 0, embodiedKgPerYear: nil,
            embodiedBasis: "", lifeYears: cycle, replacementKWhPerYear: 0, replacementEmbodiedKgCO2e: 0,
            replacementBasis: "", isEstimate: place.factor?.status.isEstimate == true, factors: placeFactors)
    }

    /// The profile of an asset outside cloud, worked out from its setting and what its key says.
    private func makeProfile(_ asset: borrowing Asset, key: ProfileKey, cycle: Int) -> CarbonProfile {
        var figures = figures(of: asset, cycle: cycle)
        switch key {
        case .inHost(_, _, let host):
            figures.kWhBasis = "counted in its host \(host)"
            figures.embodiedBasis = "counted in its host \(host)"
            figures.pueBasis = "counted in its host \(host)"
        case .notEstimated(_, _, let reason):
            figures.kWhBasis = reason
            figures.embodiedBasis = reason
            figures.isEstimate = true
        case .unhostedVirtualMachine:
            unhostedVirtualMachine(asset, into: &figures)
        case .physical(_, _, _, _, let assumesPurchase):
            physical(asset, cycle: cycle, assumesPurchase: assumesPurchase, into: &figures)
        }
        return CarbonProfile(figures)
    }

    /// A physical device: model figures where the model matches, else class defaults.
    private func physical(
        _ asset: borrowing Asset, cycle: Int, assumesPurchase: Bool, into figures: inout CarbonProfile.Figures
    ) {
        guard let profile = physicalProfile(asset, cycle: cycle, placeFactors: figures.factors) else { return }
        figures.profileName = profile.profileName
        figures.factors = profile.factors
        if profile.isEstimate { figures.isEstimate = true }
        figures.kWhPerYear = profile.kWhPerYear
        figures.kWhBasis = profile.kWhBasis
        figures.replacementKWhPerYear = profile.replacementKWhPerYear
        figures.embodiedKgCO2e = profile.embodiedKgCO2e
        figures.embodiedBasis = profile.embodiedBasis
        figures.replacementEmbodiedKgCO2e = profile.replacementEmbodiedKgCO2e
        figures.replacementBasis = profile.replacementBasis
        if assumesPurchase {
            figures.isEstimate = true
            figures.embodiedBasis += "; no purchase date: assumed bought half a cycle before \(asOf)"
        }
    }

    /// What a device of this class, manufacturer and model takes from the factors; `nil` when its class has
    /// no default row.
    private func physicalProfile(
        _ asset: borrowing Asset, cycle: Int, placeFactors: [CarbonFactor]
    ) -> PhysicalProfile? {
        guard let name = Self.profileName(for: asset), let profile = factors.profile(name) else { return nil }
        var cited = [
            CarbonFactor(
                id: "device-defaults.csv \(name)", name: "Class default, \(name)", value: profile.embodiedKgCO2e,
                unit: "kgCO2e embodied; \(profile.yearlyKWh) kWh/yr", source: profile.source, status: profile.status)
        ]
        let matches = factors.footprints(
            manufacturer: asset.manufacturer, model: asset.model, assetClass: asset.assetClass)
        for match in matches {
            cited.append(
                CarbonFactor(
                    id: "manufacturer-pcf.csv line \(match.line)", name: "\(match.manufacturer) \(match.name)",
                    value: match.embodiedKgCO2e ?? match.yearlyKWh ?? 0,
                    unit: match.embodiedKgCO2e == nil
                        ? "kWh/yr (no embodied figure)"
                        : "kgCO2e embodied" + (match.yearlyKWh.map { "; \($0) kWh/yr" } ?? ""),
                    source:
                        "Boavizta environmental-footprint-data (ODbL-1.0), manufacturer PCF \(match.reportDate.isEmpty ? "undated" : match.reportDate)",
                    status: .manufacturer))
        }
        let label = Self.label(matches)
        let scale = useScale(for: asset.assetClass, profile: profile)

        let matchedKWh = Self.median(matches.compactMap(\.yearlyKWh))
        let baseKWh = matchedKWh ?? profile.yearlyKWh
        let kWhSource =
            matchedKWh.map { "\(label) TEC \(CarbonNumber.plain($0, digits: 2)) kWh/yr" }
            ?? "class default \(name) \(profile.yearlyKWh) kWh/yr (device-defaults.csv)"
        let replacementKWh = profile.yearlyKWh * scale.factor

        let matchedEmbodied = Self.median(matches.compactMap(\.embodiedKgCO2e))
        let embodiedBasis =
            (matchedEmbodied.map { "\(label) \(CarbonNumber.plain($0, digits: 2)) kg" }
                ?? "class default \(name) \(profile.embodiedKgCO2e) kg (device-defaults.csv\(profile.status.isEstimate ? ", ESTIMATE" : ""))")
            + " over \(cycle) years (policy refresh cycle)"
        return PhysicalProfile(
            profileName: name, factors: placeFactors + cited, isEstimate: profile.status.isEstimate,
            kWhPerYear: baseKWh * scale.factor, kWhBasis: kWhSource + scale.basis,
            replacementKWhPerYear: replacementKWh, embodiedKgCO2e: matchedEmbodied ?? profile.embodiedKgCO2e,
            embodiedBasis: embodiedBasis, replacementEmbodiedKgCO2e: profile.embodiedKgCO2e,
            replacementBasis:
                "replacements: class default \(name) \(profile.embodiedKgCO2e) kg, \(CarbonNumber.plain(replacementKWh, digits: 2)) kWh/yr"
        )
    }

    /// `manufacturer-pcf.csv line 812: Dell Latitude 5430 (March 2022)` or a median of several rows.
    static func label(_ matches: [ManufacturerFootprint]) -> String {
        guard let first = matches.first else { return "" }
        if matches.count == 1 {
            let date = first.reportDate.isEmpty ? "" : " (\(first.reportDate))"
            return "manufacturer-pcf.csv line \(first.line): \(first.manufacturer) \(first.name)\(date)"
        }
        let lines = matches.map { String($0.line) }.joined(separator: ", ")
        return "median of manufacturer-pcf.csv lines \(lines): \(first.manufacturer) \(first.name) and variants"
    }

    /// How an end-user device's yearly energy scales from the calibration hours to the policy's hours.
    private func useScale(for assetClass: AssetClass, profile: DeviceProfile) -> (factor: Double, basis: String) {
        guard assetClass.isEndUserDevice else { return (1, "; 24×7") }
        if assetClass == .printer { return (1, "; printers at their TEC (printing and standby)") }
        let hours = Double(policy.carbon.endUserHoursPerYear)
        let calibration = Double(CarbonPolicy.calibrationHoursPerYear)
        if hours == calibration { return (1, "; at \(Int(hours)) h a year in use (the TEC duty cycle)") }
        func kWh(_ inUse: Double) -> Double {
            (profile.activeWatts * inUse + profile.idleWatts * (8_760 - inUse)) / 1_000
        }
        let reference = kWh(calibration)
        guard reference > 0 else { return (1, "") }
        let factor = kWh(hours) / reference
        return (
            factor,
            "; × \(CarbonNumber.plain(factor, digits: 3)) for \(Int(hours)) h a year in use (\(profile.activeWatts) W active, \(profile.idleWatts) W idle, ESTIMATE)"
        )
    }

    /// A cloud virtual machine by Cloud Carbon Footprint's method.
    private func cloud(_ asset: borrowing Asset, into figures: inout CarbonProfile.Figures, use: inout CarbonUse) {
        guard case .cloud(let provider) = figures.setting else { return }
        let site = HeaderKey.fold(asset.site ?? "")
        let region = provider == .azure && site.contains("ukwest") ? "ukwest" : provider.ukRegion
        let workload = CloudWorkload(
            provider: provider, region: region, vCPUs: asset.cores ?? 2,
            memoryGB: Double(asset.memoryBytes ?? 0) / 1_073_741_824, storageTB: Double(asset.storageBytes ?? 0) / 1e12,
            instanceType: provider == .aws || provider == .gcp ? asset.model : nil)
        guard
            let result = workload.estimate(factors: factors, utilisationPercent: policy.carbon.cloudUtilisationPercent)
        else {
            use = .notEstimated(reason: "no Cloud Carbon Footprint coefficients for \(provider.title)")
            return
        }
        figures.kWhPerYear = result.itKWhPerYear
        figures.kWhBasis = result.kWhBasis + (asset.cores == nil ? "; vCPUs not given: 2 assumed" : "")
        figures.regionGridKgPerKWh = result.gridKgCO2ePerKWh
        figures.gridBasis = result.gridBasis
        figures.embodiedKgPerYear = result.embodiedKgPerYear
        figures.embodiedBasis = result.embodiedBasis
        figures.factors += result.factors
        figures.isEstimate = true
    }

    /// A virtual machine whose host is not in the inventory: Cloud Carbon Footprint's average watts per vCPU.
    private func unhostedVirtualMachine(_ asset: borrowing Asset, into figures: inout CarbonProfile.Figures) {
        guard let constants = factors.cloud[.aws] else { return }
        let vcpus = asset.cores ?? 2
        let utilisation = policy.carbon.cloudUtilisationPercent
        figures.kWhPerYear = CloudCarbonFootprint.computeKWh(
            utilisationPercent: utilisation, vCPUHours: Double(vcpus) * 8_760, minWatts: constants.minWattsPerVCPU,
            maxWatts: constants.maxWattsPerVCPU, pue: 1)
        figures.kWhBasis =
            "host not in the inventory: \(vcpus) vCPU × Cloud Carbon Footprint average \(constants.minWattsPerVCPU)-\(constants.maxWattsPerVCPU) W at \(CarbonNumber.plain(utilisation, digits: 0))% × 8,760 h"
        figures.embodiedBasis = "manufacture belongs to its host, which is not in the inventory"
        figures.isEstimate = true
        figures.factors.append(.cloudCoefficients(constants))
    }

    /// The middle value (mean of the middle two), or `nil` for none.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
