import EstateCore

/// The end-user device models a London borough bought over fifteen years, by class and by the years
/// they were on sale, with what each typically cost and shipped with.
struct DeviceModel {
    /// What software a device runs, which decides how its operating system is written.
    enum Platform {
        case windows
        /// Windows on Arm (Snapdragon): Windows 11 only.
        case windowsArm
        /// A fixed firmware-like OS, one of the given (name, version) pairs.
        case fixed([(name: String, version: String)])
        case iOS(maxMajor: Int)
        case iPadOS(maxMajor: Int)
        /// Samsung: the Android major it launched with and how many major upgrades it gets.
        case android(launch: Int, upgrades: Int)
        /// Monitors and printers: nothing an inventory tool reports.
        case none
    }

    /// How the manufacturer writes serial numbers.
    enum SerialStyle {
        case dell, hp(prefix: String), lenovo(prefix: String), surface, apple, samsung, iiyama, dellMonitor
        case ricoh, canon, hpPrinter
    }

    let assetClass: AssetClass
    let manufacturer: String
    let model: String
    let firstYear: Int
    let lastYear: Int
    let costPounds: Int
    let cpu: String?
    let cores: Int?
    let memoryGB: [Int]
    let storageGB: [Int]
    /// `2.0`, `1.2`, `None`, or nil where an inventory would not say.
    let tpm: String?
    let platform: Platform
    let serial: SerialStyle
    /// The register's word for its type, when it is not the class's usual one (`All-in-One`, `MFD`).
    var typeLabel: String? = nil

    /// Whether it meets Windows 11's processor and TPM requirements (8th-generation Intel or later, TPM 2.0).
    var isWindows11Capable: Bool { tpm == "2.0" && firstYear >= 2018 }
}

extension DeviceModel {
    // swift-format-ignore
    static let all: [DeviceModel] = desktops + laptops + workstations + thinClients + monitors + phones + tablets + printers

