import EstateCore

/// Which operating system release a device reports, given when it last checked in.
///
/// Releases are chosen by date, not fixed, so the mix follows `asOf`: a device seen last week runs a
/// recent feature update, one last seen two years ago is stuck on the build of two years ago, and nothing
/// runs a release that did not exist yet.
enum ClientOperatingSystems {
    struct WindowsRelease {
        let feature: String
        let build: Int
        let released: LocalDate
    }

    static let windows10: [WindowsRelease] = [
        .init(feature: "1607", build: 14393, released: day(2016, 8, 2)),
        .init(feature: "1709", build: 16299, released: day(2017, 10, 17)),
        .init(feature: "1809", build: 17763, released: day(2018, 11, 13)),
        .init(feature: "1909", build: 18363, released: day(2019, 11, 12)),
        .init(feature: "20H2", build: 19042, released: day(2020, 10, 20)),
        .init(feature: "21H2", build: 19044, released: day(2021, 11, 16)),
        .init(feature: "22H2", build: 19045, released: day(2022, 10, 18)),
    ]

    static let windows11: [WindowsRelease] = [
        .init(feature: "21H2", build: 22000, released: day(2021, 10, 4)),
        .init(feature: "22H2", build: 22621, released: day(2022, 9, 20)),
        .init(feature: "23H2", build: 22631, released: day(2023, 10, 31)),
        .init(feature: "24H2", build: 26100, released: day(2024, 10, 1)),
        .init(feature: "25H2", build: 26200, released: day(2025, 9, 30)),
    ]

    /// Windows 10 LTSC releases: (name, build, released).
    static let ltsc: [(name: String, build: Int, released: LocalDate)] = [
        ("LTSC 2019", 17763, day(2018, 11, 13)),
        ("LTSC 2021", 19044, day(2021, 11, 16)),
    ]

    /// When councils began moving capable devices to Windows 11, and how long the move took.
    static let windows11RolloutStart = day(2023, 7, 1)
    static let windows11RolloutDays = 1_200

    /// How long an organisation waits after a feature update ships before deploying it.
    static let deploymentLagDays = 120

    /// The Windows a PC reports: (name, version).
    ///
    /// - Parameters:
    ///   - model: The device model (its TPM and era decide Windows 11 eligibility).
    ///   - purchased: When it was bought (old enough devices may still run Windows 7 or XP).
    ///   - reference: When its inventory was last taken (last seen, or when it was imaged).
    ///   - isModernManaged: Whether Intune reports it (names without `Microsoft`, versions with the patch level).
    static func windows(
        model: DeviceModel, purchased: LocalDate, reference: LocalDate, isModernManaged: Bool,
        using random: inout SampleRandom
    ) -> (name: String, version: String?) {
        let edition = random.below(100) < 10 ? "Pro" : "Enterprise"
        // Configuration Manager reports WMI's caption (`Microsoft Windows 10 Enterprise`); Intune drops the
        // `Microsoft` and adds the monthly patch level to the build.
        let vendor = isModernManaged ? "" : "Microsoft "
        func reported(_ product: String, build: Int, released: LocalDate) -> (name: String, version: String?) {
            let patch = isModernManaged ? ".\(patchLevel(since: released, on: reference, using: &random))" : ""
            return (vendor + product, "10.0.\(build)\(patch)")
        }

        // Stragglers: kit bought before Windows 7 shipped, and a few never upgraded from 7 or 8.1.
        if purchased < day(2010, 10, 22), random.percent(50) || reference < day(2016, 8, 2) {
            return ("Microsoft Windows XP Professional", "5.1.2600")
        }
        if purchased < day(2016, 1, 1), random.percent(12) || reference < day(2016, 12, 1) {
            // WMI's Windows 7 caption really does end with a space.
            if random.percent(85) {
                return ("Microsoft Windows 7 \(edition == "Pro" ? "Professional" : "Enterprise") ", "6.1.7601")
            }
            return ("Windows 7 Pro SP1", nil)
        }
        if purchased >= day(2014, 1, 1), purchased < day(2016, 1, 1), random.perMille(15) {
            return ("Microsoft Windows 8.1 Pro", "6.3.9600")
        }

        var isArm = false
        if case .windowsArm = model.platform { isArm = true }
        let rolloutDays = windows11RolloutStart.days(until: reference)
        let windows11Chance = min(90, max(0, rolloutDays * 90 / windows11RolloutDays))
        let wantsWindows11 = isArm || (model.isWindows11Capable && random.percent(windows11Chance))
        if !wantsWindows11, model.assetClass == .desktop, random.percent(3),
            let release = ltsc.last(where: { $0.released <= reference })
        {
            return reported("Windows 10 Enterprise \(release.name)", build: release.build, released: release.released)
        }

        // The newest feature update the organisation had deployed when the device last checked in, or one
        // or two behind on the slower rings.
        let releases = wantsWindows11 ? windows11 : windows10
        guard let latest = releases.lastIndex(where: { $0.released.adding(days: deploymentLagDays) <= reference })
        else { return ("Microsoft Windows 7 Enterprise ", "6.1.7601") }
        let behind = random.below(100)
        let release = releases[max(0, latest - (behind < 8 ? 2 : behind < 30 ? 1 : 0))]
        let major = wantsWindows11 ? "11" : "10"
        if random.below(100) < 2 {
            // Typed into the register by hand.
            let name =
                random.percent(50)
                ? "Win \(major) \(edition == "Pro" ? "Pro" : "Ent")" : "Windows \(major) \(edition) \(release.feature)"
            return (name, release.feature)
        }
        return reported("Windows \(major) \(edition)", build: release.build, released: release.released)
    }

