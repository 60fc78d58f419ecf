/// Products endoflife.date does not track, named so that no later rule matches them to a similar name
/// (`Microsoft 365 Apps` is not Office 2016; `Microsoft Edge` is not Chrome; `Windows Server Update Services` is
/// not Windows Server).
enum NotInCatalogueRule {
    /// Phrases and why they are not matched.
    static let phrases: [(phrase: String, note: String)] = [
        (
            "microsoft 365",
            "Microsoft 365 Apps is a subscription service updated continuously; endoflife.date does not track it"
        ),
        (
            "office 365",
            "Microsoft 365 Apps is a subscription service updated continuously; endoflife.date does not track it"
        ),
        ("microsoft edge", "Microsoft Edge is not in the catalogue"),
        ("edge webview2", "Microsoft Edge WebView2 is not in the catalogue"),
        ("internet information services", "IIS follows the Windows release it ships with; it is not in the catalogue"),
        ("iis", "IIS follows the Windows release it ships with; it is not in the catalogue"),
        ("configuration manager", "Configuration Manager is not in the catalogue"),
        ("system center", "System Center is not in the catalogue"),
        (
            "windows server update services",
            "WSUS follows the Windows Server release it ships with; it is not in the catalogue"
        ),
        ("endpoint configuration manager", "Configuration Manager is not in the catalogue"),
        ("wsus", "WSUS follows the Windows Server release it ships with; it is not in the catalogue"),
        ("hyper v server", "Microsoft Hyper-V Server is not in the catalogue"),
        ("microsoft teams", "Microsoft Teams is not in the catalogue"),
        ("teams machine wide installer", "Microsoft Teams is not in the catalogue"),
        ("onedrive", "OneDrive is not in the catalogue"),
        ("zoom", "Zoom is not in the catalogue"),
        ("adobe acrobat", "Adobe Acrobat and Reader are not in the catalogue"),
        ("acrobat reader", "Adobe Acrobat and Reader are not in the catalogue"),
        ("adobe reader", "Adobe Acrobat and Reader are not in the catalogue"),
        ("cisco asa", "Cisco ASA is not in the catalogue"),
        ("adaptive security appliance", "Cisco ASA is not in the catalogue"),
        ("firepower", "Cisco Firepower is not in the catalogue"),
        ("sophos", "Sophos products are not in the catalogue"),
        ("sap", "SAP applications are not in the catalogue (SapMachine is the only SAP product)"),
        ("vmware tools", "VMware Tools is not in the catalogue"),
        ("open vm tools", "open-vm-tools is not in the catalogue"),
        (
            "ansible core",
            "ansible-core is a separate product from the Ansible community package and is not in the catalogue"
        ),
        ("openssh", "OpenSSH is not in the catalogue"),
        ("visual studio code", "Visual Studio Code is not in the catalogue"),
        ("visual c++", "Visual C++ redistributables are not in the catalogue"),
        ("c++ redistributable", "Visual C++ redistributables are not in the catalogue"),
    ]

    /// Refuses a string that starts with one of ``phrases`` (after `Microsoft`), so that `Veeam Backup for
    /// Microsoft 365` is still free to match.
    static func match(_ input: MatchInput) -> RuleVerdict? {
        for (phrase, note) in phrases
        where input.text.rest(after: [phrase]) != nil
            || input.text.rest(after: [phrase], skipping: ["microsoft", "the"]) != nil
        {
            return .refused(note: note)
        }
        return nil
    }
}