    static let desktops: [DeviceModel] = [
        .init(
            assetClass: .desktop, manufacturer: "HP", model: "HP Compaq dc7900 Small Form Factor", firstYear: 2008,
            lastYear: 2010, costPounds: 489, cpu: "Intel(R) Core(TM)2 Duo CPU     E8400  @ 3.00GHz", cores: 2,
            memoryGB: [2, 4], storageGB: [160, 250], tpm: "1.2", platform: .windows, serial: .hp(prefix: "CZC")),
        .init(
            assetClass: .desktop, manufacturer: "Dell Inc.", model: "OptiPlex 780", firstYear: 2009, lastYear: 2010,
            costPounds: 469, cpu: "Intel(R) Core(TM)2 Duo CPU     E7500  @ 2.93GHz", cores: 2, memoryGB: [2, 4],
            storageGB: [250], tpm: "None", platform: .windows, serial: .dell),
        .init(
            assetClass: .desktop, manufacturer: "HP", model: "HP Compaq 8200 Elite SFF PC", firstYear: 2011,
            lastYear: 2012, costPounds: 579, cpu: "Intel(R) Core(TM) i5-2400 CPU @ 3.10GHz", cores: 4, memoryGB: [4],
            storageGB: [250], tpm: "1.2", platform: .windows, serial: .hp(prefix: "CZC")),
        .init(
            assetClass: .desktop, manufacturer: "Dell Inc.", model: "OptiPlex 7010", firstYear: 2012, lastYear: 2014,
            costPounds: 549, cpu: "Intel(R) Core(TM) i5-3470 CPU @ 3.20GHz", cores: 4, memoryGB: [4, 8],
            storageGB: [500], tpm: "1.2", platform: .windows, serial: .dell),
        .init(
            assetClass: .desktop, manufacturer: "Hewlett-Packard", model: "HP EliteDesk 800 G1 SFF", firstYear: 2014,
            lastYear: 2015, costPounds: 589, cpu: "Intel(R) Core(TM) i5-4570 CPU @ 3.20GHz", cores: 4, memoryGB: [8],
            storageGB: [500], tpm: "1.2", platform: .windows, serial: .hp(prefix: "CZC")),
        .init(
            assetClass: .desktop, manufacturer: "Dell Inc.", model: "OptiPlex 7040", firstYear: 2016, lastYear: 2017,
            costPounds: 559, cpu: "Intel(R) Core(TM) i5-6500 CPU @ 3.20GHz", cores: 4, memoryGB: [8], storageGB: [256],
            tpm: "1.2", platform: .windows, serial: .dell),
        .init(
            assetClass: .desktop, manufacturer: "LENOVO", model: "ThinkCentre M700 Tiny", firstYear: 2016,
            lastYear: 2017, costPounds: 499, cpu: "Intel(R) Core(TM) i5-6400T CPU @ 2.20GHz", cores: 4, memoryGB: [8],
            storageGB: [256], tpm: "2.0", platform: .windows, serial: .lenovo(prefix: "MJ")),
        .init(
            assetClass: .desktop, manufacturer: "HP", model: "HP EliteDesk 800 G3 SFF", firstYear: 2017, lastYear: 2018,
            costPounds: 609, cpu: "Intel(R) Core(TM) i5-7500 CPU @ 3.40GHz", cores: 4, memoryGB: [8], storageGB: [256],
            tpm: "2.0", platform: .windows, serial: .hp(prefix: "CZC")),
        .init(
            assetClass: .desktop, manufacturer: "Dell Inc.", model: "OptiPlex 7060", firstYear: 2018, lastYear: 2019,
            costPounds: 629, cpu: "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz", cores: 6, memoryGB: [8, 16],
            storageGB: [256], tpm: "2.0", platform: .windows, serial: .dell),
        .init(
            assetClass: .desktop, manufacturer: "LENOVO", model: "ThinkCentre M720q", firstYear: 2019, lastYear: 2020,
            costPounds: 579, cpu: "Intel(R) Core(TM) i5-9500T CPU @ 2.20GHz", cores: 6, memoryGB: [8, 16],
            storageGB: [256], tpm: "2.0", platform: .windows, serial: .lenovo(prefix: "MJ")),
        .init(
            assetClass: .desktop, manufacturer: "Dell Inc.", model: "OptiPlex 7080", firstYear: 2020, lastYear: 2021,
            costPounds: 649, cpu: "Intel(R) Core(TM) i5-10500T CPU @ 2.30GHz", cores: 6, memoryGB: [16],
            storageGB: [256], tpm: "2.0", platform: .windows, serial: .dell),
        .init(
            assetClass: .desktop, manufacturer: "HP", model: "HP EliteDesk 800 G6 Desktop Mini PC", firstYear: 2020,
            lastYear: 2021, costPounds: 669, cpu: "Intel(R) Core(TM) i5-10500T CPU @ 2.30GHz", cores: 6, memoryGB: [16],
            storageGB: [256], tpm: "2.0", platform: .windows, serial: .hp(prefix: "CZC")),
        .init(
            assetClass: .desktop, manufacturer: "HP", model: "HP EliteOne 800 G6 24 All-in-One PC", firstYear: 2020,
            lastYear: 2021, costPounds: 899, cpu: "Intel(R) Core(TM) i5-10500 CPU @ 3.10GHz", cores: 6, memoryGB: [16],
            storageGB: [256], tpm: "2.0", platform: .windows, serial: .hp(prefix: "8CC"), typeLabel: "All-in-One"),
        .init(
            assetClass: .desktop, manufacturer: "LENOVO", model: "ThinkCentre M70q Gen 2", firstYear: 2021,
            lastYear: 2022, costPounds: 599, cpu: "11th Gen Intel(R) Core(TM) i5-11400T @ 1.30GHz", cores: 6,
            memoryGB: [16], storageGB: [256], tpm: "2.0", platform: .windows, serial: .lenovo(prefix: "MJ")),
        .init(
            assetClass: .desktop, manufacturer: "Dell Inc.", model: "OptiPlex 7000", firstYear: 2022, lastYear: 2023,
            costPounds: 699, cpu: "12th Gen Intel(R) Core(TM) i5-12500T", cores: 6, memoryGB: [16],
            storageGB: [256, 512], tpm: "2.0", platform: .windows, serial: .dell),
        .init(
            assetClass: .desktop, manufacturer: "HP", model: "HP Elite Mini 800 G9 Desktop PC", firstYear: 2023,
            lastYear: 2024, costPounds: 729, cpu: "13th Gen Intel(R) Core(TM) i5-13500T", cores: 14, memoryGB: [16],
            storageGB: [512], tpm: "2.0", platform: .windows, serial: .hp(prefix: "CZC")),
        .init(
            assetClass: .desktop, manufacturer: "Dell Inc.", model: "OptiPlex Micro 7010", firstYear: 2023,
            lastYear: 2025, costPounds: 689, cpu: "13th Gen Intel(R) Core(TM) i5-13500T", cores: 14, memoryGB: [16],
            storageGB: [512], tpm: "2.0", platform: .windows, serial: .dell),
        .init(
            assetClass: .desktop, manufacturer: "Dell Inc.", model: "Dell Pro Micro QCM1250", firstYear: 2025,
            lastYear: 2026, costPounds: 749, cpu: "Intel(R) Core(TM) Ultra 5 235T", cores: 14, memoryGB: [16],
            storageGB: [512], tpm: "2.0", platform: .windows, serial: .dell),
    ]

