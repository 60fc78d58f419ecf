/// The sites and departments of the London Borough of Eastwick, with how many of its people work where.
enum Places {
    struct Site {
        let name: String
        /// Two or three letters used in printer names (`EWK-PRN-TH-004`).
        let code: String
        /// Whether it is an office a printer can stand in (not "Home Worker").
        let isOffice: Bool
    }

    struct Department {
        let name: String
        /// Relative headcount.
        let weight: Int
        /// Indices into ``sites`` with relative weights.
        let sites: [(site: Int, weight: Int)]
        /// Whether its staff work out and about (more phones and tablets, fewer desktops).
        let isMobile: Bool
    }

    static let sites: [Site] = [
        Site(name: "Town Hall", code: "TH", isOffice: true),  // 0
        Site(name: "Civic Centre", code: "CC", isOffice: true),  // 1
        Site(name: "Marsh Lane Depot", code: "MLD", isOffice: true),  // 2
        Site(name: "Central Library", code: "CL", isOffice: true),  // 3
        Site(name: "Eastwick Green Library", code: "EGL", isOffice: true),  // 4
        Site(name: "Northfield Library", code: "NFL", isOffice: true),  // 5
        Site(name: "Riverside Library", code: "RSL", isOffice: true),  // 6
        Site(name: "Oakfield Children's Centre", code: "OCC", isOffice: true),  // 7
        Site(name: "Brookside Children's Centre", code: "BCC", isOffice: true),  // 8
        Site(name: "One Stop Shop, High Street", code: "OSS", isOffice: true),  // 9
        Site(name: "Housing Area Office (North)", code: "HAN", isOffice: true),  // 10
        Site(name: "Housing Area Office (South)", code: "HAS", isOffice: true),  // 11
        Site(name: "Parking Shop", code: "PS", isOffice: true),  // 12
        Site(name: "Register Office", code: "RO", isOffice: true),  // 13
        Site(name: "Home Worker", code: "HW", isOffice: false),  // 14
    ]

    /// Where spare devices wait to be issued.
    static let store = "ICT Store Room, Civic Centre"
    /// Where devices wait for repair.
    static let workshop = "ICT Workshop, Civic Centre"

    static let departments: [Department] = [
        Department(name: "Adults' Social Care", weight: 130, sites: [(1, 55), (0, 10), (14, 35)], isMobile: true),
        Department(
            name: "Children's Services", weight: 150, sites: [(1, 45), (7, 15), (8, 15), (14, 25)], isMobile: true),
        Department(name: "Housing", weight: 120, sites: [(10, 35), (11, 35), (1, 20), (14, 10)], isMobile: true),
        Department(name: "Revenues & Benefits", weight: 90, sites: [(1, 70), (9, 15), (14, 15)], isMobile: false),
        Department(name: "Planning & Building Control", weight: 50, sites: [(0, 75), (14, 25)], isMobile: false),
        Department(
            name: "Environment & Regulatory Services", weight: 45, sites: [(0, 55), (2, 30), (14, 15)], isMobile: true),
        Department(name: "Waste & Street Cleansing", weight: 45, sites: [(2, 100)], isMobile: true),
        Department(name: "Parking Services", weight: 30, sites: [(12, 50), (2, 20), (1, 30)], isMobile: true),
        Department(name: "Libraries", weight: 45, sites: [(3, 40), (4, 20), (5, 20), (6, 20)], isMobile: false),
        Department(name: "Finance", weight: 50, sites: [(0, 80), (14, 20)], isMobile: false),
        Department(name: "HR & Payroll", weight: 30, sites: [(0, 85), (14, 15)], isMobile: false),
        Department(name: "ICT", weight: 40, sites: [(1, 90), (14, 10)], isMobile: false),
        Department(name: "Legal & Democratic Services", weight: 35, sites: [(0, 85), (13, 15)], isMobile: false),
        Department(name: "Customer Services", weight: 60, sites: [(9, 60), (1, 40)], isMobile: false),
        Department(name: "Public Health", weight: 20, sites: [(0, 70), (14, 30)], isMobile: false),
        Department(name: "Regeneration", weight: 20, sites: [(0, 100)], isMobile: false),
        Department(name: "Chief Executive's Office", weight: 10, sites: [(0, 100)], isMobile: false),
    ]

    static let departmentWeights: [Int] = departments.map(\.weight)
    static let officeSites: [Int] = sites.indices.filter { sites[$0].isOffice }

    /// The infrastructure sites and how an asset register describes their hosting.
    enum Room: CaseIterable {
        case civicCentreDataCentre, depotCommsRoom, colocation, azure, aws
        /// Westbrook's one server room.
        case westbrookServerRoom

        var site: String {
            switch self {
            case .civicCentreDataCentre: "Civic Centre Data Centre"
            case .depotCommsRoom: "Marsh Lane Depot Comms Room"
            case .colocation: "Docklands Colocation, Suite 4"
            case .azure: "Azure UK South"
            case .aws: "AWS eu-west-2 (London)"
            case .westbrookServerRoom: "Westbrook House Server Room"
            }
        }

        /// The word a CMDB writes in its "Hosted In" column.
        var hostingLabel: String {
            switch self {
            case .civicCentreDataCentre: "Data Centre"
            case .depotCommsRoom: "Comms Room"
            case .colocation: "Colocation"
            case .azure: "Azure"
            case .aws: "AWS"
            case .westbrookServerRoom: "Comms Room"
            }
        }
    }
}
