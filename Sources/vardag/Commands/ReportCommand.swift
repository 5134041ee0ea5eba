import ArgumentParser
import VardagCommandLine

/// `vardag report <which>`: writes a report as one self-contained HTML page, or as PDF.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: HelpText.text("Skriver en rapport som en fristående HTML-sida (diagram som SVG, utskrift på A4) eller PDF.",
                                en: "Writes a report as one self-contained HTML page (charts as SVG, prints on A4) or PDF."),
        subcommands: [ReportNamndCommand.self, ReportDialogueYearCommand.self, ReportLoopCommand.self, ReportTalkSheetCommand.self,
                      ReportParticipantCommand.self, ReportCompetencePlanCommand.self])
}
