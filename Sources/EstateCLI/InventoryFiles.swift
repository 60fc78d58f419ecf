import EstateCore
import Foundation

/// Finding and reading inventory files on disk.
enum InventoryFiles {
    /// Files in an inventory folder that hold configuration, not inventory.
    static let configurationNames: Set<String> = [
        "policy.json", "mapping.json", "lifecycle-local.csv", "lifecycle-local.json",
    ]
    /// Extensions Estate reads from a folder.
    static let inventoryExtensions: Set<String> = ["csv", "json", "tsv"]

    /// Expands the paths given to `estate ingest`: files as given, folders to their inventory files
    /// (sorted by name, hidden and configuration files left out), `-` to standard input.
    static func expand(_ paths: [String]) throws -> (files: [String], skipped: [String]) {
        var files: [String] = []
        var skipped: [String] = []
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw IngestError(file: path, message: "no such file or folder")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
            for name in names where !name.hasPrefix(".") {
                let full = (path as NSString).appendingPathComponent(name)
                var isFolder: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: full, isDirectory: &isFolder)
                let ext = (name as NSString).pathExtension.lowercased()
                if isFolder.boolValue || configurationNames.contains(name.lowercased()) {
                    skipped.append(full)
                } else if inventoryExtensions.contains(ext) || isToolOutput(full) {
                    files.append(full)
                } else {
                    skipped.append(full)
                }
            }
        }
        return (files, skipped)
    }

    /// Whether a file with another extension (or none: a fact-cache file, the dpkg status file) holds the
    /// output of a tool Estate reads, judged from its first 64 KiB.
    static func isToolOutput(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 65_536), !head.isEmpty else { return false }
        let (utf8, _) = TextEncoding.utf8(head.count % 2 == 0 ? head : head.dropLast())
        return FormatDetector.toolFormat(of: InputFile(path: path, data: utf8)) != nil
    }

    /// Reads a file (memory-mapped, so a large one is not copied) or all of standard input.
    static func read(_ path: String) throws -> InputFile {
        if path == "-" {
            return InputFile(path: "-", data: FileHandle.standardInput.readDataToEndOfFile())
        }
        do {
            return InputFile(path: path, data: try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped))
        } catch {
            throw IngestError(file: path, message: "cannot read the file: \(error.localizedDescription)")
        }
    }

    /// The policy in `DIR/policy.json`, or the defaults when there is none.
    static func policy(in inventory: String) throws -> Policy {
        let path = (inventory as NSString).appendingPathComponent("policy.json")
        guard FileManager.default.fileExists(atPath: path) else { return .defaults }
        return try Policy.parse(try read(path).data, file: path)
    }

    /// The header mapping in `DIR/mapping.json`, or none.
    static func mapping(in inventory: String) throws -> HeaderMapping {
        let path = (inventory as NSString).appendingPathComponent("mapping.json")
        guard FileManager.default.fileExists(atPath: path) else { return .none }
        return try HeaderMapping.parse(try read(path).data, file: path)
    }
}
