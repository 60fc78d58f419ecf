/// What `estate scan` read from one host, as file contents and values, before interpretation. Every part is
/// optional: a scan without root, in a container or on an old system reads what it can.
public struct HostScan: Sendable {
    public var hostname: String?
    /// `/etc/os-release`.
    public var osRelease: String?
    /// `/etc/redhat-release` (or `system-release`), for systems older than os-release.
    public var redHatRelease: String?
    /// The kernel release (`/proc/sys/kernel/osrelease`, `uname -r`).
    public var kernel: String?
    /// `/sys/class/dmi/id/*` by file name (`sys_vendor`, `product_serial`, `bios_date`, …); a file that could
    /// not be read is absent.
    public var dmi: [String: String]
    /// `/proc/cpuinfo`.
    public var cpuinfo: String?
    /// `/proc/meminfo`.
    public var meminfo: String?
    public var blockDevices: [BlockDevice]
    public var interfaces: [NetworkInterface]
    /// Installed packages (name, version) and where they were read from (`dpkg`, `rpm`).
    public var packages: [(name: String, version: String?)]
    /// Facts a platform gives directly (macOS), overriding what the files would say.
    public var direct: Asset?

    public init(
        hostname: String? = nil, osRelease: String? = nil, redHatRelease: String? = nil, kernel: String? = nil,
        dmi: [String: String] = [:], cpuinfo: String? = nil, meminfo: String? = nil, blockDevices: [BlockDevice] = [],
        interfaces: [NetworkInterface] = [], packages: [(name: String, version: String?)] = [], direct: Asset? = nil
    ) {
        self.hostname = hostname
        self.osRelease = osRelease
        self.redHatRelease = redHatRelease
        self.kernel = kernel
        self.dmi = dmi
        self.cpuinfo = cpuinfo
        self.meminfo = meminfo
        self.blockDevices = blockDevices
        self.interfaces = interfaces
        self.packages = packages
        self.direct = direct
    }

    /// DMI files `estate scan` reads.
    public static let dmiFiles = [
        "sys_vendor", "product_name", "product_serial", "product_uuid", "bios_vendor", "bios_version", "bios_date",
        "chassis_type", "chassis_serial",
    ]

    /// The host as an asset with its components.
    public func record() -> HostRecord {
        var record = HostRecord(line: 1)
        var asset = direct ?? record.asset
        asset.hostname = asset.hostname ?? HostIdentity.clean(hostname)
        asset.manufacturer = asset.manufacturer ?? dmiValue("sys_vendor")
        asset.model = asset.model ?? dmiValue("product_name")
        asset.serial =
            asset.serial ?? HostIdentity.serial(dmi["product_serial"]) ?? HostIdentity.serial(dmi["chassis_serial"])
        if let osRelease {
            let values = LinuxReleaseFiles.osRelease(osRelease)
            asset.osName = values["NAME"]
            asset.osVersion = values["VERSION_ID"] ?? values["VERSION"]
            let pretty =
                values["PRETTY_NAME"] ?? [values["NAME"], values["VERSION"]].compactMap { $0 }.joined(separator: " ")
            record.install(.operatingSystem, pretty, version: asset.osVersion)
        } else if let redHatRelease, let release = LinuxReleaseFiles.redHatRelease(redHatRelease) {
            asset.osName = release.name
            asset.osVersion = release.version
            record.install(
                .operatingSystem, TextLines.trimmed(redHatRelease.split(whereSeparator: \.isNewline).first ?? ""),
                version: release.version)
        } else if let osName = asset.osName {
            record.install(.operatingSystem, osName, version: asset.osVersion)
        }
        let cpu = cpuinfo.map(CPUInfo.init(parsing:))
        asset.cpu = asset.cpu ?? cpu?.model
        asset.cores = asset.cores ?? cpu?.cores
        asset.memoryBytes = asset.memoryBytes ?? meminfo.flatMap(MemInfo.totalBytes)
        asset.storageBytes = asset.storageBytes ?? BlockDevice.totalBytes(blockDevices)
        let hypervisor = Virtualisation.hypervisor(vendor: asset.manufacturer, product: asset.model)
        if asset.isVirtual == nil { asset.isVirtual = hypervisor != nil || cpu?.hasHypervisorFlag == true }
        asset.hosting = asset.hosting ?? Virtualisation.hosting(ofHypervisor: hypervisor)
        asset.assetClass = AssetClassGuess.fromHost(
            chassis: dmi["chassis_type"], model: asset.model, osName: asset.osName, isVirtual: asset.isVirtual)
        record.asset = asset
        record.macAddresses = NetworkInterface.macAddresses(interfaces)
        if let kernel = HostIdentity.clean(kernel) { record.install(.other, "Linux kernel", version: kernel) }
        if let bios = dmiValue("bios_version") {
            let vendor = dmiValue("bios_vendor").map { " (\($0))" } ?? ""
            let date = ExportDates.smbiosDate(dmi["bios_date"]).map { " (released \($0))" } ?? ""
            record.install(.firmware, "BIOS\(vendor)", version: bios + date)
        }
        for package in packages {
            record.install(PackageKinds.kind(of: package.name), package.name, version: package.version)
        }
        return record
    }