    static let laptops: [DeviceModel] = [
        .init(
            assetClass: .laptop, manufacturer: "Dell Inc.", model: "Latitude E6420", firstYear: 2010, lastYear: 2012,
            costPounds: 749, cpu: "Intel(R) Core(TM) i5-2520M CPU @ 2.50GHz", cores: 2, memoryGB: [4], storageGB: [320],
            tpm: "1.2", platform: .windows, serial: .dell),
        .init(
            assetClass: .laptop, manufacturer: "Hewlett-Packard", model: "HP EliteBook 8470p", firstYear: 2012,
            lastYear: 2013, costPounds: 799, cpu: "Intel(R) Core(TM) i5-3320M CPU @ 2.60GHz", cores: 2,
            memoryGB: [4, 8], storageGB: [320, 500], tpm: "1.2", platform: .windows, serial: .hp(prefix: "CNU")),
        .init(
            assetClass: .laptop, manufacturer: "LENOVO", model: "ThinkPad T440", firstYear: 2014, lastYear: 2015,
            costPounds: 829, cpu: "Intel(R) Core(TM) i5-4300U CPU @ 1.90GHz", cores: 2, memoryGB: [4, 8],
            storageGB: [500], tpm: "1.2", platform: .windows, serial: .lenovo(prefix: "PC")),
        .init(
            assetClass: .laptop, manufacturer: "Dell Inc.", model: "Latitude E7450", firstYear: 2015, lastYear: 2016,
            costPounds: 899, cpu: "Intel(R) Core(TM) i5-5300U CPU @ 2.30GHz", cores: 2, memoryGB: [8], storageGB: [256],
            tpm: "1.2", platform: .windows, serial: .dell),
        .init(
            assetClass: .laptop, manufacturer: "HP", model: "HP EliteBook 840 G3", firstYear: 2016, lastYear: 2017,
            costPounds: 869, cpu: "Intel(R) Core(TM) i5-6300U CPU @ 2.40GHz", cores: 2, memoryGB: [8], storageGB: [256],
            tpm: "2.0", platform: .windows, serial: .hp(prefix: "5CG")),
        .init(
            assetClass: .laptop, manufacturer: "LENOVO", model: "ThinkPad T470", firstYear: 2017, lastYear: 2018,
            costPounds: 879, cpu: "Intel(R) Core(TM) i5-7300U CPU @ 2.60GHz", cores: 2, memoryGB: [8], storageGB: [256],
            tpm: "2.0", platform: .windows, serial: .lenovo(prefix: "PF")),
        .init(
            assetClass: .laptop, manufacturer: "Dell Inc.", model: "Latitude 5490", firstYear: 2018, lastYear: 2019,
            costPounds: 829, cpu: "Intel(R) Core(TM) i5-8350U CPU @ 1.70GHz", cores: 4, memoryGB: [8], storageGB: [256],
            tpm: "2.0", platform: .windows, serial: .dell),
        .init(
            assetClass: .laptop, manufacturer: "HP", model: "HP ProBook 440 G6", firstYear: 2019, lastYear: 2020,
            costPounds: 689, cpu: "Intel(R) Core(TM) i5-8265U CPU @ 1.60GHz", cores: 4, memoryGB: [8], storageGB: [256],
            tpm: "2.0", platform: .windows, serial: .hp(prefix: "5CD")),
        .init(
            assetClass: .laptop, manufacturer: "Dell Inc.", model: "Latitude 5410", firstYear: 2020, lastYear: 2021,
            costPounds: 849, cpu: "Intel(R) Core(TM) i5-10310U CPU @ 1.70GHz", cores: 4, memoryGB: [8, 16],
            storageGB: [256], tpm: "2.0", platform: .windows, serial: .dell),
        .init(
            assetClass: .laptop, manufacturer: "LENOVO", model: "ThinkPad T14 Gen 1", firstYear: 2020, lastYear: 2021,
            costPounds: 899, cpu: "Intel(R) Core(TM) i5-10210U CPU @ 1.60GHz", cores: 4, memoryGB: [8, 16],
            storageGB: [256], tpm: "2.0", platform: .windows, serial: .lenovo(prefix: "PF")),
        .init(
            assetClass: .laptop, manufacturer: "Microsoft Corporation", model: "Surface Laptop 4", firstYear: 2021,
            lastYear: 2022, costPounds: 1199, cpu: "11th Gen Intel(R) Core(TM) i5-1135G7 @ 2.40GHz", cores: 4,
            memoryGB: [8, 16], storageGB: [256], tpm: "2.0", platform: .windows, serial: .surface),
        .init(
            assetClass: .laptop, manufacturer: "HP", model: "HP EliteBook 840 G8 Notebook PC", firstYear: 2021,
            lastYear: 2022, costPounds: 979, cpu: "11th Gen Intel(R) Core(TM) i5-1145G7 @ 2.60GHz", cores: 4,
            memoryGB: [16], storageGB: [256], tpm: "2.0", platform: .windows, serial: .hp(prefix: "5CG")),
        .init(
            assetClass: .laptop, manufacturer: "Dell Inc.", model: "Latitude 5430", firstYear: 2022, lastYear: 2023,
            costPounds: 929, cpu: "12th Gen Intel(R) Core(TM) i5-1245U", cores: 10, memoryGB: [16],
            storageGB: [256, 512], tpm: "2.0", platform: .windows, serial: .dell),
        .init(
            assetClass: .laptop, manufacturer: "LENOVO", model: "ThinkPad T14 Gen 4", firstYear: 2023, lastYear: 2024,
            costPounds: 1049, cpu: "13th Gen Intel(R) Core(TM) i5-1345U", cores: 10, memoryGB: [16], storageGB: [512],
            tpm: "2.0", platform: .windows, serial: .lenovo(prefix: "PF")),
        .init(
            assetClass: .laptop, manufacturer: "HP", model: "HP EliteBook 840 14 inch G11 Notebook PC", firstYear: 2024,
            lastYear: 2025, costPounds: 1149, cpu: "Intel(R) Core(TM) Ultra 5 125U", cores: 12, memoryGB: [16],
            storageGB: [512], tpm: "2.0", platform: .windows, serial: .hp(prefix: "5CG")),
        .init(
            assetClass: .laptop, manufacturer: "Dell Inc.", model: "Latitude 5450", firstYear: 2024, lastYear: 2026,
            costPounds: 1089, cpu: "Intel(R) Core(TM) Ultra 5 135U", cores: 12, memoryGB: [16], storageGB: [512],
            tpm: "2.0", platform: .windows, serial: .dell),
        .init(
            assetClass: .laptop, manufacturer: "Microsoft Corporation", model: "Surface Laptop, 7th Edition",
            firstYear: 2025, lastYear: 2026, costPounds: 1299,
            cpu: "Snapdragon(R) X Plus - X1P64100 - Qualcomm(R) Oryon(TM) CPU", cores: 10, memoryGB: [16],
            storageGB: [512], tpm: "2.0", platform: .windowsArm, serial: .surface),
    ]

