import EstateCore
import Foundation

/// The inventory folder's layout: the organisation's current inventory at the top (its `policy.json` names
/// the organisation), earlier inventories in `history/YYYY-MM-DD/` (snapshots taken on that date, under the
/// same policy), and other organisations in `organisations/NAME/` (each with its own `policy.json`, and its
/// own `history/` if it keeps one).
struct InventoryLayout {
    /// One folder that makes one snapshot.
    struct Folder {
        var path: String
        /// The folder whose `policy.json` and `lifecycle-local.csv` apply.
        var policyFolder: String
        var policy: Policy
        /// The date the inventory describes, from a `history/` folder's name; nil for the current one.
        var takenOn: LocalDate?
    }

    var folders: [Folder]

    /// Reads the layout under `inventory`; a folder under `history/` not named as a date is an error.
    static func read(_ inventory: String) throws -> InventoryLayout {
        var folders: [Folder] = []
        try add(inventory, policy: try InventoryFiles.policy(in: inventory), to: &folders)
        let others = (inventory as NSString).appendingPathComponent("organisations")
        for name in try subfolders(of: others) {
            let path = (others as NSString).appendingPathComponent(name)
            try add(path, policy: try InventoryFiles.policy(in: path), to: &folders)
        }
        return InventoryLayout(folders: folders)
    }

    private static func add(_ path: String, policy: Policy, to folders: inout [Folder]) throws {
        folders.append(Folder(path: path, policyFolder: path, policy: policy, takenOn: nil))
        let history = (path as NSString).appendingPathComponent("history")
        for name in try subfolders(of: history) {
            guard let date = LocalDate(iso: name) else {
                throw IngestError(
                    file: (history as NSString).appendingPathComponent(name),
                    message:
                        "a history folder is named by the date its inventory describes, YYYY-MM-DD; found \"\(name)\"")
            }
            folders.append(
                Folder(
                    path: (history as NSString).appendingPathComponent(name), policyFolder: path, policy: policy,
                    takenOn: date))
        }
    }

    /// The names of the folders directly inside `path`, sorted; none when it does not exist.
    private static func subfolders(of path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return []
        }
        return try FileManager.default.contentsOfDirectory(atPath: path).sorted().filter { name in
            var folder: ObjCBool = false
            let full = (path as NSString).appendingPathComponent(name)
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: full, isDirectory: &folder)
                && folder.boolValue
        }
    }

    /// The current folder of the organisation named `name` (ignoring case), or the top folder for nil.
    func current(organisation name: String?) throws -> Folder {
        let currents = folders.filter { $0.takenOn == nil }
        guard let name else { return currents[0] }
        if let folder = currents.first(where: { $0.policy.organisation?.lowercased() == name.lowercased() }) {
            return folder
        }
        let known = currents.compactMap(\.policy.organisation).map { "\"\($0)\"" }.joined(separator: ", ")
        throw UsageError(
            "--org: no organisation \"\(name)\" in the inventory; it has \(known.isEmpty ? "none named" : known)")
    }

    /// The policy of the organisation named `name`, or the top folder's when no folder names it.
    func policy(of name: String?) -> Policy {
        folders.first { $0.takenOn == nil && $0.policy.organisation == name }?.policy ?? folders[0].policy
    }
}
