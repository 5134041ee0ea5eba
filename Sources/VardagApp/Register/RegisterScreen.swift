/// The register: staff, kommuner, enheter and teams; list, add, edit, deactivate.
///
/// A tab host with the staff list and the three lists of the organisation tree.
enum RegisterScreen {
    /// The register's screen, opened on a tab.
    static func make(tab: RegisterTab = .staff) -> TabHost<RegisterShared> {
        TabHost(
            titleKey: "register.title", shared: RegisterShared(),
            tabs: [StaffTab(), RegisterTreeTab(kind: .kommun), RegisterTreeTab(kind: .enhet), RegisterTreeTab(kind: .team)],
            selected: tab.rawValue, tabKeyHelp: ("register.key.tab", "register.key.prevTab"), tabKeyPosition: 3)
    }
}
