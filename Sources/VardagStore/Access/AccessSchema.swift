import GRDB

/// Migration "v11-access": logins, the roles each holds with their scopes, and the person
/// behind each audit row.
///
/// `access_login` ties an OS and database user name to one medarbetare (one login per person).
/// `access_grant` holds one row per role and scope; the scope is a real foreign key in the
/// column of its kind, and a CHECK makes the role decide which column is filled, so a grant
/// can never name a scope of the wrong kind. `audit.person_id` is the medarbetare id of the
/// login that made the change (no foreign key: the audit outlives a purged person).
/// The SQL is frozen once shipped.
enum AccessSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE access_login (
                login TEXT PRIMARY KEY CHECK (length(login) BETWEEN 1 AND 63 AND login = trim(login)),
                medarbetare_id INTEGER NOT NULL UNIQUE REFERENCES medarbetare(id) ON DELETE RESTRICT
            );

            CREATE TABLE access_grant (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                login TEXT NOT NULL REFERENCES access_login(login) ON DELETE CASCADE,
                role TEXT NOT NULL CHECK (role IN ('medarbetare', 'teamledare', 'enhetschef', 'vagledare',
                    'handledare', 'kompetensstrateg', 'regional_samordnare', 'systemforvaltare')),
                team_id INTEGER REFERENCES team(id) ON DELETE RESTRICT,
                enhet_id INTEGER REFERENCES enhet(id) ON DELETE RESTRICT,
                kommun_id INTEGER REFERENCES kommun(id) ON DELETE RESTRICT,
                shadowing_team_id INTEGER REFERENCES shadowing_team(id) ON DELETE CASCADE,
                CHECK ((role = 'teamledare') = (team_id IS NOT NULL)),
                CHECK ((role = 'enhetschef') = (enhet_id IS NOT NULL)),
                CHECK ((role = 'kompetensstrateg') = (kommun_id IS NOT NULL)),
                CHECK ((role = 'handledare') = (shadowing_team_id IS NOT NULL))
            );

            CREATE UNIQUE INDEX access_grant_once ON access_grant(login, role,
                coalesce(team_id, 0), coalesce(enhet_id, 0), coalesce(kommun_id, 0), coalesce(shadowing_team_id, 0));
            CREATE INDEX access_grant_by_team ON access_grant(team_id);
            CREATE INDEX access_grant_by_enhet ON access_grant(enhet_id);
            CREATE INDEX access_grant_by_kommun ON access_grant(kommun_id);
            CREATE INDEX access_grant_by_shadowing_team ON access_grant(shadowing_team_id);

            ALTER TABLE audit ADD COLUMN person_id INTEGER;
            """)
    }
}
