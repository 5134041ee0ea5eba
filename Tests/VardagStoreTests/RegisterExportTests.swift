import Foundation
import TestSupport
import VardagDomain
import VardagStore
import XCTest

final class RegisterExportTests: XCTestCase {
    private func makeRegister(_ db: AppDatabase) throws {
        let kommun = try db.addKommun(name: "Åsele")
        let enhet = try db.addEnhet(kommunId: kommun.id, name: "Hemtjänst Öst", omrade: .vardOchOmsorg)
        let team = try db.addTeam(enhetId: enhet.id, name: "Grupp Ängen")
        try db.addMedarbetare(MedarbetareDraft(
            teamId: team.id, name: #"Anna "Ankan" Öberg"#, title: "Undersköterska; natt",
            role: .teamledare, startDate: "2019-08-15"))
        let gone = try db.addMedarbetare(MedarbetareDraft(
            teamId: team.id, name: "Örjan Åberg", title: "Vårdbiträde", role: .medarbetare, startDate: "2021-03-01"))
        try db.deactivateMedarbetare(id: gone.id)
        try db.addMedarbetare(MedarbetareDraft(
            teamId: team.id, name: "=Bengt", title: "Stödassistent", role: .vagledare, startDate: "2020-01-01"))
    }

    func testCSVIsExactSwedishExcelFormat() throws {
        let temp = try TemporaryDatabase()
        let db = try temp.open()
        try makeRegister(db)
        let data = try RegisterExport.data(from: db, format: .csv)
        let expected = "\u{FEFF}"
            + "Kommun;Enhet;Verksamhetsområde;Team;Namn;Titel;Roll;Startdatum;Aktiv\r\n"
            + "Åsele;Hemtjänst Öst;Vård och omsorg;Grupp Ängen;'=Bengt;Stödassistent;Vägledare;2020-01-01;Ja\r\n"
            + "Åsele;Hemtjänst Öst;Vård och omsorg;Grupp Ängen;\"Anna \"\"Ankan\"\" Öberg\";\"Undersköterska; natt\";Teamledare;2019-08-15;Ja\r\n"
            + "Åsele;Hemtjänst Öst;Vård och omsorg;Grupp Ängen;Örjan Åberg;Vårdbiträde;Medarbetare;2021-03-01;Nej\r\n"
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), expected)
        XCTAssertEqual(data, Data(expected.utf8))
    }

    func testJSONParsesBack() throws {
        let temp = try TemporaryDatabase()
        let db = try temp.open()
        try makeRegister(db)
        let data = try RegisterExport.data(from: db, format: .json)
        let rows = try JSONDecoder().decode([RegisterExportRow].self, from: data)
        XCTAssertEqual(rows.map(\.namn), ["=Bengt", #"Anna "Ankan" Öberg"#, "Örjan Åberg"])
        XCTAssertEqual(rows[1], RegisterExportRow(
            kommun: "Åsele", enhet: "Hemtjänst Öst", omrade: "vard_och_omsorg", team: "Grupp Ängen",
            namn: #"Anna "Ankan" Öberg"#, titel: "Undersköterska; natt", roll: "teamledare",
            startdatum: "2019-08-15", aktiv: true))
        XCTAssertEqual(rows[2].aktiv, false)
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains("\"namn\" : \"Örjan Åberg\""), "not UTF-8 text with sorted pretty keys:\n\(text)")
        XCTAssertLessThan(try XCTUnwrap(text.range(of: "\"aktiv\"")).lowerBound,
                          try XCTUnwrap(text.range(of: "\"enhet\"")).lowerBound)
    }

    func testFileIsCreatedOwnerOnly() throws {
        let temp = try TemporaryDatabase()
        let db = try temp.open()
        try makeRegister(db)
        let path = temp.directory.appendingPathComponent("register.csv").path
        FileManager.default.createFile(atPath: path, contents: Data("old old old old old".utf8),
                                       attributes: [.posixPermissions: 0o644])
        try RegisterExport.write(from: db, format: .csv, to: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), try RegisterExport.data(from: db, format: .csv))
    }

    func testTerminalSafeTextLosesControlsAndBidiButKeepsLinesAndSwedish() {
        let hostile = "Namn;Titel\r\n\u{1b}]0;pwned\u{7}Åsa;\u{1b}[2JÖberg\t\u{9b}31m\u{202e}x\u{0}\r\n"
        let safe = String(decoding: ExportWriter.terminalSafe(Data(hostile.utf8)), as: UTF8.self)
        XCTAssertEqual(safe, "Namn;Titel\r\n]0;pwnedÅsa;[2JÖberg\t31mx\r\n")
        let plain = Data("\u{FEFF}Kommun;Enhet\r\nÅsbro;Hemtjänst\r\n".utf8)
        XCTAssertEqual(ExportWriter.terminalSafe(plain), plain)
    }
}
