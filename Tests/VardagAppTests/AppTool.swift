@testable import VardagApp

/// A tool the main menu opens (or the audit trail, which `g` opens), for tests that
/// start at a tool's first screen.
///
/// The one place that knows how a test reaches a tool: tests say `app.open(.workload)`
/// and neither the menu's order nor its keys are written into any of them.
enum AppTool: CaseIterable, Sendable {
    case workload, dialogue, shadowing, competence, register, report, audit

    /// The tool's first screen, as the main menu pushes it.
    var screen: any Screen {
        switch self {
        case .workload: return WorkloadScreen()
        case .dialogue: return DialogueScreen()
        case .shadowing: return ShadowingScreen()
        case .competence: return CompetenceScreen()
        case .register: return RegisterScreen()
        case .report: return ReportScreen()
        case .audit: return AuditScreen()
        }
    }
}
