extension PostgresMigrations {
    /// Mirrors `v17-staff-figures` (`StaffFiguresSchema.create`): the monthly staff figures per
    /// unit and the public document's small-group threshold, with row-level security.
    ///
    /// Who reads and writes a unit's figures follows the access model: the enhetschef of that
    /// unit (her `enhet` scope, as for the unit's slingor and targets) and the systemförvaltare;
    /// the schema's owner bypasses the policies as everywhere (the HR import is run by her or
    /// a systemförvaltare). A kommun's sick leave per unit is health data about few people,
    /// so no other role reads the raw rows: the nämnd document is made from them with the
    /// small groups hidden (`StaffPublication`). The threshold is read by everyone and set by
    /// the systemförvaltare, as `competence_setting`. The app role gets the table privileges
    /// `v12-access-policies` gave the tables that existed then.
    static let v17StaffFigures = #"""
        CREATE TABLE staff_month (
            enhet_id BIGINT NOT NULL REFERENCES enhet(id) ON DELETE RESTRICT,
            month TEXT COLLATE "C" NOT NULL CHECK (month ~ '^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])$'),
            headcount BIGINT NOT NULL CHECK (headcount BETWEEN 0 AND 100000),
            fte_hundredths BIGINT NOT NULL CHECK (fte_hundredths >= 0 AND fte_hundredths <= headcount * 100),
            new_hires BIGINT NOT NULL CHECK (new_hires BETWEEN 0 AND 100000),
            left_own_request BIGINT NOT NULL CHECK (left_own_request BETWEEN 0 AND 100000),
            left_retirement BIGINT NOT NULL CHECK (left_retirement BETWEEN 0 AND 100000),
            left_fixed_term BIGINT NOT NULL CHECK (left_fixed_term BETWEEN 0 AND 100000),
            left_other BIGINT NOT NULL CHECK (left_other BETWEEN 0 AND 100000),
            sick_short_hundredths BIGINT NOT NULL CHECK (sick_short_hundredths BETWEEN 0 AND 1000000000),
            sick_long_hundredths BIGINT NOT NULL CHECK (sick_long_hundredths BETWEEN 0 AND 1000000000),
            scheduled_hundredths BIGINT NOT NULL CHECK (scheduled_hundredths BETWEEN 0 AND 1000000000),
            vacancies BIGINT NOT NULL CHECK (vacancies BETWEEN 0 AND 100000),
            open_recruitments BIGINT NOT NULL CHECK (open_recruitments BETWEEN 0 AND 100000),
            CHECK (sick_short_hundredths + sick_long_hundredths <= scheduled_hundredths),
            PRIMARY KEY (enhet_id, month)
        );

        CREATE TABLE staff_setting (
            key TEXT COLLATE "C" PRIMARY KEY CHECK (key IN ('suppression_threshold')),
            value BIGINT NOT NULL CHECK (value BETWEEN 10 AND 100)
        );
        INSERT INTO staff_setting (key, value) VALUES ('suppression_threshold', 10);

        ALTER TABLE staff_month ENABLE ROW LEVEL SECURITY;
        ALTER TABLE staff_setting ENABLE ROW LEVEL SECURITY;

        CREATE POLICY unit_scoped ON staff_month
            USING (enhet_id IN (SELECT g.enhet_id FROM vardag_scope_grant g WHERE g.role = 'enhetschef')
                OR EXISTS (SELECT 1 FROM vardag_scope_grant g WHERE g.role = 'systemforvaltare'))
            WITH CHECK (enhet_id IN (SELECT g.enhet_id FROM vardag_scope_grant g WHERE g.role = 'enhetschef')
                OR EXISTS (SELECT 1 FROM vardag_scope_grant g WHERE g.role = 'systemforvaltare'));
        CREATE POLICY everyone_reads ON staff_setting FOR SELECT USING (true);
        CREATE POLICY manager_writes ON staff_setting
            USING (EXISTS (SELECT 1 FROM vardag_scope_grant g WHERE g.role = 'systemforvaltare'))
            WITH CHECK (EXISTS (SELECT 1 FROM vardag_scope_grant g WHERE g.role = 'systemforvaltare'));

        DO $$
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = vardag_app_role()) THEN
                EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON staff_month, staff_setting TO %I', vardag_app_role());
            END IF;
        END
        $$;
        """#
}
