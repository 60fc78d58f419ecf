import Foundation

extension IngestSession {
    /// Reads Estate's own JSON format:
    ///
    /// ```json
    /// { "estate_format": 1,
    ///   "assets": [ { "id": "LT-0001", "class": "laptop", "purchase_date": "2021-04-12",
    ///                 "components": [ { "kind": "office-suite", "product": "Microsoft 365 Apps", "version": "2408" } ] } ],
    ///   "systems": [ { "id": "SYS-HOU", "name": "Housing", "runs_on": ["SRV-012"] } ],
    ///   "components": [ { "asset_id": "SRV-012", "kind": "database", "product": "Microsoft SQL Server 2016", "version": "13.0.5026.0" } ] }
    /// ```
    /// Keys are the CSV fields' names (and their synonyms); values are the same texts a CSV cell
    /// holds, or JSON numbers and booleans, or arrays for list fields. A top-level array is a list of assets.
    mutating func readEstateJSON<Sink: IngestSink>(
        _ file: InputFile, source: Int64, counts: inout Counts, sink: inout Sink
    ) throws -> [String] {
        let root: JSONNode
        do {
            root = try JSONParser().parse(file.data)
        } catch let error as JSONSyntaxError {
            throw IngestError(
                file: file.path, line: error.position.line, column: error.position.column, message: error.reason)
        }
        var unknownKeys = Set<String>()
        var assets: [JSONNode] = []
        var systems: [JSONNode] = []
        var components: [JSONNode] = []
        if let elements = root.arrayValue {
            assets = elements
        } else if let members = root.objectMembers {
            for member in members {
                switch member.key {
                case "assets", "systems", "components":
                    guard let elements = member.value.arrayValue else {
                        throw IngestError(
                            file: file.path, line: member.value.position.line, column: member.value.position.column,
                            message:
                                "\(member.key): expected an array of objects, found \(member.value.value.kindDescription)"
                        )
                    }
                    if member.key == "assets" { assets += elements }
                    if member.key == "systems" { systems += elements }
                    if member.key == "components" { components += elements }
                case "estate_format", "organisation", "generated_by", "generated_at": continue
                default: unknownKeys.insert(member.key)
                }
            }
        } else {
            throw IngestError(
                file: file.path, line: root.position.line, column: root.position.column,
                message:
                    "expected an Estate JSON object with assets, systems or components, found \(root.value.kindDescription)"
            )
        }
        let json = JSONRecords(file: file, mapping: mapping)
        for element in assets {
            try json.read(
                element, AssetField.self, path: "assets", unknownKeys: &unknownKeys, build: RecordBuilders.asset
            ) { result in
                switch result {
                case .record(let asset, let line, let bytes):
                    try accept(
                        asset: asset, file: file.path, line: line, raw: file.text(bytes), source: source,
                        counts: &counts, sink: &sink)
                    try readNested(
                        element, subject: .asset, id: asset.id, json: json, source: source, counts: &counts, sink: &sink
                    )
                case .reject(let bad): try Self.reject(bad, source: source, counts: &counts, sink: &sink)
                }
            }
        }
        for element in systems {
            try json.read(
                element, SystemField.self, path: "systems", unknownKeys: &unknownKeys, build: RecordBuilders.system
            ) { result in
                switch result {
                case .record(let system, let line, let bytes):
                    try accept(
                        system: system, file: file.path, line: line, raw: file.text(bytes), source: source,
                        counts: &counts, sink: &sink)
                    try readNested(
                        element, subject: .system, id: system.id, json: json, source: source, counts: &counts,
                        sink: &sink)
                case .reject(let bad): try Self.reject(bad, source: source, counts: &counts, sink: &sink)
                }
            }
        }
        for element in components {
            try readComponent(
                element, json: json, forced: nil, source: source, counts: &counts, sink: &sink,
                unknownKeys: &unknownKeys)
        }
        return unknownKeys.isEmpty ? [] : ["keys not read: \(unknownKeys.sorted().joined(separator: ", "))"]
    }

    /// Components nested in an asset or system object belong to it.
    private func readNested<Sink: IngestSink>(
        _ element: JSONNode, subject: Component.Subject, id: String, json: JSONRecords, source: Int64,
        counts: inout Counts,
        sink: inout Sink
    ) throws {
        guard let nested = element["components"]?.arrayValue else { return }
        var ignored = Set<String>()
        for node in nested {
            try readComponent(
                node, json: json, forced: (subject, id), source: source, counts: &counts, sink: &sink,
                unknownKeys: &ignored)
        }
    }

    private func readComponent<Sink: IngestSink>(
        _ node: JSONNode, json: JSONRecords, forced: (Component.Subject, String)?, source: Int64, counts: inout Counts,
        sink: inout Sink, unknownKeys: inout Set<String>
    ) throws {
        try json.read(node, ComponentField.self, path: "components", unknownKeys: &unknownKeys) {
            (cells: inout FieldReader<ComponentField>) -> Component? in
            guard var component = RecordBuilders.component(&cells, subjectOptional: forced != nil) else { return nil }
            if let (subject, id) = forced { (component.subject, component.subjectId) = (subject, id) }
            return component
        } handle: { result in
            switch result {
            case .record(let component, let line, _):
                try sink.add(component, source: source, line: line)
                counts.accepted += 1
            case .reject(let bad): try Self.reject(bad, source: source, counts: &counts, sink: &sink)
            }
        }
    }
}

/// Turns JSON objects into the cells the record builders read.
struct JSONRecords {
    let file: InputFile
    let mapping: HeaderMapping

    func read<Field: InventoryField, Value>(
        _ node: JSONNode, _: Field.Type, path: String, unknownKeys: inout Set<String>,
        build: (inout FieldReader<Field>) -> Value?, handle: (IngestSession.Item<Value>) throws -> Void
    ) throws {
        let line = node.position.line
        guard let members = node.objectMembers else {
            try handle(
                .reject(
                    Reject(
                        file: file.path, line: line, column: node.position.column,
                        reason: "\(path): expected an object, found \(node.value.kindDescription)",
                        raw: file.text(node.byteRange))))
            return
        }
        let kept = members.filter { $0.key != "components" }
        let layout = FieldLayout<Field>(headers: kept.map(\.key), mapping: mapping)
        unknownKeys.formUnion(layout.unknownHeaders)
        var problems: [FieldProblem] = []
        let values = kept.map { member -> String in
            if let text = member.value.textForField { return text }
            if !member.value.isNull && !(member.value.arrayValue?.isEmpty ?? false) {
                problems.append(
                    FieldProblem(
                        line: member.value.position.line, column: member.value.position.column, header: member.key,
                        message:
                            "expected text, a number, true/false or a list of them, found \(member.value.value.kindDescription)"
                    ))
            }
            return ""
        }
        var cells = FieldReader(
            layout: layout, values: values, columns: kept.map { $0.value.position.column },
            lines: kept.map { $0.value.position.line })
        let value = build(&cells)
        problems += cells.problems
        if let value, problems.isEmpty {
            try handle(.record(value, line: line, bytes: node.byteRange))
        } else {
            try handle(.reject(problems.reject(file: file.path, line: line, raw: file.text(node.byteRange))))
        }
    }
}