    static let workstations: [DeviceModel] = [
        .init(
            assetClass: .workstation, manufacturer: "HP", model: "HP Z240 Tower Workstation", firstYear: 2016,
            lastYear: 2017, costPounds: 1499, cpu: "Intel(R) Xeon(R) CPU E3-1245 v5 @ 3.50GHz", cores: 4,
            memoryGB: [16, 32], storageGB: [512], tpm: "2.0", platform: .windows, serial: .hp(prefix: "CZC")),
        .init(
            assetClass: .workstation, manufacturer: "Dell Inc.", model: "Precision 3630 Tower", firstYear: 2019,
            lastYear: 2020, costPounds: 1699, cpu: "Intel(R) Xeon(R) E-2174G CPU @ 3.80GHz", cores: 4, memoryGB: [32],
            storageGB: [512], tpm: "2.0", platform: .windows, serial: .dell),
        .init(
            assetClass: .workstation, manufacturer: "HP", model: "HP Z2 Tower G9 Workstation Desktop PC",
            firstYear: 2023, lastYear: 2025, costPounds: 2199, cpu: "13th Gen Intel(R) Core(TM) i7-13700", cores: 16,
            memoryGB: [32, 64], storageGB: [1024], tpm: "2.0", platform: .windows, serial: .hp(prefix: "CZC")),
    ]

