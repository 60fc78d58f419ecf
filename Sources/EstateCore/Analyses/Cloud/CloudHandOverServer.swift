/// A server that moves as a server (rehost, replatform, relocate), as Azure Migrate's import-based assessment
/// takes it, so the council can load Estate's result straight into the vendor's assessment.
///
/// Related Azure documentation: "Tutorial: Build a business case or assess servers using an imported CSV file"
/// (Azure Migrate: Discovery and assessment, Import using CSV). Mandatory fields are the server name, cores,
/// memory in MB and the OS name; disks may be added up to twenty.
public struct CloudHandOverServer: Sendable, Hashable {
    public var assetId: String
    /// The hostname (Azure recommends the fully qualified name; the inventory gives what it has).
    public var serverName: String
    public var cores: Int
    /// Memory in MB as Azure Migrate counts it (1 MB = 1,048,576 bytes).
    public var memoryMB: Int64
    public var osName: String
    public var osVersion: String?
    /// `x64` or `x86` when the OS name says so (every Windows Server from 2008 R2 is 64-bit only).
    public var osArchitecture: String?
    /// `Virtual` or `Physical`.
    public var serverType: String
    /// `VMware` or `Hyper-V` for a virtual machine whose host says which.
    public var hypervisor: String?
    /// The storage split into disks no larger than Azure's largest managed disk.
    public var diskSizesGB: [Int64]
    public var disposition: CloudDisposition
    public var wave: Int?

    /// Azure's largest managed disk, 32,767 GiB: larger storage is split across disks.
    public static let maximumDiskGB: Int64 = 32_767

    /// The template's columns, in its order, as Azure Migrate's "Import using CSV" template writes them
    /// (asterisks mark the mandatory ones). Disks after the second add the same five columns each.
    public static let azureMigrateColumns =
        [
            "*Server name", "IP addresses", "*Cores", "*Memory (In MB)", "*OS name", "OS version", "OS architecture",
            "Server type", "Hypervisor", "CPU utilization percentage", "Memory utilization percentage",
            "Network adapters", "Network In throughput", "Network Out throughput", "Boot type", "Number of disks",
            "Storage in use (In GB)",
        ] + diskColumns(1) + diskColumns(2)

    /// The five columns of disk `number`.
    public static func diskColumns(_ number: Int) -> [String] {
        [
            "Disk \(number) size (In GB)", "Disk \(number) read throughput (MB per second)",
            "Disk \(number) write throughput (MB per second)", "Disk \(number) read ops (operations per second)",
            "Disk \(number) write ops (operations per second)",
        ]
    }

    /// Storage in decimal GB (rounded up), split into disks of at most ``maximumDiskGB``.
    static func disks(storageBytes: Int64?) -> [Int64] {
        guard let bytes = storageBytes, bytes > 0 else { return [] }
        var remaining = (bytes + 999_999_999) / 1_000_000_000
        var disks: [Int64] = []
        while remaining > 0 {
            let size = min(remaining, maximumDiskGB)
            disks.append(size)
            remaining -= size
        }
        return disks
    }

    /// `x64` when the name says 64-bit or names a Windows Server release that exists only in 64-bit.
    static func architecture(of os: String) -> String? {
        let text = os.lowercased()
        if text.contains("64-bit") || text.contains("x86_64") || text.contains("x64") || text.contains("amd64") {
            return "x64"
        }
        if text.contains("32-bit") || text.contains("i386") || text.contains("i686") { return "x86" }
        if text.contains("windows server") {
            for release in ["2008 r2", "2012", "2016", "2019", "2022", "2025"] where text.contains(release) {
                return "x64"
            }
        }
        return nil
    }
}

extension CloudReadiness {
    /// The moving servers as Azure Migrate rows, by wave then id, and those that lack a mandatory field.
    static func handOver(servers: [CloudAssessment], facts: CloudFacts) -> (
        [CloudHandOverServer], [(id: String, missing: String)]
    ) {
        var rows: [CloudHandOverServer] = []
        var gaps: [(id: String, missing: String)] = []
        for assessment in servers where [.rehost, .replatform, .relocate].contains(assessment.disposition) {
            guard let asset = facts.assetsById[assessment.id] else { continue }
            var missing: [String] = []
            if asset.cores == nil { missing.append("cores") }
            if asset.memoryBytes == nil { missing.append("memory") }
            if asset.osName == nil { missing.append("OS name") }
            guard missing.isEmpty, let cores = asset.cores, let memory = asset.memoryBytes, let os = asset.osName else {
                gaps.append((assessment.id, missing.joined(separator: ", ")))
                continue
            }
            let isVirtual = CloudFacts.isVirtual(asset)
            rows.append(
                CloudHandOverServer(
                    assetId: asset.id, serverName: CloudFacts.name(of: asset), cores: cores,
                    memoryMB: memory / 1_048_576, osName: os, osVersion: asset.osVersion,
                    osArchitecture: CloudHandOverServer.architecture(of: os),
                    serverType: isVirtual ? "Virtual" : "Physical",
                    hypervisor: isVirtual ? hypervisor(of: asset, facts: facts) : nil,
                    diskSizesGB: CloudHandOverServer.disks(storageBytes: asset.storageBytes),
                    disposition: assessment.disposition, wave: assessment.wave))
        }
        let last = Int.max
        rows.sort { ($0.wave ?? last, $0.assetId) < ($1.wave ?? last, $1.assetId) }
        return (rows, gaps)
    }

    /// `VMware` or `Hyper-V`, from the guest's maker or its host's operating system.
    static func hypervisor(of asset: Asset, facts: CloudFacts) -> String? {
        let host = asset.hostId.flatMap { facts.assetsById[$0]?.osName?.lowercased() } ?? ""
        let maker = asset.manufacturer?.lowercased() ?? ""
        if host.contains("esxi") || maker.contains("vmware") { return "VMware" }
        if host.contains("windows") || host.contains("hyper-v") || maker.contains("microsoft") { return "Hyper-V" }
        return nil
    }
}
