import Foundation

/// An option the council could take, compared with the baseline (the estate as it is, refreshed on the
/// policy's cycles). Every option takes effect on the as-of date.
///
/// ```swift
/// try CarbonScenario(parsing: "extend-life=2")   // .extendLife(years: 2)
/// try CarbonScenario(parsing: "virtualise")      // .virtualise(ratio: nil): the policy's ratio
/// ```
public enum CarbonScenario: Sendable, Hashable {
    /// End-user devices serve `years` longer before the refresh plan replaces them.
    case extendLife(years: Int)
    /// Every in-use end-user device at least `minimumAgeYears` old is replaced on the as-of date.
    case refreshNow(minimumAgeYears: Int)
    /// Cloud-ready on-premises systems move to the provider (the policy's when `nil`).
    case moveToCloud(provider: CloudProvider?)
    /// Physical servers that host no virtual machines become VMs on shared hosts, `ratio` to a host (the
    /// policy's when `nil`).
    case virtualise(ratio: Int?)

    /// Whether the option needs the servers cloud readiness moves (the move to cloud).
    public var movesServers: Bool {
        if case .moveToCloud = self { true } else { false }
    }

    /// The forms `--scenario` accepts, for messages.
    public static let expectedForms =
        "extend-life[=YEARS], refresh-now[=MIN_AGE_YEARS], cloud[=aws|azure|gcp], virtualise[=VMS_PER_HOST]"

    /// Reads `NAME` or `NAME=VALUE`.
    ///
    /// - Throws: ``CarbonScenarioError`` naming the unknown scenario or the bad value and what was expected.
    public init(parsing text: String) throws(CarbonScenarioError) {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        let name = HeaderKey.fold(parts.first ?? "")
        let value = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
        func whole(_ range: ClosedRange<Int>, _ what: String) throws(CarbonScenarioError) -> Int? {
            guard let value else { return nil }
            guard let number = Int(value), range.contains(number) else {
                throw CarbonScenarioError(
                    text: text, message: "expected \(what) from \(range.lowerBound) to \(range.upperBound)")
            }
            return number
        }
        switch name {
        case "extendlife", "extend", "life":
            self = .extendLife(years: try whole(0...10, "whole years") ?? 1)
        case "refreshnow", "refresh":
            self = .refreshNow(minimumAgeYears: try whole(0...30, "a minimum age in whole years") ?? 0)
        case "cloud", "movetocloud", "migrate":
            guard let value else {
                self = .moveToCloud(provider: nil)
                return
            }
            guard let provider = CloudProvider(parsing: value) else {
                throw CarbonScenarioError(text: text, message: "expected a provider: aws, azure or gcp")
            }
            self = .moveToCloud(provider: provider)
        case "virtualise", "virtualize", "consolidate":
            self = .virtualise(ratio: try whole(1...100, "virtual machines per host"))
        default:
            throw CarbonScenarioError(text: text, message: "unknown scenario; expected \(Self.expectedForms)")
        }
    }

    /// `extend_life_2`, `refresh_now`, `cloud_azure`, `virtualise_10`: a stem for CSV column names.
    public func key(policy: Policy) -> String {
        switch self {
        case .extendLife(let years): "extend_life_\(years)"
        case .refreshNow(let age): age == 0 ? "refresh_now" : "refresh_now_\(age)"
        case .moveToCloud(let provider): "cloud_\((provider ?? policy.carbon.cloudProvider).rawValue)"
        case .virtualise(let ratio): "virtualise_\(ratio ?? policy.carbon.consolidationRatio)"
        }
    }

    /// The option in words.
    public func title(policy: Policy) -> String {
        switch self {
        case .extendLife(let years):
            "Extend end-user device life by \(years) year\(years == 1 ? "" : "s")"
        case .refreshNow(let age):
            age == 0 ? "Refresh every end-user device now" : "Refresh end-user devices \(age)+ years old now"
        case .moveToCloud(let provider):
            "Move cloud-ready systems to \((provider ?? policy.carbon.cloudProvider).title)"
        case .virtualise(let ratio):
            "Virtualise physical servers at \(ratio ?? policy.carbon.consolidationRatio) to a host"
        }
    }

    /// How Estate applies the option, for the report.
    public func rule(policy: Policy) -> String {
        switch self {
        case .extendLife(let years):
            "Each end-user device's refresh cycle grows by \(years) year\(years == 1 ? "" : "s"); its embodied carbon is amortised over the longer life, and replacements come later."
        case .refreshNow(let age):
            "Every in-use end-user device\(age == 0 ? "" : " at least \(age) years old") is replaced on the as-of date by a class-default device, whose manufacture is amortised from then; the old devices' remaining amortisation still counts."
        case .moveToCloud(let provider):
            "The in-service servers and VMs cloud readiness moves (rehost, replatform or relocate: see the cloud section) move; where readiness is not given, those whose every on-premises system has a SaaS offer or runs only on virtual machines. Each one moving becomes a VM in \((provider ?? policy.carbon.cloudProvider).title) of the same vCPUs, memory and disk in the provider's UK region, estimated by Cloud Carbon Footprint's method; its host's energy and replacements shrink by its share of the host's vCPUs; it is not replaced on premises. Storage arrays, network and end-user devices stay as they are."
        case .virtualise(let ratio):
            "Each in-use physical server that hosts no virtual machines becomes a VM; they share new hosts, \(ratio ?? policy.carbon.consolidationRatio) to a host (class default 2U server, in the setting most of them are in, replaced on the server cycle). The old servers stop and are not replaced; their remaining amortisation still counts."
        }
    }
}

/// A `--scenario` that Estate cannot read.
public struct CarbonScenarioError: Error, Sendable, Hashable, CustomStringConvertible {
    public var text: String
    public var message: String

    public init(text: String, message: String) {
        self.text = text
        self.message = message
    }

    public var description: String { "scenario \"\(text)\": \(message)" }
}
