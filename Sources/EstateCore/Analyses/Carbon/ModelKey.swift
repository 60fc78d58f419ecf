/// How an asset's manufacturer and model are matched to a manufacturer's product carbon footprint.
///
/// Both sides are cut into lower-case words of letters and digits. The manufacturer becomes one word
/// (`Dell Inc.` and `Dell EMC` are `dell`; `HPE` and `Hewlett-Packard` are `hp`). From the model, a leading
/// manufacturer name is dropped (`Dell P2419H`), and so are words that only describe the kind of product
/// (`monitor`, `notebook`, `pc`, `thin client`, `tc`, `server`) and storage capacities (`with 64GB`). What is
/// left must be the same words in the same order: `Latitude 5430` matches `Latitude 5430` but not
/// `Latitude 5430 Rugged`, and `iPhone 13` matches no `iPhone 13 Pro`. The footprint's class must also fit
/// the asset's class, so an HP t640 thin client never takes a Dell PowerEdge T640's figures.
public enum ModelKey {
    /// Words that describe the kind of product rather than name it.
    static let descriptors: Set<String> = [
        "monitor", "display", "notebook", "pc", "laptop", "desktop", "thin", "client", "tc", "server", "computer",
        "with",
    ]
    /// Manufacturer words a model name may start with.
    static let manufacturerWords: Set<String> = [
        "dell", "hp", "hpe", "hewlett", "packard", "lenovo", "apple", "microsoft", "samsung", "inc",
    ]

    /// `dell|latitude 5430`: the key both sides are indexed by.
    public static func key(manufacturer: String, model: String) -> String {
        manufacturerWord(manufacturer) + "|" + modelWords(model).joined(separator: " ")
    }

    /// The manufacturer as one word.
    static func manufacturerWord(_ text: String) -> String {
        let first = words(text).first ?? ""
        switch first {
        case "hpe", "hewlett": return "hp"
        default: return first
        }
    }

    /// The model's naming words.
    static func modelWords(_ text: String) -> [String] {
        var all = words(text)
        while let first = all.first, manufacturerWords.contains(first) { all.removeFirst() }
        return all.filter { !descriptors.contains($0) && !isCapacity($0) }
    }

    /// `64gb`, `1tb`.
    static func isCapacity(_ word: String) -> Bool {
        guard word.hasSuffix("gb") || word.hasSuffix("tb") else { return false }
        let digits = word.dropLast(2)
        return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
    }

    /// Lower-case runs of ASCII letters and digits.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A: current.unicodeScalars.append(scalar)
            case 0x41...0x5A: current.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value + 32)))
            default:
                if !current.isEmpty { out.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Whether a footprint's class (`server-2u`, `printer-mfd`) can describe an asset of this class.
    public static func fits(_ footprintClass: String, _ assetClass: AssetClass) -> Bool {
        switch assetClass {
        case .server: footprintClass.hasPrefix("server-")
        case .storage: footprintClass == "storage-array" || footprintClass == "drive"
        case .printer: footprintClass.hasPrefix("printer-")
        case .desktop: footprintClass == "desktop"
        case .laptop, .workstation, .thinClient, .monitor, .tablet, .smartphone:
            footprintClass == assetClass.rawValue
        case .network, .firewall, .virtualMachine, .other: false
        }
    }
}
