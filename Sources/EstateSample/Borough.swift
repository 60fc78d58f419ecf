/// How one fictional council names its end-user devices and where they stand: the asset-tag and hostname
/// prefixes and the sites, store and workshop a device register names.
///
/// Both boroughs share ``Places/departments``; their site lists are parallel (the same index is the same
/// kind of building), so a borough changes the words on a device and never the random draws behind it.
struct Borough {
    /// The asset-tag prefix (`LBE`, `WB`).
    let tagPrefix: String
    /// The tag number counted on from (the first device's number is one or two above it).
    let tagBase: Int
    /// The hostname prefix (`EWK` gives `EWK-PRN-TH-004`, `EWK-5CG1234ABC`, `EWKPC100231`).
    let hostPrefix: String
    /// The sites, index for index with ``Places/sites``.
    let sites: [Places.Site]
    /// Where spare devices wait to be issued.
    let store: String
    /// Where devices wait for repair.
    let workshop: String

    /// The London Borough of Eastwick, the committed sample.
    static let eastwick = Borough(
        tagPrefix: "LBE", tagBase: 100_000, hostPrefix: "EWK", sites: Places.sites, store: Places.store,
        workshop: Places.workshop)

    /// The London Borough of Westbrook, Eastwick's smaller neighbour.
    static let westbrook = Borough(
        tagPrefix: "WB", tagBase: 300_000, hostPrefix: "WBK",
        sites: [
            Places.Site(name: "Westbrook Town Hall", code: "TH", isOffice: true),
            Places.Site(name: "Westbrook House", code: "WH", isOffice: true),
            Places.Site(name: "Ferry Road Depot", code: "FRD", isOffice: true),
            Places.Site(name: "Westbrook Central Library", code: "CL", isOffice: true),
            Places.Site(name: "Hollybush Library", code: "HBL", isOffice: true),
            Places.Site(name: "St Anne's Library", code: "SAL", isOffice: true),
            Places.Site(name: "Canal Side Library", code: "CSL", isOffice: true),
            Places.Site(name: "Meadowbank Children's Centre", code: "MCC", isOffice: true),
            Places.Site(name: "Elm Grove Children's Centre", code: "EGC", isOffice: true),
            Places.Site(name: "Customer Hub, Market Square", code: "CH", isOffice: true),
            Places.Site(name: "Housing Office (East)", code: "HOE", isOffice: true),
            Places.Site(name: "Housing Office (West)", code: "HOW", isOffice: true),
            Places.Site(name: "Parking Office", code: "PO", isOffice: true),
            Places.Site(name: "Westbrook Register Office", code: "RO", isOffice: true),
            Places.Site(name: "Home Worker", code: "HW", isOffice: false),
        ],
        store: "ICT Store, Westbrook House", workshop: "ICT Workshop, Westbrook House")
}