    static let thinClients: [DeviceModel] = [
        .init(
            assetClass: .thinClient, manufacturer: "Dell", model: "Wyse Z90D7", firstYear: 2011, lastYear: 2013,
            costPounds: 389, cpu: "AMD G-T56N", cores: 2, memoryGB: [2], storageGB: [4], tpm: "None",
            platform: .fixed([("Windows Embedded Standard 7", "6.1.7601")]), serial: .dell),
        .init(
            assetClass: .thinClient, manufacturer: "HP", model: "HP t620 Flexible Thin Client", firstYear: 2014,
            lastYear: 2015, costPounds: 329, cpu: "AMD GX-217GA SOC", cores: 2, memoryGB: [4], storageGB: [16],
            tpm: "1.2", platform: .fixed([("HP ThinPro", "5.2.0"), ("HP ThinPro", "6.2.1")]), serial: .hp(prefix: "CZ2")
        ),
        .init(
            assetClass: .thinClient, manufacturer: "HP", model: "HP t630 Thin Client", firstYear: 2016, lastYear: 2018,
            costPounds: 349, cpu: "AMD Embedded G-Series GX-420GI", cores: 4, memoryGB: [8], storageGB: [32],
            tpm: "2.0", platform: .fixed([("Windows 10 IoT Enterprise 2016 LTSB", "10.0.14393")]),
            serial: .hp(prefix: "CZ2")),
        .init(
            assetClass: .thinClient, manufacturer: "Dell", model: "Wyse 3040", firstYear: 2017, lastYear: 2018,
            costPounds: 259, cpu: "Intel(R) Atom(TM) x5-Z8350 CPU @ 1.44GHz", cores: 4, memoryGB: [2], storageGB: [8],
            tpm: "None", platform: .fixed([("Dell ThinOS", "8.6_511"), ("Dell ThinOS", "8.6_303")]), serial: .dell),
        .init(
            assetClass: .thinClient, manufacturer: "Dell", model: "Wyse 5070", firstYear: 2018, lastYear: 2021,
            costPounds: 399, cpu: "Intel(R) Pentium(R) Silver J5005 CPU @ 1.50GHz", cores: 4, memoryGB: [4, 8],
            storageGB: [32, 64], tpm: "2.0",
            platform: .fixed([
                ("Windows 10 IoT Enterprise LTSC 2019", "10.0.17763"), ("Dell ThinOS", "9.1.3129"),
                ("Dell ThinOS", "9.1.6108"),
            ]), serial: .dell),
        .init(
            assetClass: .thinClient, manufacturer: "HP", model: "HP t640 Thin Client", firstYear: 2021, lastYear: 2023,
            costPounds: 419, cpu: "AMD Ryzen Embedded R1505G", cores: 2, memoryGB: [8], storageGB: [32], tpm: "2.0",
            platform: .fixed([("HP ThinPro", "7.2.0"), ("HP ThinPro", "8.0.5")]), serial: .hp(prefix: "CZ2")),
        .init(
            assetClass: .thinClient, manufacturer: "Dell", model: "OptiPlex 3000 Thin Client", firstYear: 2023,
            lastYear: 2026, costPounds: 449, cpu: "Intel(R) Pentium(R) Silver N6005 @ 2.00GHz", cores: 4, memoryGB: [8],
            storageGB: [64], tpm: "2.0", platform: .fixed([("Dell ThinOS", "10.0.127"), ("Dell ThinOS", "2402")]),
            serial: .dell),
    ]