    /// The update build revision a device reports: about 110 a month since the feature update shipped.
    static func patchLevel(since released: LocalDate, on reference: LocalDate, using random: inout SampleRandom) -> Int
    {
        let months = max(0, released.days(until: reference) / 30)
        return min(9_000, 100 + months * 110 + random.below(40))
    }

    /// iOS and iPadOS majors: (major, released, minor releases it reached).
    static let appleReleases: [(major: Int, released: LocalDate, lastMinor: Int)] = [
        (13, day(2019, 9, 19), 7), (14, day(2020, 9, 16), 8), (15, day(2021, 9, 20), 8),
        (16, day(2022, 9, 12), 7), (17, day(2023, 9, 18), 7), (18, day(2024, 9, 16), 7),
        (26, day(2025, 9, 15), 6),
    ]

    /// The iOS or iPadOS version a device reports, e.g. `17.7.2`.
    static func apple(maxMajor: Int, reference: LocalDate, using random: inout SampleRandom)
        -> String
    {
        let lag = random.below(60)
        let seen = reference.adding(days: -lag)
        var candidates = appleReleases.filter { $0.major <= maxMajor && $0.released <= seen }
        if candidates.isEmpty { candidates = [appleReleases[0]] }
        var index = candidates.count - 1
        if index > 0, random.percent(12) { index -= 1 }
        let release = candidates[index]
        // About seven minor releases a year; a device that stopped at an older major has its last minor.
        let months = release.released.days(until: seen) / 30
        let minor = min(release.lastMinor, months * 7 / 12)
        let patch = random.below(3)
        return patch == 0 ? "\(release.major).\(minor)" : "\(release.major).\(minor).\(patch)"
    }

    /// Samsung's rollout dates of each Android major (a few months after Google's release).
    static let samsungAndroid: [(major: Int, rolledOut: LocalDate)] = [
        (9, day(2019, 2, 1)), (10, day(2020, 1, 15)), (11, day(2020, 12, 15)), (12, day(2022, 1, 15)),
        (13, day(2022, 11, 15)), (14, day(2023, 11, 15)), (15, day(2025, 4, 7)), (16, day(2025, 9, 25)),
    ]

    /// The Android major a Samsung device reports, e.g. `14`.
    static func android(launch: Int, upgrades: Int, reference: LocalDate, using random: inout SampleRandom) -> String {
        let seen = reference.adding(days: -random.below(90))
        let available = samsungAndroid.last(where: { $0.rolledOut <= seen })?.major ?? launch
        var major = max(launch, min(launch + upgrades, available))
        if major > launch, random.percent(15) { major -= 1 }
        return String(major)
    }

    static func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        LocalDate(year: year, month: month, day: day) ?? LocalDate(daysSinceEpoch: 0)
    }
}
