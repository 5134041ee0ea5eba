import Foundation

/// What the ids in an audit row refer to, so a merge can renumber them with the rows they name.
///
/// `entity_id` holds the id of the row the `entity` names, except for a few entities where it
/// is a count, a fixed 1 or a position; the JSON of `before_json`/`after_json` holds ids under
/// keys ending in `_id` and, as comma-separated text, under `staff_ids`, `supervisors` and
/// `entries`. An entity or an id key not listed here refuses the merge.
///
/// Caveat: a JSON id of a shared catalogue row (`title_id`) that the source no longer has is
/// kept as it was, since nothing says which of the target's rows it was; Vardag never deletes
/// catalogue rows, so this does not happen with Vardag's own writes.
enum AuditRemapping {
    /// Per entity, the table whose ids `entity_id` holds; nil where it holds no id.
    static let entityIDs: [String: String?] = [
        "kommun": "kommun", "enhet": "enhet", "team": "team", "medarbetare": "medarbetare",
        "workload_case": "workload_case", "workload_rating": "workload_rating",
        "workload_overall": "workload_overall", "workload_decision": "workload_decision",
        "timediary_entry": "timediary_entry", "workload_settings": nil,
        "dialogue_guide": "medarbetare", "dialogue_loop": "dialogue_loop", "dialogue_meeting": "dialogue_meeting",
        "dialogue_question": "dialogue_question", "dialogue_action": "dialogue_action", "dialogue_target": "enhet",
        "shadowing_team": "shadowing_team", "shadowing_participant": "shadowing_participant",
        "shadowing_entry": "shadowing_entry", "shadowing_hypothesis": "shadowing_hypothesis",
        "shadowing_task": "shadowing_task",
        "shadowing_supervisor_pool": "medarbetare", "shadowing_supervision": "shadowing_supervision",
        "competence_title": "competence_title", "competence_ladder_step": "competence_ladder_step",
        "competence_mapping": "medarbetare", "competence_plan": "competence_plan", "competence_spreading": "competence_spreading",
        "competence_setting": nil, "competence_import": nil,
        "retention": nil, "retention_setting": nil,
        "access_login": "medarbetare", "access_grant": nil,
        "staff_month": "enhet", "staff_import": nil, "staff_setting": nil,
    ]

    /// The table whose ids a JSON key holds (a key's meaning can depend on the entity).
    static func table(forKey key: String, entity: String) -> String? {
        if key == "team_id" { return entity.hasPrefix("shadowing_") ? "shadowing_team" : "team" }
        return jsonKeys[key]
    }

    /// Keys holding one id (`…_id`) or a comma-separated list of ids.
    private static let jsonKeys: [String: String] = [
        "kommun_id": "kommun", "enhet_id": "enhet", "medarbetare_id": "medarbetare",
        "to_medarbetare_id": "medarbetare", "case_id": "workload_case",
        "loop_id": "dialogue_loop", "guide_id": "medarbetare", "guide1_id": "medarbetare", "guide2_id": "medarbetare",
        "asked_meeting_id": "dialogue_meeting", "answered_meeting_id": "dialogue_meeting",
        "host_team_id": "team", "participant_id": "shadowing_participant", "title_id": "competence_title", "plan_id": "competence_plan",
        "staff_ids": "medarbetare", "staff_id": "medarbetare", "chef_id": "medarbetare", "supervisors": "medarbetare", "entries": "shadowing_entry",
    ]

    /// Whether a key looks like it holds ids, so an unknown one must refuse the merge.
    static func looksLikeIDs(_ key: String) -> Bool { key.hasSuffix("_id") || key.hasSuffix("_ids") }

    /// One audit JSON value with its ids renumbered; the text unchanged when it holds no ids.
    /// - Parameters:
    ///   - json: the stored JSON object (or nil).
    ///   - entity: the audit row's entity.
    ///   - map: one id, in the table named, to its new value (nil: keep it).
    /// - Throws: `MergeRefusal.unclassified` for an id key not listed here.
    static func remap(_ json: String?, entity: String, _ map: (String, Int64) -> Int64?) throws -> String? {
        guard let json, let object = try? JSONDecoder().decode([String: AuditValue].self, from: Data(json.utf8)) else {
            return json
        }
        var changed = object
        for (key, value) in object {
            guard let table = table(forKey: key, entity: entity) else {
                if looksLikeIDs(key) { throw MergeRefusal.unclassified(table: "audit", column: "\(entity).\(key)") }
                continue
            }
            switch value {
            case .integer(let id):
                changed[key] = .integer(map(table, id) ?? id)
            case .text(let list) where !list.isEmpty:
                let ids = list.split(separator: ",").map { part in
                    Int64(part).map { String(map(table, $0) ?? $0) } ?? String(part)
                }
                changed[key] = .text(ids.joined(separator: ","))
            default:
                continue
            }
        }
        guard changed != object else { return json }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(changed), as: UTF8.self)
    }
}
