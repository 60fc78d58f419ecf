import Foundation

/// What happened to one of last year's actions, judged from the snapshots before and after.
public struct ActionProgress: Sendable, Hashable {
    public enum Outcome: String, Sendable, Hashable, CaseIterable {
        /// The asset was replaced, retired or upgraded, or the system migrated, changed or decommissioned.
        case done
        /// Some of a product's devices were dealt with, not all.
        case partly
        /// Nothing in the later snapshot shows it happened.
        case outstanding
        /// A contract end: the system carried on as it was (renewed or extended).
        case renewed
        /// Not due yet by the later snapshot's date.
        case notYetDue = "not-yet-due"
    }

    public var action: ReviewAction
    public var outcome: Outcome
    /// What the later snapshot shows.
    public var evidence: String

    /// Last year's actions judged against what changed between the two snapshots.
    public static func judge(_ actions: [ReviewAction], diff: SnapshotDiff, later: Estate) -> [ActionProgress] {
        var fate: [String: String] = [:]
        for asset in diff.assetsRetired { fate[asset.id] = "retired" }
        for pair in diff.assetsReplaced { fate[pair.old.id] = "replaced by \(pair.new.id)" }
        for pair in diff.assetsUpgraded {
            fate[pair.before.id] =
                "upgraded from \(pair.before.osName ?? "") \(pair.before.osVersion ?? "") to \(pair.after.osName ?? "") \(pair.after.osVersion ?? "")"
                .replacingOccurrences(of: "  ", with: " ")
        }
        var systemFate: [String: String] = [:]
        for system in diff.systemsDecommissioned { systemFate[system.id] = "decommissioned" }
        for pair in diff.systemsMigrated {
            systemFate[pair.before.id] =
                "migrated from \(pair.before.hosting?.rawValue ?? "unrecorded") to \(pair.after.hosting?.rawValue ?? "")"
        }
        for pair in diff.systemsChanged {
            systemFate[pair.before.id] =
                "now \(pair.after.product ?? "") \(pair.after.version ?? "")".trimmingCharacters(in: .whitespaces)
        }
        let takenOn = later.snapshot.takenOn
        return actions.map { action in
            guard action.due <= takenOn else {
                return ActionProgress(action: action, outcome: .notYetDue, evidence: "due \(action.due)")
            }
            switch action.subjectKind {
            case .asset:
                if let what = fate[action.subjectId] {
                    return ActionProgress(action: action, outcome: .done, evidence: what)
                }
                return ActionProgress(action: action, outcome: .outstanding, evidence: "unchanged on \(takenOn)")
            case .system:
                if let what = systemFate[action.subjectId] {
                    return ActionProgress(action: action, outcome: .done, evidence: what)
                }
                if action.kind == RoadmapEvent.Kind.contractEnds.rawValue {
                    return ActionProgress(
                        action: action, outcome: .renewed, evidence: "still in the register unchanged on \(takenOn)")
                }
                return ActionProgress(action: action, outcome: .outstanding, evidence: "unchanged on \(takenOn)")
            case .product:
                let total = action.assetIds.count
                let dealt = action.assetIds.count(where: { fate[$0] != nil })
                let outcome: Outcome = total == 0 || dealt == 0 ? .outstanding : dealt == total ? .done : .partly
                return ActionProgress(
                    action: action, outcome: outcome,
                    evidence: "\(dealt) of \(total) devices replaced, retired or upgraded by \(takenOn)")
            }
        }
    }
}
