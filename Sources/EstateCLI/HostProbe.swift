import EstateCore
import Foundation

/// Reads this host's files for `estate scan`: each read is allowed to fail (no root, no /sys in a
/// container), and what failed is left for the scan to report as unknown.
struct HostProbe {
    /// The directory /etc, /proc, /sys and /var are read under: `/` for this host.
    var root: String

    func scan() -> HostScan {
        #if os(Linux)
            return linuxScan()
        #else
            return macScan()
        #endif
    }

    func path(_ absolute: String) -> String {
        root == "/" ? absolute : (root as NSString).appendingPathComponent(absolute)
    }

    func text(_ absolute: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path(absolute)) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    func trimmedText(_ absolute: String) -> String? {
        text(absolute).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    func names(in absolute: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path(absolute))) ?? []).sorted()
    }

    func linuxScan() -> HostScan {
        var scan = HostScan()
        scan.hostname = trimmedText("/proc/sys/kernel/hostname") ?? trimmedText("/etc/hostname")
        if root == "/", scan.hostname == nil { scan.hostname = ProcessInfo.processInfo.hostName }
        scan.osRelease = text("/etc/os-release") ?? text("/usr/lib/os-release")
        scan.redHatRelease = text("/etc/redhat-release") ?? text("/etc/system-release")
        scan.kernel = trimmedText("/proc/sys/kernel/osrelease")
        for name in HostScan.dmiFiles {
            if let value = trimmedText("/sys/class/dmi/id/\(name)") { scan.dmi[name] = value }
        }
        scan.cpuinfo = text("/proc/cpuinfo")
        scan.meminfo = text("/proc/meminfo")
        scan.blockDevices = names(in: "/sys/block").compactMap { name in
            guard let size = trimmedText("/sys/block/\(name)/size") else { return nil }
            return BlockDevice(name: name, sectors: size, removable: trimmedText("/sys/block/\(name)/removable"))
        }
        scan.interfaces = names(in: "/sys/class/net").compactMap { name in
            guard let address = trimmedText("/sys/class/net/\(name)/address") else { return nil }
            let isPhysical = FileManager.default.fileExists(atPath: path("/sys/class/net/\(name)/device"))
            return NetworkInterface(name: name, address: address, isPhysical: isPhysical)
        }
        scan.packages = packages()
        return scan
    }

    /// Installed packages: the dpkg status file, else `rpm -qa` when this host has an RPM database.
    func packages() -> [(name: String, version: String?)] {
        if let status = FileManager.default.contents(atPath: path("/var/lib/dpkg/status")) {
            return DpkgStatus.parse(status).packages.filter(\.isInstalled).map { ($0.name, $0.version) }
        }
        guard root == "/", FileManager.default.fileExists(atPath: "/var/lib/rpm"),
            let output = Self.run("/usr/bin/rpm", ["-qa", "--qf", "%{NAME} %{VERSION}-%{RELEASE}\\n"])
        else { return [] }
        return output.split(whereSeparator: \.isNewline).compactMap { line in
            let parts = line.split(separator: " ")
            guard let name = parts.first, name != "gpg-pubkey" else { return nil }
            return (String(name), parts.count > 1 ? String(parts[1]) : nil)
        }
    }

    func macScan() -> HostScan {
        var scan = HostScan()
        let info = ProcessInfo.processInfo
        let version = info.operatingSystemVersion
        var asset = Asset(id: "", assetClass: .other)
        asset.hostname = info.hostName
        asset.osName = "macOS"
        asset.osVersion = "\(version.majorVersion).\(version.minorVersion).\(version.patchVersion)"
        asset.memoryBytes = Int64(info.physicalMemory)
        asset.cores = info.activeProcessorCount
        asset.manufacturer = "Apple"
        asset.cpu = Self.run("/usr/sbin/sysctl", ["-n", "machdep.cpu.brand_string"]).map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        asset.model = Self.run("/usr/sbin/sysctl", ["-n", "hw.model"]).map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if let ioreg = Self.run("/usr/sbin/ioreg", ["-rd1", "-c", "IOPlatformExpertDevice"]) {
            for line in ioreg.split(whereSeparator: \.isNewline) where line.contains("\"IOPlatformSerialNumber\"") {
                asset.serial = line.split(separator: "\"").dropLast().last.map(String.init)
            }
        }
        scan.direct = asset
        scan.hostname = info.hostName
        return scan
    }

    /// Runs a program by absolute path and returns its standard output, read to the end before waiting for
    /// it to exit; `nil` when it cannot run or fails.
    static func run(_ executable: String, _ arguments: [String]) -> String? {
        guard FileManager.default.isExecutableFile(atPath: executable) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
