import Foundation
import Testing

@testable import EstateCore

@Suite struct SBOMImporterTests {
    @Test func aCycloneDXApplicationSBOMBecomesASystemWithItsNestedComponents() throws {
        let result = try ImporterFixtures.ingest("civica-cx.cdx.json")
        let system = try #require(result.sink.systems.first)
        #expect(system.id == "Civica CX")
        #expect(system.vendor == "Civica UK Ltd")
        #expect(system.version == "22.1.4")
        let products = result.products(of: "Civica CX")
        #expect(products == ["spring-core", "postgresql", "Apache Tomcat", "log4j-core"])
        #expect(result.component("log4j-core", of: "Civica CX")?.version == "2.14.1")
        #expect(result.component("postgresql", of: "Civica CX")?.version == "42.5.4", "name and version from the purl")
        #expect(result.component("spring-core", of: "Civica CX")?.kind == .runtime)
        #expect(result.component("Apache Tomcat", of: "Civica CX")?.kind == .middleware)
        #expect(result.sink.components.allSatisfy { $0.subject == .system })
        let reject = try #require(result.sink.rejects.first)
        #expect(reject.line == 49)
        #expect(reject.reason.contains("component name is required"))
    }

    @Test func anSBOMOfASystemTheRegisterListsAttachesToThatSystem() throws {
        let register = ImporterFixtures.text(
            "systems.csv", "System ID,System Name,Vendor,Capability\nAPP007,Civica CX,Civica,Housing\n")
        let result = try ImporterFixtures.ingest([register, try ImporterFixtures.file("civica-cx.cdx.json")])
        #expect(result.sink.systems.map(\.id) == ["APP007"])
        #expect(result.products(of: "APP007").count == 4)
    }

    @Test func anSPDXScanOfAFileSystemDescribesTheMachineTheFileIsNamedAfter() throws {
        let result = try ImporterFixtures.ingest("ew-web-01.spdx.json")
        let host = try #require(result.sink.assets.first)
        #expect(host.id == "ew-web-01")
        #expect(result.component("ubuntu", of: "ew-web-01")?.kind == .operatingSystem)
        #expect(result.component("requests", of: "ew-web-01")?.version == "2.25.1")
        #expect(!result.products(of: "ew-web-01").contains("/"))
    }

    @Test func anSPDX22DocumentDescribesItsProductAsASystem() throws {
        let result = try ImporterFixtures.ingest("nec-housing.spdx.json")
        let system = try #require(result.sink.systems.first)
        #expect(system.name == "NEC Housing")
        #expect(system.vendor == "NEC Software Solutions UK")
        #expect(result.component("Microsoft SQL Server 2016", of: "NEC Housing")?.kind == .database)
        #expect(result.component("Microsoft .NET Framework", of: "NEC Housing")?.kind == .runtime)
        #expect(result.sink.rejects.count == 1)
        #expect(result.sink.rejects[0].reason.contains("expected an object, found a number"))
    }
}
