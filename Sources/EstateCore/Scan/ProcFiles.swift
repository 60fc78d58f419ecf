/// What `/proc/cpuinfo` says about the processors.
public struct CPUInfo: Sendable, Hashable {
    /// The model name of the first processor, e.g. `Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz`.
    public var model: String?
    /// Physical cores: `cpu cores` times distinct `physical id`s; the logical count when those are missing.
    public var cores: Int?
    /// Logical processors (`processor` entries).
    public var logicalProcessors: Int
    /// Whether the CPU flags include `hypervisor`, which a virtual machine's CPU reports.
    public var hasHypervisorFlag: Bool

    /// Reads `/proc/cpuinfo` (x86 `model name`, ARM `Hardware`/`CPU part`, s390 `vendor_id`).
    public init(parsing text: String) {
        var model: String?
        var logical = 0
        var coresPerSocket: Int?
        var sockets = Set<String>()
        var hypervisor = false
        for line in text.split(whereSeparator: \.isNewline) {
            guard let (key, value) = TextLines.keyValue(String(line)) else { continue }
            switch key {
            case "processor": logical += 1
            case "model name", "Model", "cpu model", "Hardware":
                if model == nil, !value.isEmpty { model = value }
            case "cpu cores": coresPerSocket = coresPerSocket ?? Int(value)
            case "physical id": sockets.insert(value)
            case "flags", "Features": if value.split(separator: " ").contains("hypervisor") { hypervisor = true }
            default: break
            }
        }
        self.model = model
        logicalProcessors = logical
        if let coresPerSocket {
            cores = coresPerSocket * max(1, sockets.count)
        } else {
            cores = logical > 0 ? logical : nil
        }
        hasHypervisorFlag = hypervisor
    }
}

/// `/proc/meminfo`'s `MemTotal` in bytes.
public enum MemInfo {
    /// `MemTotal` (kibibytes in the file) as bytes; `nil` when the line is missing or unreadable.
    public static func totalBytes(_ text: String) -> Int64? {
        for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("MemTotal:") {
            let parts = line.split(separator: " ")
            guard parts.count >= 2, let kibibytes = Int64(parts[1]) else { return nil }
            return kibibytes * 1024
        }
        return nil
    }
}

/// A block device as `/sys/block/NAME` describes it.
public struct BlockDevice: Sendable, Hashable {
    /// The kernel's name for it: `sda`, `nvme0n1`, `loop0`.
    public var name: String
    /// The `size` file: 512-byte sectors, whatever the device's own sector size.
    public var sectors: String
    /// The `removable` file: `1` for USB sticks and card readers.
    public var removable: String?

    public init(name: String, sectors: String, removable: String? = nil) {
        self.name = name
        self.sectors = sectors
        self.removable = removable
    }

    /// Total bytes of the fixed disks: loop, RAM, optical, device-mapper, md and removable devices left out.
    public static func totalBytes(_ devices: [BlockDevice]) -> Int64? {
        let skipped = ["loop", "ram", "zram", "sr", "dm-", "md", "fd", "nbd"]
        var total: Int64 = 0
        var found = false
        for device in devices where !skipped.contains(where: { device.name.hasPrefix($0) }) {
            if TextLines.trimmed(device.removable ?? "0") == "1" { continue }
            guard let sectors = Int64(TextLines.trimmed(device.sectors)), sectors > 0 else { continue }
            total += sectors * 512
            found = true
        }
        return found ? total : nil
    }
}

/// A network interface as `/sys/class/net/NAME` describes it.
public struct NetworkInterface: Sendable, Hashable {
    /// The kernel's name for it: `eth0`, `ens160`, `wlp2s0`.
    public var name: String
    /// The `address` file.
    public var address: String
    /// Whether the interface has a `device` link, i.e. is hardware rather than a bridge, veth or tunnel.
    public var isPhysical: Bool

    public init(name: String, address: String, isPhysical: Bool) {
        self.name = name
        self.address = address
        self.isPhysical = isPhysical
    }

    /// The MAC addresses of physical interfaces, sorted by interface name, without duplicates.
    public static func macAddresses(_ interfaces: [NetworkInterface]) -> [String] {
        var result: [String] = []
        for interface in interfaces.sorted(by: { $0.name < $1.name })
        where interface.isPhysical && interface.name != "lo" {
            if let mac = HostIdentity.mac(interface.address), !result.contains(mac) { result.append(mac) }
        }
        return result
    }
}
