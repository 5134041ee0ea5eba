import TerminalKit
import VardagDomain
import VardagStore

/// The form that gives a login a role: login, person, role and scope, as `vardag access grant` takes them.
struct AccessGrantEditor: FormEditor {
    var form: FormState

    /// An empty form, the role on medarbetare.
    init(_ s: Strings) {
        form = FormState(fields: [
            .text("login", label: s["access.field.login"], maxLength: AccessLogin.maxLength),
            .text("person", label: s["access.field.person"], maxLength: 100),
            .choice("role", label: s["access.field.role"], options: AccessRole.allCases.map { AccessText.role($0, s) }),
            .text("scope", label: s["access.field.scope"], maxLength: 200),
        ])
    }

    /// The role chosen.
    var role: AccessRole {
        let index = form.fields[form.index(of: "role") ?? 2].selectedOption ?? 0
        return AccessRole.allCases[index]
    }

    mutating func save(context: AppContext) throws -> AccessGrant {
        try context.store.grantAccess(login: form.value(of: "login").trimmingCharacters(in: .whitespaces),
                                      personName: form.value(of: "person"), role: role, scope: form.value(of: "scope"))
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let kind = role.scopeKind.map { s.format("access.form.scopeKind", $0.rawValue) } ?? s["access.form.noScope"]
        FormBox(title: s["access.form.title"], hint: s["register.form.hint"], intro: kind, fitsContent: true)
            .render(form, into: &buffer, area: area, context: context)
    }
}
