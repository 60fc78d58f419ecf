import EstateCore

/// Makes the end-user devices one at a time, from one random stream, so a million of them never sit in memory.
struct DeviceGenerator {
    let asOf: LocalDate
    let borough: Borough
    private var random: SampleRandom
    private var tagNumber: Int

    init(seed: UInt64, asOf: LocalDate, borough: Borough = .eastwick) {
        self.asOf = asOf
        self.borough = borough
        self.random = SampleRandom(seed: seed, stream: SampleStreams.devices)
        self.tagNumber = borough.tagBase
    }

    static let classes: [AssetClass] = [
        .desktop, .laptop, .workstation, .thinClient, .monitor, .smartphone, .tablet, .printer,
    ]
    /// Relative numbers of each class, for office-based and for mobile departments.
    static let officeClassWeights = [300, 270, 14, 68, 195, 95, 30, 28]
    static let mobileClassWeights = [230, 270, 5, 50, 160, 200, 75, 10]

    /// Relative numbers of devices bought 0, 1, 2, ... whole years before `asOf`, by class: refresh waves,
    /// the 2020 laptop surge, and a long tail of kit past seven years (about one device in eight overall).
    static func ageWeights(_ assetClass: AssetClass) -> [Int] {
        switch assetClass {
        case .desktop, .workstation: [90, 100, 110, 120, 130, 125, 110, 45, 30, 20, 15, 10, 10, 5, 4, 3, 2]
        case .laptop: [140, 150, 130, 120, 110, 160, 120, 30, 20, 15, 5]
        case .thinClient: [40, 60, 80, 110, 140, 150, 140, 70, 50, 40, 20, 10, 6]
        case .monitor: [80, 90, 100, 110, 110, 120, 110, 60, 45, 30, 20, 15, 10]
        case .smartphone: [250, 250, 200, 150, 80, 40, 20, 8, 2]
        case .tablet: [150, 180, 180, 160, 120, 80, 60, 40, 20, 10]
        default: [80, 100, 120, 150, 150, 130, 100, 80, 50, 40]
        }
    }

    /// The next device and the software installed on it.
    // swift-format-ignore
    mutating func next() -> (asset: Asset, components: [Component]) {
        let department = Places.departments[random.weighted(Places.departmentWeights)]
        let weights = department.isMobile ? Self.mobileClassWeights : Self.officeClassWeights
        let assetClass = Self.classes[random.weighted(weights)]
        var site = borough.sites[department.sites[random.weighted(department.sites.map(\.weight))].site]
        if assetClass == .printer || assetClass == .thinClient, !site.isOffice {
            site = borough.sites[department.sites[0].site]
        }

        let ageYears = random.weighted(Self.ageWeights(assetClass))
        let purchased = Self.weekday(asOf.adding(days: -(ageYears * 365 + random.below(365)) - 1))
        let model = DeviceModel.pick(assetClass, year: purchased.year, using: &random)
        tagNumber += random.percent(12) ? 2 : 1
        let tag = borough.tagPrefix + Self.padded(tagNumber, 6)
        let serial = SerialNumbers.make(model.serial, purchased: purchased, using: &random)

        let status = self.status(assetClass, ageYears: ageYears)
        let lastSeen = self.lastSeen(assetClass, status: status, purchased: purchased)
        let reference = lastSeen ?? min(asOf, purchased.adding(days: 45))
        // Bought since the 2020 laptop surge: enrolled in Intune rather than Configuration Manager.
        let isModernManaged = purchased >= ClientOperatingSystems.day(2020, 4, 1)
        let (osName, osVersion) = operatingSystem(
            model, purchased: purchased, reference: reference, isModernManaged: isModernManaged)

        let costPence = Int64(model.costPounds) * Int64(92 + random.below(17))  // 92% to 108% of list
            + Int64(random.below(100))
        let warranty = warrantyEnd(model, purchased: purchased)
        let location: String
        switch status {
        case .inStock: location = borough.store
        case .inRepair: location = random.percent(60) ? borough.workshop : site.name
        default: location = site.name
        }
        let manufacturer: String
        if case .android = model.platform, isModernManaged, random.percent(45) {
            manufacturer = "samsung"  // as Intune reports it
        } else {
            manufacturer = model.manufacturer
        }
        let asset = Asset(
            id: tag, hostname: hostname(model, tag: tagNumber, serial: serial, site: site, purchased: purchased, osName: osName),
            assetClass: assetClass, manufacturer: manufacturer, model: model.model, serial: serial, site: location,
            department: department.name, purchaseDate: purchased, purchaseCost: Money(pence: costPence),
            warrantyEnd: warranty, osName: osName, osVersion: osVersion, cpu: model.cpu, cores: model.cores,
            memoryBytes: model.memoryGB.isEmpty ? nil : Int64(random.pick(model.memoryGB)) << 30,
            storageBytes: model.storageGB.isEmpty ? nil : Int64(random.pick(model.storageGB)) * 1_000_000_000,
            tpmVersion: model.tpm, lastSeen: lastSeen, status: status)
        let components = DeviceSoftware.components(for: asset, reference: reference, using: &random)
        return (asset, components)
    }

