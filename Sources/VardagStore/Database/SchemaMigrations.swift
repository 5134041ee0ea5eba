import GRDB

/// The database schema as a list of migrations.
///
/// Migration identifiers and the SQL inside a shipped migration are frozen: never edit or
/// rename one, add a new migration instead (`MigrationChecksumTests` holds a checksum of
/// what each shipped one does and names the one that changed). Table and column names are
/// plain strings here so that renaming a Swift property can never change the schema.
enum SchemaMigrations {
    /// The identifiers this build knows, in order.
    static var identifiers: [String] { migrator.migrations }

    /// The migrator with all of Vardag's migrations.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-register", migrate: createRegister)
        migrator.registerMigration("v1-audit", migrate: createAudit)
        migrator.registerMigration("v2-workload", migrate: WorkloadSchema.create)
        migrator.registerMigration("v3-dialogue", migrate: DialogueSchema.create)
        migrator.registerMigration("v4-shadowing", migrate: ShadowingSchema.create)
        migrator.registerMigration("v5-competence", migrate: CompetenceSchema.create)
        migrator.registerMigration("v6-retention", migrate: RetentionSchema.create)
        migrator.registerMigration("v7-competence-indexes", migrate: CompetenceIndexSchema.create)
        migrator.registerMigration("v8-competence-step-date-check", migrate: CompetenceStepDateSchema.create)
        migrator.registerMigration("v9-audit-purge-scrub", migrate: AuditScrubSchema.create)
        migrator.registerMigration("v10-shadowing-team-choice", migrate: ShadowingTeamChoiceSchema.create)
        migrator.registerMigration("v11-access", migrate: AccessSchema.create)
        migrator.registerMigration("v12-access-policies", migrate: AccessPolicySchema.create)
        migrator.registerMigration("v13-access-login-roles", migrate: AccessLoginRoleSchema.create)
        migrator.registerMigration("v14-access-scope-views", migrate: AccessScopeViewSchema.create)
        migrator.registerMigration("v15-competence-comparison", migrate: CompetenceComparisonSchema.create)
        migrator.registerMigration("v16-dialogue-open-actions", migrate: DialogueOpenActionSchema.create)
        migrator.registerMigration("v17-staff-figures", migrate: StaffFiguresSchema.create)
        migrator.registerMigration("v18-workload-overall-index", migrate: WorkloadOverallIndexSchema.create)
        migrator.registerMigration("v19-workload-mismatch-settings", migrate: WorkloadMismatchSettingsSchema.create)
        migrator.registerMigration("v20-shadowing-shadowed-staff", migrate: ShadowedStaffSchema.create)
        migrator.registerMigration("v21-dialogue-plans-feedback", migrate: DialoguePlansSchema.create)
        migrator.registerMigration("v22-competence-plan-cost-and-title-history", migrate: CompetencePlanCostSchema.create)
        migrator.registerMigration("v23-shadowing-hypothesis-history", migrate: HypothesisHistorySchema.create)
        migrator.registerMigration("v24-competence-knowledge-spreading", migrate: CompetenceSpreadingSchema.create)
        migrator.registerMigration("v25-shadowing-supervisors", migrate: ShadowingSupervisionSchema.create)
        migrator.registerMigration("v26-participant-ladder-and-employment", migrate: ParticipantLadderSchema.create)
        migrator.registerMigration("v27-dialogue-chef-names", migrate: DialogueChefNamesSchema.create)
        return migrator
    }

    /// kommun -> enhet -> team -> medarbetare.
    ///
    /// `name_key` is the lowercased NFC name, so `UNIQUE(parent, name_key)` enforces the
    /// domain rule "unique ignoring case" also for å ä ö (SQLite's NOCASE folds ASCII only).
    /// `sort_key` orders in Swedish alphabetical order with the binary collation.
    private static func createRegister(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE kommun (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100 AND name = trim(name)),
                name_key TEXT NOT NULL UNIQUE,
                sort_key TEXT NOT NULL,
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
            );

            CREATE TABLE enhet (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                kommun_id INTEGER NOT NULL REFERENCES kommun(id) ON DELETE RESTRICT,
                name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100 AND name = trim(name)),
                name_key TEXT NOT NULL,
                sort_key TEXT NOT NULL,
                omrade TEXT NOT NULL
                    CHECK (omrade IN ('funktionshinder', 'socialpsykiatri', 'vard_och_omsorg', 'ifo')),
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                UNIQUE (kommun_id, name_key)
            );

            CREATE TABLE team (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                enhet_id INTEGER NOT NULL REFERENCES enhet(id) ON DELETE RESTRICT,
                name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100 AND name = trim(name)),
                name_key TEXT NOT NULL,
                sort_key TEXT NOT NULL,
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                UNIQUE (enhet_id, name_key)
            );

            CREATE TABLE medarbetare (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                team_id INTEGER NOT NULL REFERENCES team(id) ON DELETE RESTRICT,
                name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100 AND name = trim(name)),
                sort_key TEXT NOT NULL,
                title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 100 AND title = trim(title)),
                title_sort_key TEXT NOT NULL,
                search_key TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('medarbetare', 'teamledare', 'chef', 'vagledare')),
                start_date TEXT NOT NULL CHECK (
                    start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                    AND date(start_date, '+0 days') IS start_date),
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
            );

            CREATE INDEX enhet_by_kommun ON enhet(kommun_id);
            CREATE INDEX team_by_enhet ON team(enhet_id);
            CREATE INDEX medarbetare_by_team ON medarbetare(team_id, sort_key);
            CREATE INDEX medarbetare_by_name ON medarbetare(sort_key, id);
            CREATE INDEX medarbetare_by_title ON medarbetare(title_sort_key, sort_key, id);
            """)
    }

    /// The append-only audit trail: triggers refuse every UPDATE and DELETE, so no app
    /// path can edit history. (Retention/gallring will need a later, explicit migration.)
    private static func createAudit(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE audit (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
                user TEXT NOT NULL CHECK (length(user) > 0),
                action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'deactivate', 'reactivate')),
                entity TEXT NOT NULL,
                entity_id INTEGER NOT NULL,
                before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
                after_json TEXT CHECK (after_json IS NULL OR json_valid(after_json))
            );

            CREATE INDEX audit_by_entity ON audit(entity, entity_id, id);

            CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'audit rows cannot be changed'); END;

            CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'audit rows cannot be deleted'); END;
            """)
    }
}
