import TerminalKit
import VardagDomain
import VardagStore

/// The register's Behörigheter tab: every login with its roles and scopes; give a role
/// (`a`) or take one (`d`), as `vardag access grant|revoke` do, each change audited.
struct AccessTab: HostedTab {
    enum Message: Sendable {
        case move(Key), add, revoke
        /// A key or paste while the form or question has focus.
        case input(Event)
    }

    var shared = RegisterShared()
    var table = TableState()
    var grants: [AccessGrant] = []
    var editor: AccessGrantEditor?
    var question: RemoveQuestion<AccessGrant>?

    func tabTitle(_ context: AppContext) -> String { context.strings["register.tab.access"] }

    var isEditingText: Bool { editor != nil || question != nil }

    func inputMessage(for event: Event) -> Message? { .input(event) }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return KeyMap(title: s["register.title"], [
            KeyBinding([.char("a"), .insert], s["access.key.grant"], .add, label: "a", hint: true),
            KeyBinding([.char("d"), .delete], s["access.key.revoke"], .revoke, label: "d", hint: true),
        ] + ListKeys.bindings(rowHelp: s["register.key.move"], pageHelp: s["register.key.page"]) { .move($0) })
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        switch message {
        case .move(let key):
            _ = table.handle(key, rowCount: grants.count, pageSize: RegisterListing.pageSize(context))
        case .add:
            editor = AccessGrantEditor(s)
        case .revoke:
            guard grants.indices.contains(table.selected) else { return .none }
            let grant = grants[table.selected]
            question = RemoveQuestion(target: grant, title: s["access.revoke.title"],
                                      message: s.format("access.revoke.question", grant.login, grant.personName,
                                                        AccessText.role(grant.role, s), AccessText.scope(grant, s)))
        case .input(let event):
            if question != nil { return answer(event, context: context) }
            guard let grant = editor.handle(event, context: context) else { return .none }
            return Effect.reloading(s) { try reload(context: context); select(grant, context: context) }
                .then(.status(s.format("access.granted", grant.login, AccessText.role(grant.role, s))))
        }
        return .none
    }

    /// The answer to "take this role?": yes revokes it.
    private mutating func answer(_ event: Event, context: AppContext) -> Effect {
        let s = context.strings
        guard case .key(let key) = event, let asked = question, let yes = question?.answer(key, strings: s) else { return .none }
        question = nil
        guard yes else { return .none }
        let grant = asked.target
        do {
            try context.store.revokeAccess(login: grant.login, role: grant.role,
                                           scope: grant.scope.map { "\($0.kind.rawValue):\($0.name)" })
        } catch {
            return .error(s.couldNotSave(error))
        }
        return Effect.reloading(s) { try reload(context: context) }
            .then(.status(s.format("access.revoked", grant.login, AccessText.role(grant.role, s))))
    }

    private mutating func select(_ grant: AccessGrant, context: AppContext) {
        if let index = grants.firstIndex(where: { $0.login == grant.login && $0.role == grant.role && $0.scope?.id == grant.scope?.id }) {
            table.select(index, rowCount: grants.count, pageSize: RegisterListing.pageSize(context))
        }
    }

    // MARK: Data

    mutating func reload(context: AppContext) throws {
        grants = try context.store.accessGrants()
        try sizeChanged(context: context)
    }

    mutating func sizeChanged(context: AppContext) throws {
        if table.selected >= grants.count { table.selected = max(0, grants.count - 1) }
        table.offset = TableState.visibleOffset(
            selected: table.selected, offset: table.offset, rowCount: grants.count, height: RegisterListing.pageSize(context))
    }

    // MARK: Render

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let rows = grants
        let widget = Table(columns: [
            TableColumn(s["cli.access.login"], width: .flexible(2)),
            TableColumn(s["cli.access.person"], width: .flexible(2)),
            TableColumn(s["cli.access.role"], width: .flexible(2)),
            TableColumn(s["cli.access.scope"], width: .flexible(3)),
        ], rowCount: rows.count, emptyText: s["cli.access.none"]) { i in
            [rows[i].login, rows[i].personName, AccessText.role(rows[i].role, s), AccessText.scope(rows[i], s)]
        }
        let info = [s.format("register.count", rows.isEmpty ? 0 : table.selected + 1, rows.count), s["access.info"]]
        RegisterListing.render(widget, state: table, info: info, isActive: { _ in true },
                               focused: !isEditingText, into: &buffer, area: area, context: context)
        editor?.render(into: &buffer, area: area, context: context)
        question?.render(into: &buffer, area: area, strings: s)
    }
}