    static let monitors: [DeviceModel] = [
        .init(
            assetClass: .monitor, manufacturer: "Dell", model: "Dell P2213", firstYear: 2011, lastYear: 2013,
            costPounds: 139, cpu: nil, cores: nil, memoryGB: [], storageGB: [], tpm: nil, platform: .none,
            serial: .dellMonitor),
        .init(
            assetClass: .monitor, manufacturer: "iiyama", model: "ProLite E2083HSD", firstYear: 2013, lastYear: 2015,
            costPounds: 89, cpu: nil, cores: nil, memoryGB: [], storageGB: [], tpm: nil, platform: .none,
            serial: .iiyama),
        .init(
            assetClass: .monitor, manufacturer: "HP", model: "HP EliteDisplay E231", firstYear: 2014, lastYear: 2016,
            costPounds: 149, cpu: nil, cores: nil, memoryGB: [], storageGB: [], tpm: nil, platform: .none,
            serial: .hp(prefix: "CN4")),
        .init(
            assetClass: .monitor, manufacturer: "Dell", model: "Dell P2217H", firstYear: 2017, lastYear: 2018,
            costPounds: 149, cpu: nil, cores: nil, memoryGB: [], storageGB: [], tpm: nil, platform: .none,
            serial: .dellMonitor),
        .init(
            assetClass: .monitor, manufacturer: "iiyama", model: "ProLite XU2492HSU-B1", firstYear: 2018,
            lastYear: 2022, costPounds: 129, cpu: nil, cores: nil, memoryGB: [], storageGB: [], tpm: nil,
            platform: .none, serial: .iiyama),
        .init(
            assetClass: .monitor, manufacturer: "Dell", model: "Dell P2419H", firstYear: 2019, lastYear: 2021,
            costPounds: 159, cpu: nil, cores: nil, memoryGB: [], storageGB: [], tpm: nil, platform: .none,
            serial: .dellMonitor),
        .init(
            assetClass: .monitor, manufacturer: "HP", model: "HP E24 G4 FHD Monitor", firstYear: 2020, lastYear: 2022,
            costPounds: 169, cpu: nil, cores: nil, memoryGB: [], storageGB: [], tpm: nil, platform: .none,
            serial: .hp(prefix: "CN4")),
        .init(
            assetClass: .monitor, manufacturer: "Dell", model: "Dell P2422H", firstYear: 2021, lastYear: 2023,
            costPounds: 179, cpu: nil, cores: nil, memoryGB: [], storageGB: [], tpm: nil, platform: .none,
            serial: .dellMonitor),
        .init(
            assetClass: .monitor, manufacturer: "Dell", model: "Dell P2723QE", firstYear: 2022, lastYear: 2024,
            costPounds: 349, cpu: nil, cores: nil, memoryGB: [], storageGB: [], tpm: nil, platform: .none,
            serial: .dellMonitor),
        .init(
            assetClass: .monitor, manufacturer: "iiyama", model: "ProLite XUB2493HS-B5", firstYear: 2022,
            lastYear: 2025, costPounds: 139, cpu: nil, cores: nil, memoryGB: [], storageGB: [], tpm: nil,
            platform: .none, serial: .iiyama),
        .init(
            assetClass: .monitor, manufacturer: "Dell", model: "Dell P2425H", firstYear: 2024, lastYear: 2026,
            costPounds: 169, cpu: nil, cores: nil, memoryGB: [], storageGB: [], tpm: nil, platform: .none,
            serial: .dellMonitor),
    ]

