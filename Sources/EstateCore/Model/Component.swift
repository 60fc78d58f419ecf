/// A versioned product that an asset or a system runs on: an OS, a database, a runtime, an office suite.
///
/// The product and version are kept as the source wrote them; the lifecycle catalogue matches them.
public struct Component: Sendable, Hashable, Codable {
    public enum Subject: String, Sendable, Hashable, Codable, CaseIterable {
        case asset, system
    }

    // Stored widest first, so millions of components carry no padding between their one-byte fields.
    /// The id of the asset or system it belongs to.
    public var subjectId: String
    /// The product as written, e.g. `Microsoft SQL Server 2014 (SP3)`.
    public var product: String
    /// The version as written, e.g. `12.0.6024.0`.
    public var version: String?
    public var subject: Subject
    public var kind: ComponentKind

    public init(subject: Subject, subjectId: String, kind: ComponentKind, product: String, version: String? = nil) {
        self.subject = subject
        self.subjectId = subjectId
        self.kind = kind
        self.product = product
        self.version = version
    }
}
