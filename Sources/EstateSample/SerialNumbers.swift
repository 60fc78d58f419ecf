import EstateCore

/// Serial numbers in each manufacturer's own shape, so that they look like the ones on real labels.
enum SerialNumbers {
    static func make(_ style: DeviceModel.SerialStyle, purchased: LocalDate, using random: inout SampleRandom) -> String
    {
        switch style {
        case .dell:
            return random.characters(7, from: Alphabet.dellTag)
        case .hp(let prefix):
            // Site code, last digit of the year, week, unit.
            let week = DeviceGenerator.padded(1 + random.below(52), 2)
            return prefix + String(purchased.year % 10) + week + random.characters(4, from: Alphabet.upperAlphanumeric)
        case .lenovo(let prefix):
            return prefix + random.characters(6, from: Alphabet.upperAlphanumeric)
        case .surface:
            return random.characters(12, from: Alphabet.digits)
        case .apple:
            // Apple moved from 12-character structured serials to 10 random characters in 2021.
            return random.characters(purchased.year >= 2021 ? 10 : 12, from: Alphabet.upperAlphanumeric)
        case .samsung:
            return "R5" + random.characters(1, from: "89CDGJKLMNPRTVWXY")
                + random.characters(8, from: Alphabet.upperAlphanumeric)
        case .iiyama:
            return "11" + random.characters(11, from: Alphabet.digits)
        case .dellMonitor:
            return "CN-0" + random.characters(5, from: Alphabet.upperAlphanumeric) + "-"
                + random.characters(5, from: Alphabet.upperAlphanumeric)
                + "-" + random.characters(3, from: Alphabet.upperAlphanumeric) + "-"
                + random.characters(4, from: Alphabet.upperAlphanumeric)
        case .ricoh:
            return "C" + random.characters(2, from: "78") + random.characters(7, from: Alphabet.digits)
        case .canon:
            return random.characters(3, from: "ABCDEFGHJKLMNPRSTUVWXYZ") + random.characters(5, from: Alphabet.digits)
        case .hpPrinter:
            return "PHB" + random.characters(2, from: Alphabet.upperAlphanumeric)
                + random.characters(5, from: Alphabet.digits)
        }
    }

    /// A VMware virtual machine's BIOS serial: `VMware-42 1e 5c ...-6d 7e ...`.
    static func vmware(using random: inout SampleRandom) -> String {
        var out = "VMware-42"
        for index in 1..<16 {
            out += index == 8 ? "-" : " "
            out += random.characters(2, from: Alphabet.hex)
        }
        return out
    }

    /// A Hyper-V or Azure virtual machine's BIOS serial: `1234-5678-9012-3456-7890-1234-56`.
    static func hyperV(using random: inout SampleRandom) -> String {
        (0..<6).map { _ in random.characters(4, from: Alphabet.digits) }.joined(separator: "-") + "-"
            + random.characters(2, from: Alphabet.digits)
    }

    /// An EC2 instance's system UUID, which starts `ec2`.
    static func ec2(using random: inout SampleRandom) -> String {
        "ec2" + random.characters(5, from: Alphabet.hex) + "-" + random.characters(4, from: Alphabet.hex) + "-"
            + random.characters(4, from: Alphabet.hex) + "-" + random.characters(4, from: Alphabet.hex) + "-"
            + random.characters(12, from: Alphabet.hex)
    }
}
