import Foundation
import GRDB
import VardagDomain
import VardagResources

/// The Kompetenstrappa tables (migration "v5-competence"): titles, ladder steps, mapping per
/// medarbetare, completed steps, development plans and settings.
///
/// The SQL is frozen once shipped. The starter titles and ladders are read from
/// `Resources/Data/competence-titles.json` and `competence-ladders.json` once, when the
/// migration runs; afterwards they are ordinary, editable rows.
enum CompetenceSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE competence_title (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100 AND name = trim(name)),
                name_key TEXT NOT NULL UNIQUE,
                education_kind TEXT NOT NULL CHECK (education_kind IN ('ingen', 'gymnasial', 'yrkeshogskola', 'hogskola')),
                points INTEGER NOT NULL CHECK (points BETWEEN 0 AND 5000),
                certificate_required INTEGER NOT NULL CHECK (certificate_required IN (0, 1)),
                protected INTEGER NOT NULL CHECK (protected IN (0, 1))
            );

            CREATE TABLE competence_ladder_step (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                omrade TEXT NOT NULL CHECK (omrade IN ('funktionshinder', 'socialpsykiatri', 'vard_och_omsorg')),
                step_no INTEGER NOT NULL CHECK (step_no BETWEEN 1 AND 5),
                name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
                content TEXT NOT NULL CHECK (length(content) <= 1000),
                courses_json TEXT NOT NULL CHECK (json_valid(courses_json) AND json_type(courses_json) = 'array'),
                UNIQUE (omrade, step_no)
            );

            CREATE TABLE competence_mapping (
                medarbetare_id INTEGER PRIMARY KEY REFERENCES medarbetare(id) ON DELETE RESTRICT,
                title_id INTEGER REFERENCES competence_title(id) ON DELETE RESTRICT,
                education_kind TEXT NOT NULL CHECK (education_kind IN ('ingen', 'gymnasial', 'yrkeshogskola', 'hogskola')),
                points INTEGER NOT NULL CHECK (points BETWEEN 0 AND 5000),
                education_year INTEGER CHECK (education_year IS NULL OR education_year BETWEEN 1950 AND 2100),
                certificate INTEGER NOT NULL CHECK (certificate IN (0, 1)),
                employed_on_protection_day INTEGER NOT NULL CHECK (employed_on_protection_day IN (0, 1)),
                wishes TEXT NOT NULL DEFAULT '' CHECK (length(wishes) <= 500)
            );

            CREATE TABLE competence_step_done (
                medarbetare_id INTEGER NOT NULL REFERENCES competence_mapping(medarbetare_id) ON DELETE CASCADE,
                step_no INTEGER NOT NULL CHECK (step_no BETWEEN 1 AND 5),
                completed_on TEXT NOT NULL CHECK (
                    completed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                    AND date(completed_on, '+0 days') IS completed_on),
                validering INTEGER NOT NULL CHECK (validering IN (0, 1)),
                PRIMARY KEY (medarbetare_id, step_no)
            ) WITHOUT ROWID;

            CREATE TABLE competence_plan (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                medarbetare_id INTEGER NOT NULL REFERENCES medarbetare(id) ON DELETE RESTRICT,
                step_no INTEGER CHECK (step_no IS NULL OR step_no BETWEEN 1 AND 5),
                course TEXT NOT NULL CHECK (length(course) <= 100),
                target_date TEXT NOT NULL CHECK (
                    target_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                    AND date(target_date, '+0 days') IS target_date),
                status TEXT NOT NULL CHECK (status IN ('planerad', 'pagar', 'klar', 'avbruten')),
                CHECK (step_no IS NOT NULL OR length(course) > 0)
            );

            CREATE INDEX competence_plan_by_person ON competence_plan(medarbetare_id, target_date);

            CREATE TABLE competence_setting (
                key TEXT PRIMARY KEY CHECK (key IN ('suppression_threshold')),
                value INTEGER NOT NULL
            );
            INSERT INTO competence_setting (key, value) VALUES ('suppression_threshold', 5);
            """)
        try loadStarterData(db)
    }

    /// The shipped starter titles.
    struct StarterTitles: Decodable {
        struct Title: Decodable {
            var name: String
            var educationKind: EducationKind
            var points: Int
            var certificateRequired: Bool
            var protected: Bool
        }
        var titles: [Title]
    }

    /// The shipped starter ladders.
    struct StarterLadders: Decodable {
        struct Ladder: Decodable {
            var omrade: Verksamhetsomrade
            var steps: [LadderStep]
        }
        var ladders: [Ladder]
    }

    private static func loadStarterData(_ db: Database) throws {
        let decoder = JSONDecoder()
        let titles = try decoder.decode(StarterTitles.self, from: VardagResources.data(named: "competence-titles.json"))
        for title in titles.titles {
            try db.execute(sql: """
                INSERT INTO competence_title (name, name_key, education_kind, points, certificate_required, protected)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [RegisterName.normalize(title.name), RegisterName.uniquenessKey(title.name),
                                 title.educationKind.rawValue, title.points, title.certificateRequired, title.protected])
        }
        let ladders = try decoder.decode(StarterLadders.self, from: VardagResources.data(named: "competence-ladders.json"))
        for ladder in ladders.ladders {
            let checked = try VardagDomain.Ladder(omrade: ladder.omrade, steps: ladder.steps)
            for step in checked.steps {
                try db.execute(sql: """
                    INSERT INTO competence_ladder_step (omrade, step_no, name, content, courses_json) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [checked.omrade.rawValue, step.number, step.name, step.content,
                                     String(decoding: try JSONEncoder().encode(step.courses), as: UTF8.self)])
            }
        }
    }
}