    func dmiValue(_ name: String) -> String? { HostIdentity.clean(dmi[name]) }

    /// The scan as Estate JSON: one asset with its MAC addresses and nested components. Values the scan could
    /// not read are written as `unknown` (DMI fields need root on most systems) or left out.
    ///
    /// - Parameters:
    ///   - generator: The `generated_by` text, which must start with `estate scan`.
    ///   - generatedAt: An ISO 8601 timestamp.
    ///   - seenOn: The date the scan ran, as the asset's `last_seen`.
    public func estateJSON(generator: String, generatedAt: String, seenOn: LocalDate) -> String {
        let record = record()
        let asset = record.asset
        let id = asset.serial ?? asset.hostname ?? "unknown"
        var fields: [(String, String)] = [("id", JSONText.quoted(id))]
        func add(_ key: String, _ value: String?, unknown: Bool = false) {
            if let value {
                fields.append((key, JSONText.quoted(value)))
            } else if unknown {
                fields.append((key, JSONText.quoted("unknown")))
            }
        }
        add("hostname", asset.hostname)
        add("class", asset.assetClass.rawValue)
        add("manufacturer", asset.manufacturer, unknown: true)
        add("model", asset.model, unknown: true)
        add("serial", asset.serial, unknown: true)
        add("os_name", asset.osName)
        add("os_version", asset.osVersion)
        add("cpu", asset.cpu)
        if let cores = asset.cores { fields.append(("cores", String(cores))) }
        add("memory", asset.memoryBytes.map { "\($0) bytes" })
        add("storage", asset.storageBytes.map { "\($0) bytes" })
        if let isVirtual = asset.isVirtual { fields.append(("virtual", isVirtual ? "true" : "false")) }
        add("hosting", asset.hosting?.rawValue)
        add("last_seen", seenOn.description)
        fields.append(("mac_addresses", "[" + record.macAddresses.map(JSONText.quoted).joined(separator: ", ") + "]"))
        let components = record.components.map { component in
            var parts = [
                "\"kind\": \(JSONText.quoted(component.kind.rawValue))",
                "\"product\": \(JSONText.quoted(component.product))",
            ]
            if let version = component.version { parts.append("\"version\": \(JSONText.quoted(version))") }
            return "        { " + parts.joined(separator: ", ") + " }"
        }
        fields.append(("components", "[\n" + components.joined(separator: ",\n") + "\n      ]"))
        let body = fields.map { "      \(JSONText.quoted($0.0)): \($0.1)" }.joined(separator: ",\n")
        return """
            {
              "estate_format": 1,
              "generated_by": \(JSONText.quoted(generator)),
              "generated_at": \(JSONText.quoted(generatedAt)),
              "assets": [
                {
            \(body)
                }
              ]
            }

            """
    }
}
