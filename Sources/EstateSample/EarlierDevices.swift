import EstateCore
import Foundation

/// The asset register of a year before: the devices that were already bought (with last-seen dates a
/// year back and some Windows 11 PCs still on Windows 10), the predecessors that this year's purchases
/// replaced under the same hostname, and old kit retired since with nothing in its place.
enum EarlierDevices {
    /// How many of the devices bought this year (with a hostname, issued) replaced one, in a hundred.
    static let replacedPercent = 85
    /// How many Windows 11 devices bought two or more years ago were still on Windows 10, in a hundred
    /// (about one in eight of all Windows 11 devices today).
    static let upgradedPercent = 18
    /// The old desktops, thin clients, laptops and printers retired this year with no successor.
    static let retiredClasses: [(AssetClass, count: Int)] = [
        (.desktop, 14), (.thinClient, 5), (.laptop, 3), (.printer, 8),
    ]

    /// The earlier devices, sorted by tag, and what was installed on them.
    ///
    /// - Parameters:
    ///   - current: Today's devices.
    ///   - components: Today's installed products by asset id.
    ///   - asOf: The earlier date.
    static func derive(
        from current: [Asset], components: [String: [Component]], asOf: LocalDate, using random: inout SampleRandom
    ) -> (assets: [Asset], components: [Component]) {
        var assets: [Asset] = []
        var installed: [String: [Component]] = [:]
        var predecessorTag = 90_000
        for device in current {
            guard let purchased = device.purchaseDate else { continue }
            if asOf < purchased {
                guard device.hostname != nil, device.status != .inStock, random.percent(replacedPercent),
                    let predecessor = predecessor(of: device, tag: predecessorTag + 1, asOf: asOf, using: &random)
                else { continue }
                predecessorTag += 1
                assets.append(predecessor.asset)
                installed[predecessor.asset.id] = predecessor.components
                continue
            }
            var earlier = device
            earlier.lastSeen = device.lastSeen.map { seen in
                let shifted = seen.adding(years: -1)
                return shifted < purchased ? min(asOf, purchased.adding(days: random.below(30))) : min(asOf, shifted)
            }
            if purchased < asOf.adding(years: -1), isWindows11(device.osName), random.percent(upgradedPercent) {
                (earlier.osName, earlier.osVersion) = windows10(
                    from: device, reference: earlier.lastSeen ?? asOf, using: &random)
            }
            assets.append(earlier)
            installed[device.id] = components[device.id] ?? []
        }
        var retiredTag = 80_000
        for (assetClass, count) in retiredClasses {
            for _ in 0..<count {
                retiredTag += 1 + random.below(3)
                let retired = retiredDevice(assetClass, tag: retiredTag, asOf: asOf, using: &random)
                assets.append(retired.asset)
                installed[retired.asset.id] = retired.components
            }
        }
        assets.sort { $0.id < $1.id }
        return (assets, assets.flatMap { installed[$0.id] ?? [] })
    }

    static func isWindows11(_ osName: String?) -> Bool {
        guard let osName else { return false }
        return osName.contains("Windows 11") || osName.hasPrefix("Win 11")
    }

    /// The Windows 10 22H2 a Windows 11 device reported a year earlier, in the same tool's words.
    static func windows10(from device: Asset, reference: LocalDate, using random: inout SampleRandom) -> (
        String?, String?
    ) {
        let name = device.osName.map { $0.replacingFirst(" 11", with: " 10") }
        guard let version = device.osVersion else { return (name, nil) }
        if !version.hasPrefix("10.0.") {
            // Typed by hand as a feature update (`24H2`).
            return (name.map { $0.replacingFirst(version, with: "22H2") }, "22H2")
        }
        let release = ClientOperatingSystems.windows10[ClientOperatingSystems.windows10.count - 1]
        guard version.split(separator: ".").count == 4 else { return (name, "10.0.\(release.build)") }
        let patch = ClientOperatingSystems.patchLevel(since: release.released, on: reference, using: &random)
        return (name, "10.0.\(release.build).\(patch)")
    }

