import EstateCore

/// Server operating systems and installed products, written the way WMI, `/etc/redhat-release`,
/// `lsb_release`, vCenter and the products' own version queries write them.
enum ServerOS {
    case windows2008R2Enterprise, windows2008R2Standard, windows2012Standard, windows2012R2Standard
    case windows2012R2Datacenter, windows2016Standard, windows2016Datacenter, windows2019Standard
    case windows2019Datacenter, windows2022Standard, windows2022Datacenter, windows2022Azure
    case rhel6, rhel7, rhel8, rhel810, rhel9
    case ubuntu1604, ubuntu1804, ubuntu2004, ubuntu2204, ubuntu2404
    case esxi67, esxi70, esxi80
    case mitel, photon
    /// Network and storage firmware: (name, version) as the device reports it.
    case firmware(String, String)

    var name: String {
        switch self {
        case .windows2008R2Enterprise: "Windows Server 2008 R2 Enterprise Service Pack 1"
        case .windows2008R2Standard: "Microsoft Windows Server 2008 R2 Standard"
        case .windows2012Standard: "Microsoft Windows Server 2012 Standard"
        case .windows2012R2Standard: "Microsoft Windows Server 2012 R2 Standard"
        case .windows2012R2Datacenter: "Microsoft Windows Server 2012 R2 Datacenter"
        case .windows2016Standard: "Microsoft Windows Server 2016 Standard"
        case .windows2016Datacenter: "Microsoft Windows Server 2016 Datacenter"
        case .windows2019Standard: "Microsoft Windows Server 2019 Standard"
        case .windows2019Datacenter: "Microsoft Windows Server 2019 Datacenter"
        case .windows2022Standard: "Microsoft Windows Server 2022 Standard"
        case .windows2022Datacenter: "Microsoft Windows Server 2022 Datacenter"
        case .windows2022Azure: "Microsoft Windows Server 2022 Datacenter: Azure Edition"
        case .rhel6: "Red Hat Enterprise Linux Server release 6.10 (Santiago)"
        case .rhel7: "Red Hat Enterprise Linux Server release 7.9 (Maipo)"
        case .rhel8: "Red Hat Enterprise Linux 8.9 (Ootpa)"
        case .rhel810: "Red Hat Enterprise Linux release 8.10 (Ootpa)"
        case .rhel9: "Red Hat Enterprise Linux 9.4 (Plow)"
        case .ubuntu1604: "Ubuntu 16.04.7 LTS"
        case .ubuntu1804: "Ubuntu 18.04.6 LTS"
        case .ubuntu2004: "Ubuntu 20.04.6 LTS"
        case .ubuntu2204: "Ubuntu 22.04.4 LTS"
        case .ubuntu2404: "Ubuntu 24.04.1 LTS"
        case .esxi67: "VMware ESXi 6.7.0"
        case .esxi70: "VMware ESXi 7.0.3"
        case .esxi80: "VMware ESXi 8.0.2"
        case .mitel: "Mitel Standard Linux"
        case .photon: "VMware Photon OS"
        case .firmware(let name, _): name
        }
    }

    var version: String {
        switch self {
        case .windows2008R2Enterprise, .windows2008R2Standard: "6.1.7601"
        case .windows2012Standard: "6.2.9200"
        case .windows2012R2Standard, .windows2012R2Datacenter: "6.3.9600"
        case .windows2016Standard, .windows2016Datacenter: "10.0.14393"
        case .windows2019Standard, .windows2019Datacenter: "10.0.17763"
        case .windows2022Standard, .windows2022Datacenter, .windows2022Azure: "10.0.20348"
        case .rhel6: "6.10"
        case .rhel7: "7.9"
        case .rhel8: "8.9"
        case .rhel810: "8.10"
        case .rhel9: "9.4"
        case .ubuntu1604: "16.04"
        case .ubuntu1804: "18.04"
        case .ubuntu2004: "20.04"
        case .ubuntu2204: "22.04"
        case .ubuntu2404: "24.04"
        case .esxi67: "6.7.0 build-17700523"
        case .esxi70: "7.0.3 build-21930508"
        case .esxi80: "8.0.2 build-22380479"
        case .mitel: "11.0.89.0"
        case .photon: "3.0"
        case .firmware(_, let version): version
        }
    }

    var isWindows: Bool { name.contains("Windows") }
    var isLinux: Bool { name.contains("Red Hat") || name.contains("Ubuntu") }
}

/// A product installed on a server: (kind, product as written, version as written).
struct Installed {
    let kind: ComponentKind
    let product: String
    let version: String?

    init(_ kind: ComponentKind, _ product: String, _ version: String?) {
        self.kind = kind
        self.product = product
        self.version = version
    }

