import Foundation
import Testing

@testable import EstateCore

/// The shipped catalogue read from the source tree (EstateCore's resource bundle is not declared yet), and the
/// API samples copied next to the tests.
enum LifecycleFixtures {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let resources = testsFolder.appendingPathComponent("../../../Sources/EstateCore/Resources/lifecycle")
        .standardizedFileURL

    static func resource(_ name: String) throws -> Data {
        try Data(contentsOf: resources.appendingPathComponent(name))
    }

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: testsFolder.appendingPathComponent("Fixtures").appendingPathComponent(name))
    }

    /// Read once: every suite shares it.
    static let shipped: Result<LifecycleCatalogue, any Error> = Result {
        try LifecycleCatalogue(
            csv: resource("lifecycle.csv"), products: resource("products.csv"),
            cycleDetails: resource("cycle-details.csv"))
    }

    static func catalogue() throws -> LifecycleCatalogue { try shipped.get() }

    static let sharedMatcher: Result<LifecycleMatcher, any Error> = shipped.map { LifecycleMatcher(catalogue: $0) }

    static func matcher() throws -> LifecycleMatcher { try sharedMatcher.get() }

    static func date(_ text: String) throws -> LocalDate { try #require(LocalDate(iso: text)) }
}