    static let phones: [DeviceModel] = [
        .init(
            assetClass: .smartphone, manufacturer: "Apple", model: "iPhone 6s", firstYear: 2016, lastYear: 2017,
            costPounds: 449, cpu: nil, cores: nil, memoryGB: [], storageGB: [32], tpm: nil,
            platform: .iOS(maxMajor: 15), serial: .apple),
        .init(
            assetClass: .smartphone, manufacturer: "Apple", model: "iPhone 8", firstYear: 2018, lastYear: 2019,
            costPounds: 529, cpu: nil, cores: nil, memoryGB: [], storageGB: [64], tpm: nil,
            platform: .iOS(maxMajor: 16), serial: .apple),
        .init(
            assetClass: .smartphone, manufacturer: "Samsung", model: "Galaxy A40 (SM-A405FN)", firstYear: 2019,
            lastYear: 2019, costPounds: 199, cpu: nil, cores: nil, memoryGB: [], storageGB: [64], tpm: nil,
            platform: .android(launch: 9, upgrades: 2), serial: .samsung),
        .init(
            assetClass: .smartphone, manufacturer: "Apple", model: "iPhone SE (2nd generation)", firstYear: 2020,
            lastYear: 2021, costPounds: 389, cpu: nil, cores: nil, memoryGB: [], storageGB: [64], tpm: nil,
            platform: .iOS(maxMajor: 26), serial: .apple),
        .init(
            assetClass: .smartphone, manufacturer: "Apple", model: "iPhone 12", firstYear: 2021, lastYear: 2021,
            costPounds: 629, cpu: nil, cores: nil, memoryGB: [], storageGB: [64], tpm: nil,
            platform: .iOS(maxMajor: 26), serial: .apple),
        .init(
            assetClass: .smartphone, manufacturer: "Samsung", model: "Galaxy A52 (SM-A525F)", firstYear: 2021,
            lastYear: 2022, costPounds: 279, cpu: nil, cores: nil, memoryGB: [], storageGB: [128], tpm: nil,
            platform: .android(launch: 11, upgrades: 3), serial: .samsung),
        .init(
            assetClass: .smartphone, manufacturer: "Samsung", model: "Galaxy XCover 5 (SM-G525F)", firstYear: 2021,
            lastYear: 2022, costPounds: 229, cpu: nil, cores: nil, memoryGB: [], storageGB: [64], tpm: nil,
            platform: .android(launch: 11, upgrades: 3), serial: .samsung),
        .init(
            assetClass: .smartphone, manufacturer: "Apple", model: "iPhone SE (3rd generation)", firstYear: 2022,
            lastYear: 2023, costPounds: 419, cpu: nil, cores: nil, memoryGB: [], storageGB: [64], tpm: nil,
            platform: .iOS(maxMajor: 26), serial: .apple),
        .init(
            assetClass: .smartphone, manufacturer: "Apple", model: "iPhone 13", firstYear: 2022, lastYear: 2023,
            costPounds: 599, cpu: nil, cores: nil, memoryGB: [], storageGB: [128], tpm: nil,
            platform: .iOS(maxMajor: 26), serial: .apple),
        .init(
            assetClass: .smartphone, manufacturer: "Samsung", model: "Galaxy A54 5G (SM-A546B)", firstYear: 2023,
            lastYear: 2024, costPounds: 349, cpu: nil, cores: nil, memoryGB: [], storageGB: [128], tpm: nil,
            platform: .android(launch: 13, upgrades: 4), serial: .samsung),
        .init(
            assetClass: .smartphone, manufacturer: "Apple", model: "iPhone 15", firstYear: 2024, lastYear: 2024,
            costPounds: 699, cpu: nil, cores: nil, memoryGB: [], storageGB: [128], tpm: nil,
            platform: .iOS(maxMajor: 26), serial: .apple),
        .init(
            assetClass: .smartphone, manufacturer: "Samsung", model: "Galaxy XCover7 (SM-G556B)", firstYear: 2024,
            lastYear: 2025, costPounds: 279, cpu: nil, cores: nil, memoryGB: [], storageGB: [128], tpm: nil,
            platform: .android(launch: 14, upgrades: 3), serial: .samsung),
        .init(
            assetClass: .smartphone, manufacturer: "Samsung", model: "Galaxy A35 5G (SM-A356B)", firstYear: 2024,
            lastYear: 2025, costPounds: 289, cpu: nil, cores: nil, memoryGB: [], storageGB: [128], tpm: nil,
            platform: .android(launch: 14, upgrades: 4), serial: .samsung),
        .init(
            assetClass: .smartphone, manufacturer: "Apple", model: "iPhone 16e", firstYear: 2025, lastYear: 2026,
            costPounds: 549, cpu: nil, cores: nil, memoryGB: [], storageGB: [128], tpm: nil,
            platform: .iOS(maxMajor: 26), serial: .apple),
        .init(
            assetClass: .smartphone, manufacturer: "Samsung", model: "Galaxy A56 5G (SM-A566B)", firstYear: 2025,
            lastYear: 2026, costPounds: 429, cpu: nil, cores: nil, memoryGB: [], storageGB: [128], tpm: nil,
            platform: .android(launch: 15, upgrades: 6), serial: .samsung),
    ]

    static let tablets: [DeviceModel] = [
        .init(
            assetClass: .tablet, manufacturer: "Apple", model: "iPad (6th generation)", firstYear: 2018, lastYear: 2019,
            costPounds: 319, cpu: nil, cores: nil, memoryGB: [], storageGB: [32], tpm: nil,
            platform: .iPadOS(maxMajor: 17), serial: .apple),
        .init(
            assetClass: .tablet, manufacturer: "Microsoft Corporation", model: "Surface Go 2", firstYear: 2020,
            lastYear: 2021, costPounds: 549, cpu: "Intel(R) Pentium(R) Gold 4425Y CPU @ 1.70GHz", cores: 2,
            memoryGB: [8], storageGB: [128], tpm: "2.0", platform: .windows, serial: .surface),
        .init(
            assetClass: .tablet, manufacturer: "Samsung", model: "Galaxy Tab Active3 (SM-T575)", firstYear: 2021,
            lastYear: 2022, costPounds: 449, cpu: nil, cores: nil, memoryGB: [], storageGB: [64], tpm: nil,
            platform: .android(launch: 10, upgrades: 3), serial: .samsung),
        .init(
            assetClass: .tablet, manufacturer: "Apple", model: "iPad (9th generation)", firstYear: 2021, lastYear: 2022,
            costPounds: 329, cpu: nil, cores: nil, memoryGB: [], storageGB: [64], tpm: nil,
            platform: .iPadOS(maxMajor: 26), serial: .apple),
        .init(
            assetClass: .tablet, manufacturer: "Samsung", model: "Galaxy Tab A8 (SM-X200)", firstYear: 2022,
            lastYear: 2023, costPounds: 199, cpu: nil, cores: nil, memoryGB: [], storageGB: [32], tpm: nil,
            platform: .android(launch: 11, upgrades: 2), serial: .samsung),
        .init(
            assetClass: .tablet, manufacturer: "Apple", model: "iPad Air (5th generation)", firstYear: 2022,
            lastYear: 2023, costPounds: 599, cpu: nil, cores: nil, memoryGB: [], storageGB: [64], tpm: nil,
            platform: .iPadOS(maxMajor: 26), serial: .apple),
        .init(
            assetClass: .tablet, manufacturer: "Apple", model: "iPad (10th generation)", firstYear: 2023,
            lastYear: 2025, costPounds: 449, cpu: nil, cores: nil, memoryGB: [], storageGB: [64], tpm: nil,
            platform: .iPadOS(maxMajor: 26), serial: .apple),
        .init(
            assetClass: .tablet, manufacturer: "Samsung", model: "Galaxy Tab Active5 (SM-X306B)", firstYear: 2024,
            lastYear: 2026, costPounds: 499, cpu: nil, cores: nil, memoryGB: [], storageGB: [128], tpm: nil,
            platform: .android(launch: 14, upgrades: 4), serial: .samsung),
    ]

