import Foundation

// Compiled into EstateCore only for fuzzing, where swiftc builds the module without SwiftPM's resource
// accessor. No fuzz target reads EstateCore's shipped resources, so the main bundle stands in.
extension Bundle {
    static let module = Bundle.main
}
