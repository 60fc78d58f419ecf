/// Sorts installed packages and programs into Estate's component kinds, so that the lifecycle and debt
/// analyses find the databases, web servers and runtimes among thousands of libraries.
enum PackageKinds {
    /// Name stems, lower-case, in the order they are tried.
    static let stems: [(String, ComponentKind)] = [
        ("microsoft sql server", .database), ("sql server", .database), ("postgresql", .database),
        ("mysql-server", .database), ("mysql server", .database), ("mariadb-server", .database),
        ("mariadb server", .database), ("mongodb", .database), ("redis-server", .database),
        ("oracle database", .database), ("db2", .database), ("mssql-server", .database),
        ("apache2", .middleware), ("apache tomcat", .middleware), ("apache http server", .middleware),
        ("httpd", .middleware), ("nginx", .middleware), ("tomcat", .middleware),
        ("internet information services", .middleware), ("iis", .middleware), ("jboss", .middleware),
        ("wildfly", .middleware), ("weblogic", .middleware), ("websphere", .middleware), ("haproxy", .middleware),
        ("rabbitmq", .middleware), ("activemq", .middleware), ("kafka", .middleware),
        ("openjdk", .runtime), ("java", .runtime), ("jre", .runtime), ("jdk", .runtime), ("temurin", .runtime),
        ("python", .runtime), ("nodejs", .runtime), ("node.js", .runtime), ("php", .runtime), ("ruby", .runtime),
        ("dotnet", .runtime), ("microsoft .net", .runtime), ("microsoft asp.net", .runtime),
        ("microsoft visual c++", .runtime), ("perl", .runtime), ("golang", .runtime),
        ("firefox", .browser), ("mozilla firefox", .browser), ("google chrome", .browser),
        ("google-chrome", .browser), ("chromium", .browser), ("microsoft edge", .browser),
        ("microsoft office", .office), ("microsoft 365", .office), ("libreoffice", .office),
        ("openoffice", .office),
    ]

    /// Suffixes that make a package a part of a product rather than the product (`postgresql-client-14`).
    static let partWords = ["-client", "-common", "-doc", "-dev", "-devel", "-libs", "-data", "-contrib"]

    /// The kind of a package or program named `name`; `.application` when no stem matches.
    static func kind(of name: String) -> ComponentKind {
        let lower = name.lowercased()
        if lower.hasPrefix("lib") && !lower.hasPrefix("libreoffice") { return .application }
        if partWords.contains(where: { lower.contains($0) }) { return .application }
        for (stem, kind) in stems where starts(lower, with: stem) { return kind }
        return .application
    }

    /// Whether `name` is `stem` or starts with it followed by something that is not a letter.
    static func starts(_ name: String, with stem: String) -> Bool {
        guard name.hasPrefix(stem) else { return false }
        let rest = name.dropFirst(stem.count)
        guard let next = rest.first else { return true }
        return !next.isLetter
    }
}