    static let printers: [DeviceModel] = [
        .init(
            assetClass: .printer, manufacturer: "Ricoh", model: "MP C3004", firstYear: 2015, lastYear: 2017,
            costPounds: 3_900, cpu: nil, cores: nil, memoryGB: [], storageGB: [], tpm: nil, platform: .none,
            serial: .ricoh, typeLabel: "MFD"),
        .init(
            assetClass: .printer, manufacturer: "Canon", model: "imageRUNNER ADVANCE C5535i", firstYear: 2017,
            lastYear: 2019, costPounds: 5_600, cpu: nil, cores: nil, memoryGB: [], storageGB: [], tpm: nil,
            platform: .none, serial: .canon, typeLabel: "MFD"),
        .init(
            assetClass: .printer, manufacturer: "HP", model: "HP LaserJet Enterprise M507dn", firstYear: 2019,
            lastYear: 2021, costPounds: 449, cpu: nil, cores: nil, memoryGB: [], storageGB: [], tpm: nil,
            platform: .none, serial: .hpPrinter, typeLabel: "Printer"),
        .init(
            assetClass: .printer, manufacturer: "Ricoh", model: "IM C3000", firstYear: 2019, lastYear: 2022,
            costPounds: 4_200, cpu: nil, cores: nil, memoryGB: [], storageGB: [], tpm: nil, platform: .none,
            serial: .ricoh, typeLabel: "MFD"),
        .init(
            assetClass: .printer, manufacturer: "HP", model: "HP Color LaserJet Enterprise M555dn", firstYear: 2021,
            lastYear: 2024, costPounds: 699, cpu: nil, cores: nil, memoryGB: [], storageGB: [], tpm: nil,
            platform: .none, serial: .hpPrinter, typeLabel: "Printer"),
        .init(
            assetClass: .printer, manufacturer: "Ricoh", model: "IM C3010", firstYear: 2023, lastYear: 2026,
            costPounds: 4_650, cpu: nil, cores: nil, memoryGB: [], storageGB: [], tpm: nil, platform: .none,
            serial: .ricoh, typeLabel: "MFD"),
    ]

    /// The models of each class, by index into ``all``, in the order of `AssetClass.allCases`.
    static let indicesByClass: [[Int]] = AssetClass.allCases.map { assetClass in
        all.indices.filter { all[$0].assetClass == assetClass }
    }

    /// A model of `assetClass` on sale in `year`; outside the catalogue's years, the nearest era's models.
    static func pick(_ assetClass: AssetClass, year: Int, using random: inout SampleRandom) -> DeviceModel {
        let indices = AssetClass.allCases.firstIndex(of: assetClass).map { indicesByClass[$0] } ?? []
        var onSale = 0
        for index in indices where all[index].firstYear <= year && year <= all[index].lastYear { onSale += 1 }
        if onSale > 0 {
            var choice = random.below(onSale)
            for index in indices where all[index].firstYear <= year && year <= all[index].lastYear {
                if choice == 0 { return all[index] }
                choice -= 1
            }
        }
        // Before the first model or after the last: the earliest or the latest one.
        let sorted = indices.map { all[$0] }
        if let first = sorted.min(by: { $0.firstYear < $1.firstYear }), year < first.firstYear { return first }
        return sorted.max(by: { $0.lastYear < $1.lastYear }) ?? all[0]
    }
}
