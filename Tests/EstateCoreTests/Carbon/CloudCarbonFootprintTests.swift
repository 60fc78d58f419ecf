import Testing

@testable import EstateCore

/// Cloud Carbon Footprint's own unit tests (packages/core, Apache-2.0), reproduced: same inputs, same outputs.
@Suite struct CloudCarbonFootprintTests {
    func close(_ a: Double, _ b: Double) -> Bool { CarbonFixtures.close(a, b) }

    @Test func computeReproducesTheAWSUSEast1Example() {
        // 1% utilisation, 1 vCPU-hour, 0.71-3.46 W, PUE 1.135, replication 2, 0.000415755 t/kWh.
        let kWh = CloudCarbonFootprint.computeKWh(
            utilisationPercent: 1, vCPUHours: 1, minWatts: 0.71, maxWatts: 3.46, pue: 1.135, replicationFactor: 2)
        #expect(close(kWh, 0.0016741249999999998))
        #expect(close(kWh * 0.000415755, 6.960258393749999e-7))
    }

    @Test func computeReproducesTheAWSSouthAfricaExampleWithDefaultReplication() {
        let kWh = CloudCarbonFootprint.computeKWh(
            utilisationPercent: 1, vCPUHours: 1, minWatts: 0.71, maxWatts: 3.46, pue: 1.135)
        #expect(close(kWh, 0.0008370624999999999))
        #expect(close(kWh * 0.000928, 7.76794e-7))
    }

    @Test func anAverageWattsOverrideReplacesMinAndMax() {
        let kWh = CloudCarbonFootprint.computeKWh(
            utilisationPercent: 50, vCPUHours: 10, minWatts: 0.71, maxWatts: 3.46, pue: 1, averageWatts: 2)
        #expect(close(kWh, 0.02))
    }

    @Test func memoryReproducesTheGCPAndAWSExamples() {
        let gcp = CloudCarbonFootprint.memoryKWh(gigabyteHours: 90, coefficient: 0.000392, pue: 1.11)
        #expect(close(gcp, 0.0391608))
        #expect(close(gcp * 0.000479, 0.000018758023200000002))
        let aws = CloudCarbonFootprint.memoryKWh(gigabyteHours: 80, coefficient: 0.000392, pue: 1.135)
        #expect(close(aws, 0.035593599999999996))
        #expect(close(aws * 0.000415755, 0.000014798217168))
    }

    @Test func storageReproducesTheSSDAndHDDExamples() {
        let ssd = CloudCarbonFootprint.storageKWh(terabyteHours: 1, whPerTBHour: 1.2, pue: 1.135)
        #expect(close(ssd, 0.001362))
        #expect(close(ssd * 0.000415755, 5.6625831e-7))
        let hdd = CloudCarbonFootprint.storageKWh(terabyteHours: 1, whPerTBHour: 0.65, pue: 1.135)
        #expect(close(hdd, 0.00073775))
        #expect(close(hdd * 0.000415755, 3.0672325125e-7))
        let twoSSD = CloudCarbonFootprint.storageKWh(terabyteHours: 2, whPerTBHour: 1.2, pue: 1.135)
        #expect(close(twoSSD * 0.000415755, 0.00000113251662))
    }

    @Test func networkingReproducesTheExamples() {
        let aws = CloudCarbonFootprint.networkKWh(gigabytes: 10_000_000, coefficient: 0.001, pue: 1.135)
        #expect(close(aws, 11_350))
        #expect(close(aws * 0.000415755, 4.71881925))
        let gcp = CloudCarbonFootprint.networkKWh(gigabytes: 10_000_000, coefficient: 0.001, pue: 1.09)
        #expect(close(gcp * 0.000109, 1.1881000000000002))
        let noPUE = CloudCarbonFootprint.networkKWh(gigabytes: 10_000_000, coefficient: 0.001)
        #expect(close(noPUE, 10_000))
        #expect(close(noPUE * 0.000109, 1.09))
    }

    @Test func embodiedReproducesTheGCPUSCentral1Example() {
        // 24 hours of a 1-vCPU share of a 96-vCPU host of 1.7957 t, over a 35,040-hour life.
        let tonnes = CloudCarbonFootprint.embodied(
            hostEmbodied: 1.7957, usageHours: 24, lifespanHours: 35_040, instanceVCPUs: 1, largestVCPUs: 96)
        #expect(close(tonnes, 0.000012811786529680366))
    }

    @Test func aCloudVMYearAddsComputeMemoryAndReplicatedStorage() throws {
        let factors = try CarbonFixtures.shipped()
        // AWS m5.large: 2 vCPU, 8 GiB, 100 GB; constants from cloud-coefficients.csv (0.74-3.5 W, 0.000392,
        // SSD 1.2, PUE 1.135), fallback 80.69 GB per chip, m5 family largest 96 vCPU, host 1610.3792 kg.
        let workload = CloudWorkload(
            provider: .aws, region: "eu-west-2", vCPUs: 2, memoryGB: 8, storageTB: 0.1, instanceType: "m5.large")
        let estimate = try #require(workload.estimate(factors: factors, utilisationPercent: 50))
        let compute = (0.74 + 0.5 * (3.5 - 0.74)) * 2 * 8_760 / 1_000
        let memory = (8 - 2 * 2 * 80.69 / 96) * 8_760 * 0.000392
        let storage = 0.1 * 8_760 * 1.2 * 2 / 1_000
        #expect(close(estimate.computeKWh, compute))
        #expect(close(estimate.memoryKWh, memory))
        #expect(close(estimate.storageKWh, storage))
        #expect(close(estimate.itKWhPerYear, compute + memory + storage))
        #expect(estimate.pue == 1.135)
        #expect(estimate.gridKgCO2ePerKWh == 0.225)
        #expect(close(estimate.embodiedKgPerYear, 1610.3792 * 8_760 / 35_040 * 2 / 96))
    }
}
