/// Below the current technical specification: a desktop, laptop or workstation short of the council's
/// minimums (`debt_minimum_specification`: memory, storage, TPM and a Windows 11 supported processor).
/// Barking & Dagenham found "only about 11%" of its laptops met its current specification.
///
/// Sizes allow 5% for the difference between marketed and reported sizes. A value the inventory does not
/// record is never counted as failing. The fix is a like-for-like replacement.
struct SpecificationDebtRule: DebtRule {
    static let factor = DebtFactor.specification

    static let classes: Set<AssetClass> = [.desktop, .laptop, .workstation]

    func findings(in context: DebtContext) -> [DebtFinding] {
        let weight = context.debt.weight(Self.factor)
        let minimum = context.debt.minimumSpecification
        var findings: [DebtFinding] = []
        // An estate buys a few dozen processor models: each name is judged once.
        var verdicts: [String: Bool?] = [:]
        var words = Memo<[String], (reason: String, summary: String)>()
        // Assets are read in place: copying one out retains every one of its strings.
        let assets = context.assets.all
        for position in context.assets.positions where Self.classes.contains(assets[position].assetClass) {
            let supported = assets[position].cpu.flatMap { cpu in
                if let known = verdicts[cpu] { return known }
                let verdict = Windows11Readiness.processorSupported(cpu)
                verdicts[cpu] = verdict
                return verdict
            }
            let failures = Self.failures(of: assets, at: position, minimum: minimum, processorSupported: supported)
            guard !failures.isEmpty else { continue }
            // Machines short in the same ways read alike: their words are written once.
            let said = words.value(for: failures) {
                (
                    failures.joined(separator: "; ") + " (debt_minimum_specification)",
                    "falls below the council's minimum specification (\(failures.joined(separator: "; ")))"
                )
            }
            findings.append(
                DebtFinding(
                    subject: DebtSubject(assetAt: position, assets[position].id), factor: Self.factor,
                    severityPermille: 1_000,
                    weight: weight, reason: said.reason, summary: said.summary,
                    policyKeys: ["debt_weights", "debt_minimum_specification"],
                    remedy: context.replacement(of: assets[position].assetClass)))
        }
        return findings
    }

    /// The minimums the asset at `position` in `assets` fails, in words; `processorSupported` is the verdict on its
    /// processor's name. Its fields are read where it is held: an asset handed to a function is copied first.
    static func failures(
        of assets: [Asset], at position: Int, minimum: DebtPolicy.MinimumSpecification, processorSupported: Bool?
    ) -> [String] {
        var failures: [String] = []
        if let memory = assets[position].memoryBytes, memory < Int64(minimum.memoryGB) * 950_000_000 {
            failures.append("memory \(gigabytes(memory)) GB, below \(minimum.memoryGB) GB")
        }
        if let storage = assets[position].storageBytes, storage < Int64(minimum.storageGB) * 950_000_000 {
            failures.append("storage \(gigabytes(storage)) GB, below \(minimum.storageGB) GB")
        }
        if let tpm = Windows11Readiness.tpmMajor(assets[position].tpmVersion), tpm < minimum.tpmMajor {
            failures.append(
                tpm == 0 ? "no TPM, needs TPM \(minimum.tpmMajor).0" : "TPM \(tpm).x, needs \(minimum.tpmMajor).0")
        }
        if minimum.requiresWindows11Processor, processorSupported == false {
            failures.append("processor \(assets[position].cpu ?? "") not on Microsoft's Windows 11 list")
        }
        return failures
    }

    /// Bytes as whole gigabytes for messages, binary for memory-sized values as tools report them.
    static func gigabytes(_ bytes: Int64) -> Int64 {
        let binary = bytes / (1 << 30)
        return binary > 0 && bytes % (1 << 30) == 0 ? binary : (bytes + 500_000_000) / 1_000_000_000
    }
}
