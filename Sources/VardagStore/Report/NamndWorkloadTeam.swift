import VardagDomain

/// One team's Fyrfältaren figures for a month of the nämnd report, over the team's active
/// members (the people the team leader's overview shows).
public struct NamndWorkloadTeam: Hashable, Sendable {
    /// The team.
    public var teamId: Int64
    /// Its unit's name.
    public var enhetName: String
    /// Its name.
    public var teamName: String
    /// Active members with at least one rating in the month's periods.
    public var raters: Int
    /// Ratings (a case in a period) in the month's periods.
    public var ratings: Int
    /// Of those, ratings in the field "tung".
    public var tung: Int
    /// Active members the overview flags heavy in at least one of the month's periods (`HeavyFlag`).
    public var heavy: Int
    /// Active members who logged a time diary on a day of the month.
    public var diaryKeepers: Int
    /// Their minutes of direct time with the brukare.
    public var directMinutes: Int
    /// Their logged minutes in all.
    public var loggedMinutes: Int

    public init(teamId: Int64, enhetName: String, teamName: String, raters: Int = 0, ratings: Int = 0, tung: Int = 0,
                heavy: Int = 0, diaryKeepers: Int = 0, directMinutes: Int = 0, loggedMinutes: Int = 0) {
        self.teamId = teamId
        self.enhetName = enhetName
        self.teamName = teamName
        self.raters = raters
        self.ratings = ratings
        self.tung = tung
        self.heavy = heavy
        self.diaryKeepers = diaryKeepers
        self.directMinutes = directMinutes
        self.loggedMinutes = loggedMinutes
    }
}
