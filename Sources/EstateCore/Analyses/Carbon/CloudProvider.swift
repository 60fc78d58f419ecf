/// A public cloud provider, as Cloud Carbon Footprint distinguishes them.
public enum CloudProvider: String, Vocabulary {
    case aws, azure, gcp

    public var synonyms: [String] {
        switch self {
        case .aws: ["amazon", "amazonwebservices", "amazonec2", "ec2"]
        case .azure: ["microsoftazure"]
        case .gcp: ["google", "googlecloud", "googlecloudplatform"]
        }
    }

    /// The provider's name for reports: `AWS`, `Azure`, `GCP`.
    public var title: String {
        switch self {
        case .aws: "AWS"
        case .azure: "Azure"
        case .gcp: "GCP"
        }
    }

    /// The provider's London or UK region that Estate assumes when an inventory does not name one.
    public var ukRegion: String {
        switch self {
        case .aws: "eu-west-2"
        case .azure: "uksouth"
        case .gcp: "europe-west2"
        }
    }

    /// The provider an inventory's words name: `Azure UK South`, `AWS eu-west-2 (London)`, `Amazon EC2`.
    ///
    /// Only words that can mean nothing else count: `Microsoft Corporation` alone is not Azure, because
    /// Hyper-V guests on the council's own hosts carry it too.
    public static func named(in texts: [String?]) -> CloudProvider? {
        for text in texts.compactMap({ $0 }) {
            let folded = HeaderKey.fold(text)
            if folded.contains("azure") { return .azure }
            if folded.hasPrefix("aws") || folded.contains("amazon") || folded.contains("ec2") { return .aws }
            if folded.hasPrefix("gcp") || folded.contains("googlecloud") || folded.contains("gce") { return .gcp }
        }
        return nil
    }
}
