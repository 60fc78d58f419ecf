/// Tells a virtual machine from a physical one by what its firmware says (DMI vendor and product name), as
/// scans, dmidecode, osquery, Ansible and systeminfo report them.
enum Virtualisation {
    /// The hypervisor or cloud a vendor and product name reveal; `nil` when they look physical or say nothing.
    ///
    /// ```swift
    /// Virtualisation.hypervisor(vendor: "VMware, Inc.", product: "VMware7,1")                // "VMware"
    /// Virtualisation.hypervisor(vendor: "Microsoft Corporation", product: "Virtual Machine")  // "Hyper-V"
    /// Virtualisation.hypervisor(vendor: "Dell Inc.", product: "PowerEdge R640")               // nil
    /// ```
    static func hypervisor(vendor: String?, product: String?) -> String? {
        let vendorKey = HeaderKey.fold(vendor ?? "")
        let productKey = HeaderKey.fold(product ?? "")
        let both = vendorKey + " " + productKey
        if both.contains("vmware") { return "VMware" }
        if vendorKey.hasPrefix("qemu") || productKey.hasPrefix("kvm") || productKey.hasPrefix("standardpc") {
            return "KVM"
        }
        if vendorKey.hasPrefix("microsoft") && productKey.contains("virtualmachine") { return "Hyper-V" }
        if vendorKey.hasPrefix("innotek") || productKey.contains("virtualbox") { return "VirtualBox" }
        if vendorKey.hasPrefix("xen") || productKey.contains("hvmdomu") { return "Xen" }
        if vendorKey.hasPrefix("amazonec2") || productKey.hasPrefix("amazonec2") { return "Amazon EC2" }
        if vendorKey.hasPrefix("google") { return "Google Compute Engine" }
        if vendorKey.hasPrefix("parallels") { return "Parallels" }
        if vendorKey.hasPrefix("nutanix") || productKey == "ahv" { return "Nutanix AHV" }
        if vendorKey.hasPrefix("ovirt") || productKey.hasPrefix("rhev") { return "oVirt" }
        if vendorKey.hasPrefix("openstack") || productKey.hasPrefix("openstack") { return "OpenStack" }
        if vendorKey.hasPrefix("bochs") { return "Bochs" }
        return nil
    }

    /// Where a hypervisor runs, when it is a public cloud.
    static func hosting(ofHypervisor hypervisor: String?) -> AssetHosting? {
        switch hypervisor {
        case "Amazon EC2", "Google Compute Engine": .cloud
        default: nil
        }
    }
}