    /// The operating system the device's management tool reports, as (name, version).
    private mutating func operatingSystem(
        _ model: DeviceModel, purchased: LocalDate, reference: LocalDate, isModernManaged: Bool
    ) -> (String?, String?) {
        switch model.platform {
        case .windows, .windowsArm:
            return ClientOperatingSystems.windows(
                model: model, purchased: purchased, reference: reference, isModernManaged: isModernManaged,
                using: &random)
        case .fixed(let choices):
            return random.pick(choices)
        case .iOS(let maxMajor):
            return ("iOS", ClientOperatingSystems.apple(maxMajor: maxMajor, reference: reference, using: &random))
        case .iPadOS(let maxMajor):
            return ("iPadOS", ClientOperatingSystems.apple(maxMajor: maxMajor, reference: reference, using: &random))
        case .android(let launch, let upgrades):
            let version = ClientOperatingSystems.android(
                launch: launch, upgrades: upgrades, reference: reference, using: &random)
            return ("Android", version)
        case .none:
            return (nil, nil)
        }
    }

    /// Mostly in use; spares in the store (more of them among this year's purchases); a few in repair or
    /// lost; and some kit past eight years retired but still on the register.
    private mutating func status(_ assetClass: AssetClass, ageYears: Int) -> AssetStatus {
        let roll = random.below(1_000)
        switch roll {
        case 0..<120 where ageYears >= 8: return .retired
        case 120..<(ageYears == 0 ? 250 : 150): return .inStock
        case 950..<965: return .inRepair
        case 965..<970 where assetClass == .laptop || assetClass == .smartphone || assetClass == .tablet: return .lost
        default: return .active
        }
    }

    /// When the device last checked in with its management tool: most within a fortnight, a realistic share
    /// (half of laptops, as Barking & Dagenham found) not regularly; nothing for monitors.
    private mutating func lastSeen(_ assetClass: AssetClass, status: AssetStatus, purchased: LocalDate) -> LocalDate? {
        let daysAgo: Int
        switch status {
        case .inStock:
            guard random.percent(30) else { return nil }
            daysAgo = random.int(in: 60...700)
        case .inRepair: daysAgo = random.int(in: 7...90)
        case .lost: daysAgo = random.int(in: 60...500)
        case .retired: daysAgo = random.int(in: 200...1_500)
        default:
            let bands: [Int]  // per mille: within 14 days, 14-59, 60-364, 365 and more
            switch assetClass {
            case .monitor: return nil
            case .printer: bands = [900, 60, 40, 0]
            case .laptop: bands = [550, 150, 200, 100]
            case .tablet: bands = [450, 150, 250, 150]
            case .smartphone: bands = [700, 120, 120, 60]
            case .thinClient: bands = [800, 100, 100, 0]
            default: bands = [720, 100, 120, 60]
            }
            switch random.weighted(bands) {
            case 0: daysAgo = random.below(14)
            case 1: daysAgo = random.int(in: 14...59)
            case 2: daysAgo = random.int(in: 60...364)
            default: daysAgo = random.int(in: 365...1_000)
            }
        }
        let seen = asOf.adding(days: -daysAgo)
        return seen < purchased ? min(asOf, purchased.adding(days: random.below(30))) : seen
    }

    private mutating func warrantyEnd(_ model: DeviceModel, purchased: LocalDate) -> LocalDate? {
        guard random.percent(95) else { return nil }
        let years: Int
        switch model.assetClass {
        case .desktop, .workstation: years = purchased.year >= 2018 && random.percent(60) ? 5 : 3
        case .laptop: years = random.percent(15) ? 4 : 3
        case .smartphone, .tablet: years = model.manufacturer == "Apple" ? 1 : 2
        case .printer: years = 5
        default: years = 3
        }
        return purchased.adding(years: years).adding(days: -1)
    }

    private mutating func hostname(
        _ model: DeviceModel, tag: Int, serial: String, site: Places.Site, purchased: LocalDate, osName: String?
    ) -> String? {
        switch model.assetClass {
        case .monitor, .smartphone: return nil
        case .tablet where osName?.hasPrefix("Windows") != true && osName?.hasPrefix("Microsoft") != true: return nil
        case .printer: return "\(borough.hostPrefix)-PRN-\(site.code)-\(Self.padded(random.int(in: 1...60), 3))"
        default: break
        }
        if purchased.year >= 2020, osName?.contains("Windows") == true {
            // Autopilot names: a prefix and the serial, cut to the 15 characters NetBIOS allows.
            return borough.hostPrefix + "-" + String(serial.suffix(11))
        }
        let prefix: String
        switch model.assetClass {
        case .laptop: prefix = borough.hostPrefix + "LT"
        case .thinClient: prefix = borough.hostPrefix + "TC"
        case .workstation: prefix = borough.hostPrefix + "WS"
        default: prefix = borough.hostPrefix + "PC"
        }
        return prefix + Self.padded(tag, 6)
    }

    /// Moves a Saturday or Sunday back to the Friday: councils order on working days.
    static func weekday(_ date: LocalDate) -> LocalDate {
        let weekday = ((date.daysSinceEpoch % 7) + 7 + 3) % 7  // 0 = Monday (1970-01-01 was a Thursday)
        return weekday >= 5 ? date.adding(days: 4 - weekday) : date
    }

    static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// The named random streams of a seed: one per part of the estate.
enum SampleStreams {
    static let devices: UInt64 = 1
    static let coreInfrastructure: UInt64 = 2
    static let systems: UInt64 = 3
    /// The changes that turn the current estate into the one of a year before.
    static let history: UInt64 = 4
    /// The second organisation's infrastructure (its devices use ``devices`` of its own seed).
    static let westbrookInfrastructure: UInt64 = 5
    /// Cluster `n` of a scaled estate uses `clusterBase + n`.
    static let clusterBase: UInt64 = 1_000
}
