import EstateCore

/// The office suite, browsers and runtimes a software-inventory tool finds on a Windows device.
enum DeviceSoftware {
    static func components(for asset: Asset, reference: LocalDate, using random: inout SampleRandom) -> [Component] {
        guard let os = asset.osName, os.contains("Win") else { return [] }
        guard asset.assetClass != .thinClient else { return [] }
        var out: [Component] = []
        func add(_ kind: ComponentKind, _ product: String, _ version: String?) {
            out.append(Component(subject: .asset, subjectId: asset.id, kind: kind, product: product, version: version))
        }
        let isXP = os.contains("XP")
        let isSeven = os.contains(" 7 ")
        let purchasedYear = asset.purchaseDate?.year ?? reference.year

        // Office: 2007 and 2010 on the stragglers, 2016 volume licences on older kit, Microsoft 365 Apps since.
        if isXP {
            add(.office, "Microsoft Office Professional Plus 2007", "12.0.6612.1000")
        } else if isSeven {
            if random.percent(70) {
                add(.office, "Microsoft Office Professional Plus 2010", "14.0.7015.1000")
            } else {
                add(.office, "Microsoft Office Professional Plus 2007", "12.0.6612.1000")
            }
        } else if purchasedYear < 2017 && random.percent(8) {
            add(.office, "Microsoft Office Professional Plus 2010", "14.0.7015.1000")
        } else if purchasedYear < 2020 && random.percent(45) {
            add(.office, "Microsoft Office Professional Plus 2016", "16.0.4266.1001")
        } else if reference >= ClientOperatingSystems.day(2019, 1, 1) {
            add(.office, "Microsoft 365 Apps for enterprise - en-gb", microsoft365Build(reference, using: &random))
        } else {
            add(.office, "Microsoft Office Professional Plus 2016", "16.0.4266.1001")
        }

        // Browsers: Chrome where the user asked for it, at the version current when the device last updated.
        if isXP {
            add(.browser, "Google Chrome", "49.0.2623.112")
        } else if isSeven {
            add(.browser, "Internet Explorer 11", "11.0.9600.19596")
            if random.percent(50) { add(.browser, "Google Chrome", "109.0.5414.120") }
        } else if random.percent(60) {
            add(.browser, "Google Chrome", chromeVersion(reference, using: &random))
        }
        if !isXP, random.percent(4) {
            add(.browser, "Mozilla Firefox ESR (x64 en-GB)", random.percent(50) ? "115.16.1" : "128.3.1")
        }

        // Java: the old Oracle runtime that thick clients (Oracle Forms, legacy line-of-business apps) still need.
        if isXP || isSeven {
            if random.percent(60) { add(.runtime, "Java 6 Update 45", "6.0.450") }
        } else if random.percent(15) {
            add(
                .runtime, random.percent(70) ? "Java 8 Update 291" : "Java 8 Update 401",
                random.percent(50) ? "8.0.2910.10" : nil)
        }
        if !isXP, random.percent(35) {
            add(.application, "Adobe Acrobat Reader DC", random.percent(50) ? "24.003.20112" : "23.008.20470")
        }
        return out
    }

    /// Chrome's major version on a date: about one release every 31 days since 109 in January 2023.
    static func chromeVersion(_ date: LocalDate, using random: inout SampleRandom) -> String {
        let lag = random.below(45)
        let days = ClientOperatingSystems.day(2023, 1, 10).days(until: date.adding(days: -lag))
        let major = max(90, 109 + days * 10 / 308)
        let build = max(4000, 6099 + (major - 120) * 64)
        return "\(major).0.\(build).\(50 + random.below(150))"
    }

    /// A Microsoft 365 Apps build on a date: about a hundred builds a month since 14326 in September 2021.
    static func microsoft365Build(_ date: LocalDate, using random: inout SampleRandom) -> String {
        let months = ClientOperatingSystems.day(2021, 9, 1).days(until: date) / 30 - random.below(3)
        let build = max(11_000, 14_326 + months * 100)
        return "16.0.\(build).\(20_000 + random.below(300))"
    }
}