    /// The device a purchase of this year replaced: same class, hostname, place and department; bought six
    /// to nine years before it; on an old Windows where it ran Windows. Nil when the catalogue has no
    /// model of that era that fits (an iPad's hostname is never a Windows tablet's).
    static func predecessor(of device: Asset, tag: Int, asOf: LocalDate, using random: inout SampleRandom)
        -> (asset: Asset, components: [Component])?
    {
        guard let successorPurchase = device.purchaseDate else { return nil }
        let purchased = DeviceGenerator.weekday(
            successorPurchase.adding(years: -random.int(in: 6...8)).adding(days: -random.below(365)))
        let wantsWindows = device.osName?.contains("Win") == true
        var model = DeviceModel.pick(device.assetClass, year: purchased.year, using: &random)
        for _ in 0..<4 where wantsWindows && !runsWindows(model) {
            model = DeviceModel.pick(device.assetClass, year: purchased.year, using: &random)
        }
        guard !wantsWindows || runsWindows(model) else { return nil }
        let lastSeen = max(purchased, asOf.adding(days: -random.below(14)))
        return make(
            model, tag: tag, hostname: device.hostname, site: device.site, department: device.department,
            purchased: purchased, lastSeen: lastSeen, using: &random)
    }

    /// Old kit in use a year ago that nothing replaced: never on the current register.
    static func retiredDevice(_ assetClass: AssetClass, tag: Int, asOf: LocalDate, using random: inout SampleRandom)
        -> (asset: Asset, components: [Component])
    {
        let purchased = DeviceGenerator.weekday(
            asOf.adding(years: -random.int(in: 8...11)).adding(days: -random.below(365)))
        var model = DeviceModel.pick(assetClass, year: purchased.year, using: &random)
        for _ in 0..<4 where assetClass != .printer && !runsWindows(model) {
            model = DeviceModel.pick(assetClass, year: purchased.year, using: &random)
        }
        let department = Places.departments[random.weighted(Places.departmentWeights)]
        let site = Places.sites[department.sites[0].site]
        let eastwick = Borough.eastwick
        let hostname: String
        switch assetClass {
        case .printer: hostname = "\(eastwick.hostPrefix)-PRN-\(site.code)-\(DeviceGenerator.padded(61 + tag % 39, 3))"
        case .laptop: hostname = eastwick.hostPrefix + "LT" + DeviceGenerator.padded(tag, 6)
        case .thinClient: hostname = eastwick.hostPrefix + "TC" + DeviceGenerator.padded(tag, 6)
        default: hostname = eastwick.hostPrefix + "PC" + DeviceGenerator.padded(tag, 6)
        }
        let lastSeen = max(purchased, asOf.adding(days: -random.below(60)))
        return make(
            model, tag: tag, hostname: hostname, site: site.name, department: department.name, purchased: purchased,
            lastSeen: lastSeen, using: &random)
    }

    static func runsWindows(_ model: DeviceModel) -> Bool {
        switch model.platform {
        case .windows: true
        default: false
        }
    }

    /// An old device of `model`, in use on the earlier date, and its software.
    // swift-format-ignore
    static func make(
        _ model: DeviceModel, tag: Int, hostname: String?, site: String?, department: String?, purchased: LocalDate,
        lastSeen: LocalDate, using random: inout SampleRandom
    ) -> (asset: Asset, components: [Component]) {
        let serial = SerialNumbers.make(model.serial, purchased: purchased, using: &random)
        let os: (name: String?, version: String?)
        switch model.platform {
        case .windows, .windowsArm:
            if purchased < ClientOperatingSystems.day(2016, 1, 1), random.percent(25) {
                os = ("Microsoft Windows 7 Enterprise ", "6.1.7601")  // WMI's caption ends with a space
            } else {
                let release = ClientOperatingSystems.windows10[random.percent(80) ? 6 : 5]
                os = ("Microsoft Windows 10 Enterprise", "10.0.\(release.build)")
            }
        case .fixed(let choices):
            let choice = random.pick(choices)
            os = (choice.name, choice.version)
        default:
            os = (nil, nil)
        }
        let costPence = Int64(model.costPounds) * Int64(92 + random.below(17)) + Int64(random.below(100))
        let years = model.assetClass == .printer ? 5 : 3
        let asset = Asset(
            id: Borough.eastwick.tagPrefix + DeviceGenerator.padded(tag, 6), hostname: hostname,
            assetClass: model.assetClass, manufacturer: model.manufacturer, model: model.model, serial: serial,
            site: site, department: department, purchaseDate: purchased, purchaseCost: Money(pence: costPence),
            warrantyEnd: purchased.adding(years: years).adding(days: -1), osName: os.name, osVersion: os.version,
            cpu: model.cpu, cores: model.cores,
            memoryBytes: model.memoryGB.isEmpty ? nil : Int64(random.pick(model.memoryGB)) << 30,
            storageBytes: model.storageGB.isEmpty ? nil : Int64(random.pick(model.storageGB)) * 1_000_000_000,
            tpmVersion: model.tpm, lastSeen: lastSeen, status: .active)
        return (asset, DeviceSoftware.components(for: asset, reference: lastSeen, using: &random))
    }
}

extension String {
    /// The text with the first occurrence of `target` replaced (unchanged when there is none).
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
