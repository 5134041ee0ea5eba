import Foundation
import TestSupport
import VardagDomain
import VardagStore
import XCTest

final class StaffListTests: XCTestCase {
    func testWindowsAreTheRightSlicesOfTheSortedList() throws {
        let temp = try TemporaryDatabase()
        let db = try temp.open()
        let kommun = try db.addKommun(name: "Åsele")
        let enhet = try db.addEnhet(kommunId: kommun.id, name: "Hemtjänst", omrade: .vardOchOmsorg)
        let teamA = try db.addTeam(enhetId: enhet.id, name: "A-laget")
        let teamB = try db.addTeam(enhetId: enhet.id, name: "B-laget")
        let names = ["Örjan", "Åsa", "Ärla", "Zelda", "Anna", "Bo", "Émile", "Cecilia", "David", "Elin"]
        for (index, name) in names.enumerated() {
            try db.addMedarbetare(
                teamId: index.isMultiple(of: 2) ? teamA.id : teamB.id, name: name,
                title: index < 5 ? "Vårdbiträde" : "Undersköterska", role: .medarbetare,
                startDate: try LocalDate.parse("2020-01-01"))
        }
        let sorted = ["Anna", "Bo", "Cecilia", "David", "Elin", "Émile", "Zelda", "Åsa", "Ärla", "Örjan"]
        XCTAssertEqual(try db.staffCount(), 10)
        XCTAssertEqual(try db.staff(offset: 0, limit: 4).map(\.name), Array(sorted[0..<4]))
        XCTAssertEqual(try db.staff(offset: 4, limit: 4).map(\.name), Array(sorted[4..<8]))
        XCTAssertEqual(try db.staff(offset: 8, limit: 4).map(\.name), Array(sorted[8..<10]))
        XCTAssertEqual(try db.staff(offset: 10, limit: 4), [])

        let byTeam = try db.staff(offset: 0, limit: 10, sort: .team)
        XCTAssertEqual(byTeam.map(\.teamName), Array(repeating: "A-laget", count: 5) + Array(repeating: "B-laget", count: 5))
        XCTAssertEqual(byTeam.prefix(5).map(\.name), ["Anna", "David", "Émile", "Ärla", "Örjan"])
        let byTitle = try db.staff(offset: 0, limit: 10, sort: .title)
        XCTAssertEqual(byTitle.first?.title, "Undersköterska")
        XCTAssertEqual(byTitle.last?.title, "Vårdbiträde")

        let row = try XCTUnwrap(byTeam.first)
        XCTAssertEqual(row.kommunName, "Åsele")
        XCTAssertEqual(row.enhetName, "Hemtjänst")
        XCTAssertEqual(row.omrade, .vardOchOmsorg)
    }

    func testFilters() throws {
        let temp = try TemporaryDatabase()
        let db = try temp.open()
        let kommun = try db.addKommun(name: "Åsele")
        let ifo = try db.addEnhet(kommunId: kommun.id, name: "IFO", omrade: .ifo)
        let hemtjanst = try db.addEnhet(kommunId: kommun.id, name: "Hemtjänst", omrade: .vardOchOmsorg)
        let t1 = try db.addTeam(enhetId: ifo.id, name: "Mottagning")
        let t2 = try db.addTeam(enhetId: hemtjanst.id, name: "Grupp 1")
        let date = try LocalDate.parse("2020-01-01")
        try db.addMedarbetare(teamId: t1.id, name: "Åsa Öberg", title: "Socialsekreterare", role: .teamledare, startDate: date)
        try db.addMedarbetare(teamId: t2.id, name: "Bo Ek", title: "Undersköterska", role: .medarbetare, startDate: date)
        let gone = try db.addMedarbetare(teamId: t2.id, name: "Ove Åsberg", title: "Vårdbiträde", role: .medarbetare, startDate: date)
        try db.deactivateMedarbetare(id: gone.id)

        XCTAssertEqual(try db.staffCount(filter: StaffFilter(text: "ÅS")), 2)  // Åsa, Åsberg
        XCTAssertEqual(try db.staff(offset: 0, limit: 10, filter: StaffFilter(text: "öberg")).map(\.name), ["Åsa Öberg"])
        XCTAssertEqual(try db.staffCount(filter: StaffFilter(text: "sköterska")), 1)
        XCTAssertEqual(try db.staffCount(filter: StaffFilter(text: "100%_")), 0)
        XCTAssertEqual(try db.staffCount(filter: StaffFilter(includeInactive: false)), 2)
        XCTAssertEqual(try db.staffCount(filter: StaffFilter(teamId: t2.id)), 2)
        XCTAssertEqual(try db.staffCount(filter: StaffFilter(enhetId: ifo.id)), 1)
        XCTAssertEqual(try db.staffCount(filter: StaffFilter(kommunId: kommun.id)), 3)
        XCTAssertEqual(try db.staffCount(filter: StaffFilter(omrade: .vardOchOmsorg, includeInactive: false)), 1)
        XCTAssertEqual(try db.staffCount(filter: StaffFilter(role: .teamledare)), 1)
        let inactive = try db.staff(offset: 0, limit: 10, filter: StaffFilter(text: "ove"))
        XCTAssertEqual(inactive.map(\.active), [false])
    }
}