    static let sql2008R2 = Installed(.database, "Microsoft SQL Server 2008 R2 (SP3)", "10.50.6000.34")
    static let sql2012 = Installed(.database, "Microsoft SQL Server 2012 (SP4)", "11.0.7001.0")
    static let sql2014 = Installed(.database, "Microsoft SQL Server 2014 (SP3)", "12.0.6024.0")
    static let sql2014Express = Installed(.database, "Microsoft SQL Server 2014 Express (SP2)", "12.0.5000.0")
    static let sql2016 = Installed(.database, "Microsoft SQL Server 2016 (SP3)", "13.0.6300.2")
    static let sql2016Standard = Installed(.database, "SQL Server 2016 SP3 Standard Edition (64-bit)", "13.0.6435.1")
    static let sql2017 = Installed(.database, "Microsoft SQL Server 2017", "14.0.3456.2")
    static let sql2019 = Installed(.database, "Microsoft SQL Server 2019", "15.0.4355.3")
    static let sql2022 = Installed(.database, "Microsoft SQL Server 2022", "16.0.4125.3")
    static let oracle11g = Installed(
        .database, "Oracle Database 11g Enterprise Edition Release 11.2.0.4.0 - 64bit Production", "11.2.0.4.0")
    static let oracle12c = Installed(
        .database, "Oracle Database 12c Enterprise Edition Release 12.1.0.2.0", "12.1.0.2.0")
    static let oracle19c = Installed(
        .database, "Oracle Database 19c Enterprise Edition Release 19.0.0.0.0 - Production", "19.3.0.0.0")
    static let postgres12 = Installed(.database, "postgresql-12", "12.20-1.pgdg18.04+1")
    static let postgres14 = Installed(.database, "PostgreSQL 14", "14.13")
    static let mysql57 = Installed(.database, "mysql-server-5.7", "5.7.33-0ubuntu0.16.04.1")
    static let exchange2010 = Installed(.application, "Microsoft Exchange Server 2010 SP3", "14.3.513.0")
    static let exchange2016 = Installed(.application, "Microsoft Exchange Server 2016 CU23", "15.1.2507.39")
    static let sharePoint2010 = Installed(.application, "Microsoft SharePoint Server 2010", "14.0.7268.5000")
    static let iis75 = Installed(.middleware, "Internet Information Services", "7.5")
    static let iis85 = Installed(.middleware, "Internet Information Services", "8.5")
    static let iis10 = Installed(.middleware, "Internet Information Services", "10.0")
    static let tomcat7 = Installed(.middleware, "Apache Tomcat 7.0", "7.0.109")
    static let tomcat85 = Installed(.middleware, "Apache Tomcat", "8.5.100")
    static let tomcat9 = Installed(.middleware, "Apache Tomcat 9", "9.0.89")
    static let httpd24el7 = Installed(.middleware, "httpd", "2.4.6-99.el7_9.1")
    static let apache2Xenial = Installed(.middleware, "apache2", "2.4.18-2ubuntu3.17")
    static let java6 = Installed(.runtime, "Java 6 Update 45", "1.6.0_45")
    static let java8 = Installed(.runtime, "Java 8 Update 291", "8.0.2910.10")
    static let java8RHEL = Installed(.runtime, "java-1.8.0-openjdk", "1.8.0.412.b08-1.el7_9")
    static let openJDK11 = Installed(.runtime, "openjdk-11-jre-headless", "11.0.24+8-1ubuntu3~20.04")
    static let openJDK17RHEL = Installed(.runtime, "java-17-openjdk", "17.0.12.0.7-2.el9")
    static let dotNet452 = Installed(.runtime, "Microsoft .NET Framework 4.5.2", "4.5.51209")
    static let dotNet472 = Installed(.runtime, "Microsoft .NET Framework 4.7.2", "4.7.03062")
    static let dotNet48 = Installed(.runtime, "Microsoft .NET Framework 4.8", "4.8.04084")
    static let php70 = Installed(.runtime, "php7.0", "7.0.33-0ubuntu0.16.04.16")
    static let php81 = Installed(.runtime, "php8.1", "8.1.2-1ubuntu2.19")
    static let citrix1912 = Installed(.application, "Citrix Virtual Apps and Desktops 7 1912 LTSR CU8", "1912.0.8000.8")
    static let office2016 = Installed(.office, "Microsoft Office Professional Plus 2016", "16.0.4266.1001")
    static let veeam = Installed(.application, "Veeam Backup & Replication", "12.1.2.172")
    static let oracleForms = Installed(.middleware, "Oracle Application Server 10g (Forms and Reports)", "10.1.2.3.0")
    static let biztalk = Installed(.middleware, "Microsoft BizTalk Server 2016 Enterprise", "3.12.774.0")
    static let configMgr = Installed(.application, "Microsoft Endpoint Configuration Manager", "5.00.9122.1000")
    static let wsus = Installed(.application, "Windows Server Update Services", "6.2.9200.22167")
    static let vcenter = Installed(.application, "VMware vCenter Server", "7.0.3.01700")
    static let zabbix = Installed(.application, "zabbix-server-pgsql", "1:5.0.43-1+bionic")
    static let arcGIS = Installed(.application, "ArcGIS Enterprise", "10.8.1")
    static let businessObjects = Installed(.application, "SAP BusinessObjects BI Platform 4.2 SP7", "14.2.7.3052")
    static let paperCut = Installed(.application, "PaperCut MF", "22.1.4")
    static let wordpress = Installed(.application, "WordPress", "4.9.8")
}
