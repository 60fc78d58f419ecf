/// Turns one record's cells into a model value, or the problems that stop it.
enum RecordBuilders {
    static func asset(_ cells: inout FieldReader<AssetField>) -> Asset? {
        let id = cells.text(.id) ?? fallbackId(cells)
        if id == nil {
            let wanted =
                cells.layout.column(of: .id) == nil ? "an asset tag, hostname or serial number" : "an asset tag"
            cells.report(.id, "\(wanted) is required, found nothing")
        }
        let rawClass = cells.text(.assetClass)
        let assetClass = cells.word(.assetClass, as: AssetClass.self)
        if rawClass == nil {
            cells.report(.assetClass, "a class is required (\(AssetClass.expectedList)), found nothing")
        }
        let asset = Asset(
            id: id ?? "", hostname: cells.text(.hostname), assetClass: assetClass ?? .other,
            manufacturer: cells.text(.manufacturer), model: cells.text(.model), serial: cells.text(.serial),
            site: cells.text(.site), department: cells.text(.department), purchaseDate: cells.date(.purchaseDate),
            purchaseCost: cells.money(.purchaseCost), warrantyEnd: cells.date(.warrantyEnd),
            osName: cells.text(.osName),
            osVersion: cells.text(.osVersion), cpu: cells.text(.cpu), cores: cells.integer(.cores),
            memoryBytes: cells.size(.memory, convention: .memory),
            storageBytes: cells.size(.storage, convention: .storage),
            tpmVersion: cells.text(.tpm), lastSeen: cells.date(.lastSeen),
            hosting: cells.word(.hosting, as: AssetHosting.self),
            isVirtual: cells.bool(.isVirtual), hostId: cells.text(.hostId),
            status: cells.word(.status, as: AssetStatus.self))
        if let cost = asset.purchaseCost, cost.pence < 0 {
            cells.report(.purchaseCost, "expected a purchase cost of £0 or more, found \(cost)")
        }
        if let cores = asset.cores, cores < 0 {
            cells.report(.cores, "expected a number of cores of 0 or more, found \(cores)")
        }
        if let purchased = asset.purchaseDate, let warranty = asset.warrantyEnd, warranty < purchased {
            cells.report(
                .warrantyEnd, "expected a warranty end on or after the purchase date \(purchased), found \(warranty)")
        }
        return cells.problems.isEmpty ? asset : nil
    }

    /// A scan or tool export may have no asset tag: the hostname, then the serial number, stand in.
    private static func fallbackId(_ cells: FieldReader<AssetField>) -> String? {
        guard cells.layout.column(of: .id) == nil else { return nil }
        return cells.text(.hostname) ?? cells.text(.serial)
    }

    static func system(_ cells: inout FieldReader<SystemField>) -> System? {
        let name = cells.required(.name)
        let id = cells.text(.id) ?? (cells.layout.column(of: .id) == nil ? name : nil)
        if id == nil { cells.report(.id, "a system id is required, found nothing") }
        let system = System(
            id: id ?? "", name: name ?? "", vendor: cells.text(.vendor), product: cells.text(.product),
            version: cells.text(.version), capability: cells.text(.capability).map(capabilityToken),
            department: cells.text(.department), users: cells.integer(.users),
            hosting: cells.word(.hosting, as: SystemHosting.self), client: cells.word(.client, as: ClientType.self),
            customisation: cells.word(.customisation, as: Customisation.self),
            criticality: cells.word(.criticality, as: Criticality.self),
            dataClassification: cells.word(.dataClassification, as: DataClassification.self),
            integrations: cells.list(.integrations), annualCost: cells.money(.annualCost),
            contractEnd: cells.date(.contractEnd), assetIds: cells.list(.assetIds),
            vendorOffersSaaS: cells.bool(.vendorOffersSaaS))
        if let users = system.users, users < 0 { cells.report(.users, "expected 0 or more users, found \(users)") }
        return cells.problems.isEmpty ? system : nil
    }

    /// A component; with `subjectOptional`, the caller supplies the subject (a component nested in an asset).
    static func component(_ cells: inout FieldReader<ComponentField>, subjectOptional: Bool = false) -> Component? {
        var subject: Component.Subject?
        var subjectId: String?
        if let assetId = cells.text(.assetId) {
            (subject, subjectId) = (.asset, assetId)
        } else if let systemId = cells.text(.systemId) {
            (subject, subjectId) = (.system, systemId)
        } else {
            subjectId = cells.text(.subjectId)
            if let word = cells.text(.subject) {
                subject = Component.Subject(rawValue: HeaderKey.fold(word))
                if subject == nil { cells.report(.subject, "expected asset or system, found \"\(word)\"") }
            } else {
                subject = .asset
            }
        }
        if subjectOptional, subjectId == nil { (subject, subjectId) = (.asset, "") }
        if subjectId == nil {
            cells.report(.subjectId, "the asset or system the component belongs to is required, found nothing")
        }
        let product = cells.required(.product)
        let kind = cells.word(.kind, as: ComponentKind.self) ?? .other
        guard cells.problems.isEmpty, let subject, let subjectId, let product else { return nil }
        return Component(
            subject: subject, subjectId: subjectId, kind: kind, product: product, version: cells.text(.version))
    }

    /// `Revenues & Benefits` → `revenues-benefits`: capabilities compare as lower-case hyphenated tokens.
    static func capabilityToken(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else if scalar != "'" && scalar != "\u{2019}" {
                pendingHyphen = true
            }
        }
        return out
    }
}
