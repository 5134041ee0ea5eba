/// The register: staff, kommuner, enheter and teams; list, add, edit, deactivate.
///
/// A tab host with the staff list (`StaffTab`), the three lists of the organisation tree
/// (`RegisterTreeTab`), sharing whether inactive rows are listed, and the logins (`AccessTab`).
public typealias RegisterScreen = TabScreen<RegisterShared>

extension TabScreen where Shared == RegisterShared {
    /// The register's screen, opened on a tab.
    public init(tab: RegisterTab = .staff) {
        self.init(TabHost(
            titleKey: "register.title", shared: RegisterShared(),
            tabs: [StaffTab(), RegisterTreeTab(kind: .kommun), RegisterTreeTab(kind: .enhet), RegisterTreeTab(kind: .team), AccessTab()],
            selected: tab.rawValue, tabKeyHelp: ("register.key.tab", "register.key.prevTab"), tabKeyPosition: 3))
    }
}
