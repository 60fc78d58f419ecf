/// Windows `systeminfo` output: the list form (`systeminfo > HOST.systeminfo.txt`) or the CSV form
/// (`systeminfo /fo csv`, one row per machine, also for several machines with `/s`), in English, German,
/// French, Spanish, Italian, Dutch, Polish, Portuguese or Swedish.
///
/// Captions are matched without their accented letters, so a file saved in the console's code page (where
/// `Domäne` comes out as `Dom„ne`) reads as well as a UTF-8 or UTF-16 one. Read: host name, OS name and
/// version, system manufacturer and model, BIOS version and total physical memory. systeminfo gives no serial
/// number or MAC address, so it merges with other sources by hostname.
enum SysteminfoImporter {
    /// What a caption means.
    enum Caption: Sendable {
        case hostname, osName, osVersion, manufacturer, model, bios, memory, domain
    }

    /// Captions by folded text (accented letters dropped, as ``HeaderKey/fold(_:)`` does).
    static let captions: [String: Caption] = {
        let table: [(Caption, [String])] = [
            (
                .hostname,
                [
                    "Host Name", "Hostname", "Nom de l'hôte", "Nombre de host", "Nome host", "Hostnaam", "Nazwa hosta",
                    "Nome do host", "Värdnamn",
                ]
            ),
            (
                .osName,
                [
                    "OS Name", "Betriebssystemname", "Nom du système d'exploitation", "Nombre del sistema operativo",
                    "Nombre de SO", "Nome SO", "Nome del sistema operativo", "Naam van besturingssysteem",
                    "Nazwa systemu operacyjnego", "Nome do sistema operacional", "OS-namn",
                ]
            ),
            (
                .osVersion,
                [
                    "OS Version", "Betriebssystemversion", "Version du système", "Versión del sistema operativo",
                    "Versión de SO", "Versione SO", "Versione del sistema operativo", "Versie van besturingssysteem",
                    "Wersja systemu operacyjnego", "Versão do sistema operacional", "OS-version",
                ]
            ),
            (
                .manufacturer,
                [
                    "System Manufacturer", "Systemhersteller", "Fabricant du système", "Fabricante del sistema",
                    "Produttore sistema", "Fabrikant van systeem", "Producent systemu", "Fabricante do sistema",
                    "Systemtillverkare",
                ]
            ),
            (
                .model,
                [
                    "System Model", "Systemmodell", "Modèle du système", "Modelo el sistema", "Modelo del sistema",
                    "Modello sistema", "Systeemmodel", "Model van systeem", "Model systemu", "Modelo do sistema",
                ]
            ),
            (
                .bios,
                [
                    "BIOS Version", "BIOS-Version", "Version du BIOS", "Versión del BIOS", "Versión de BIOS",
                    "Versione BIOS", "BIOS-versie", "Wersja systemu BIOS", "Versão do BIOS",
                ]
            ),
            (
                .memory,
                [
                    "Total Physical Memory", "Gesamter physischer Speicher", "Mémoire physique totale",
                    "Cantidad total de memoria física", "Memoria física total", "Memoria fisica totale",
                    "Totaal fysiek geheugen", "Całkowita ilość pamięci fizycznej", "Memória física total",
                    "Totalt fysiskt minne",
                ]
            ),
            (.domain, ["Domain", "Domäne", "Domaine", "Dominio", "Domein", "Domena", "Domínio", "Domän"]),
        ]
        var result: [String: Caption] = [:]
        for (caption, texts) in table { for text in texts { result[HeaderKey.fold(text)] = caption } }
        return result
    }()

    /// How many known captions a list of texts holds, for format detection.
    static func knownCaptionCount(_ texts: [String]) -> Int {
        Set(texts.compactMap { captions[HeaderKey.fold($0)].map { "\($0)" } }).count
    }

    static func read(_ file: InputFile) throws -> ImportBatch {
        let lines = TextLines.split(file.data)
        let firstLine = lines.first { !TextLines.trimmed($0).isEmpty } ?? ""
        if firstLine.hasPrefix("\"") { return try readCSV(file) }
        var values: [Caption: String] = [:]
        var firstCaptionLine = 1
        for (index, line) in lines.enumerated() {
            guard let first = line.first, first != " ", first != "\t", let (key, value) = TextLines.keyValue(line),
                let caption = captions[HeaderKey.fold(key)]
            else { continue }
            if values.isEmpty { firstCaptionLine = index + 1 }
            if values[caption] == nil { values[caption] = value }
        }
        guard values[.hostname] != nil || values[.osName] != nil else {
            throw IngestError(
                file: file.path, line: 1,
                message: "expected systeminfo output with a Host Name line (in any language Estate knows), found none")
        }
        var batch = ImportBatch()
        if let host = host(
            values, file: file, line: firstCaptionLine, raw: { lines.joined(separator: "\n") }, batch: &batch)
        {
            batch.hosts.append(host)
        }
        return batch
    }

    /// `systeminfo /fo csv`: a header of captions, then one machine per row.
    static func readCSV(_ file: InputFile) throws -> ImportBatch {
        var batch = ImportBatch()
        var header: [Caption?]?
        let reader = CSVReader(data: file.data)
        reader.forEachRecord { record in
            guard let columns = header else {
                header = record.fields.map { captions[HeaderKey.fold($0)] }
                return
            }
            if let problem = record.problem {
                batch.rejects.append(
                    Reject(
                        file: file.path, line: record.line, column: problem.column, reason: problem.message,
                        raw: reader.rawText(of: record)))
                return
            }
            var values: [Caption: String] = [:]
            for (caption, value) in zip(columns, record.fields) {
                if let caption, values[caption] == nil { values[caption] = value }
            }
            if let host = host(
                values, file: file, line: record.line, raw: { reader.rawText(of: record) }, batch: &batch)
            {
                batch.hosts.append(host)
            }
        }
        return batch
    }

    static func host(
        _ values: [Caption: String], file: InputFile, line: Int, raw: () -> String, batch: inout ImportBatch
    ) -> HostRecord? {
        guard let hostname = HostIdentity.clean(values[.hostname]) else {
            batch.rejects.append(
                Reject(
                    file: file.path, line: line, field: "Host Name", reason: "a host name is required, found nothing",
                    raw: raw()))
            return nil
        }
        var host = HostRecord(line: line)
        host.asset.hostname = hostname
        host.asset.osName = HostIdentity.clean(values[.osName])
        host.asset.osVersion = values[.osVersion].flatMap { $0.split(separator: " ").first.map(String.init) }
        host.asset.manufacturer = HostIdentity.clean(values[.manufacturer])
        host.asset.model = HostIdentity.clean(values[.model])
        if let memory = values[.memory], let megabytes = HostIdentity.digits(memory) {
            host.asset.memoryBytes = HostQuantities.bytes(megabytes, shift: 20)
        }
        let hypervisor = Virtualisation.hypervisor(vendor: host.asset.manufacturer, product: host.asset.model)
        host.asset.isVirtual = hypervisor != nil
        host.asset.hosting = Virtualisation.hosting(ofHypervisor: hypervisor)
        host.asset.assetClass = AssetClassGuess.fromHost(
            model: host.asset.model, osName: host.asset.osName, isVirtual: host.asset.isVirtual)
        host.install(.operatingSystem, host.asset.osName, version: host.asset.osVersion)
        host.install(.firmware, "BIOS", version: values[.bios])
        return host
    }
}
