#include "migrations.h"

using namespace Qt::StringLiterals;

namespace mentordesk::storage {

namespace {

// The FTS5 row id packs the source kind into the low 4 bits and, from schema 3, the record's day
// above bit 36 (rowid = day << 36 + id * 16 + kind), so a trigger can replace one source row
// without scanning the index, and "newest first" is FTS5's own ORDER BY rowid DESC, which stops
// after the first page instead of sorting every hit of a common word. People carry day 0, so for
// them rowid / 16 is still the id.
// Kinds: 1 mentor, 2 mentee, 3 meeting, 4 logbook entry, 5 goal.
QStringList searchTriggers(const QString &table, int kind, const QString &courseExpr, const QStringList &bodyColumns,
                           const QString &dayExpr = u"0"_s)
{
    // SQLite 3.40 (Debian 12) has no concat_ws: join the columns by hand, NULLs as ''.
    QStringList parts;
    for (const QString &column : bodyColumns)
        parts << u"coalesce($."_s + column + u", '')"_s;
    const QString bodyExpr = parts.join(u" || ' ' || "_s);
    const QString k = QString::number(kind);
    auto body = [&](const QString &prefix) {
        QString b = bodyExpr;
        return b.replace(u"$."_s, prefix + u'.');
    };
    auto course = [&](const QString &prefix) {
        QString c = courseExpr;
        return c.replace(u"$."_s, prefix + u'.');
    };
    auto rowid = [&](const QString &prefix) -> QString {
        QString day = dayExpr;
        return u"(("_s + day.replace(u"$."_s, prefix + u'.') + u") << 36) + "_s + prefix + u".id * 16 + "_s + k;
    };
    const QString insert = u"INSERT INTO search_index(rowid, body, kind, entity_id, course_id) VALUES ("_s + rowid(u"new"_s)
                           + u", %2, "_s + k + u", %1.id, %3);"_s;
    const QString remove = u"DELETE FROM search_index WHERE rowid = "_s + rowid(u"old"_s) + u';';
    return {
        u"CREATE TRIGGER %1_search_insert AFTER INSERT ON %1 BEGIN "_s.arg(table)
            + insert.arg(u"new"_s, body(u"new"_s), course(u"new"_s)) + u" END"_s,
        u"CREATE TRIGGER %1_search_update AFTER UPDATE ON %1 BEGIN "_s.arg(table) + remove + u' '
            + insert.arg(u"new"_s, body(u"new"_s), course(u"new"_s)) + u" END"_s,
        u"CREATE TRIGGER %1_search_delete AFTER DELETE ON %1 BEGIN "_s.arg(table) + remove + u" END"_s,
    };
}

const QString kMeta = u"created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL"_s;

QStringList step1()
{
    QStringList s = {
        u"PRAGMA application_id = %1"_s.arg(kApplicationId),
        u"CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT)"_s,
        u"CREATE TABLE scheme ("
        " id INTEGER PRIMARY KEY, name TEXT NOT NULL, context TEXT NOT NULL, default_legal_basis TEXT,"
        " default_grant_months INTEGER, min_meetings_per_week INTEGER, allowed_mentor_types TEXT,"
        " agreement_template TEXT NOT NULL, retention_years INTEGER, archived INTEGER NOT NULL DEFAULT 0, "_s
            + kMeta + u")"_s,
        u"CREATE TABLE mentor ("
        " id INTEGER PRIMARY KEY, external_id TEXT, first_name TEXT NOT NULL, last_name TEXT NOT NULL,"
        " sort_key TEXT NOT NULL, mentor_type TEXT NOT NULL, email TEXT, phone TEXT, organisation TEXT,"
        " gender TEXT, birth_year INTEGER, postcode TEXT, languages TEXT, interests TEXT, qualifications TEXT,"
        " capacity INTEGER NOT NULL CHECK (capacity >= 1), hours_per_week REAL, availability INTEGER NOT NULL DEFAULT 0,"
        " buyout_hours_per_week REAL, fee REAL, confidentiality_signed TEXT, status TEXT NOT NULL, notes TEXT, "_s
            + kMeta + u")"_s,
        u"CREATE INDEX mentor_sort ON mentor(sort_key, id)"_s,
        u"CREATE INDEX mentor_status ON mentor(status, sort_key)"_s,
        u"CREATE INDEX mentor_type ON mentor(mentor_type)"_s,
        u"CREATE INDEX mentor_email ON mentor(email)"_s,
        u"CREATE INDEX mentor_external ON mentor(external_id)"_s,
        u"CREATE TABLE mentee ("
        " id INTEGER PRIMARY KEY, external_id TEXT, first_name TEXT NOT NULL, last_name TEXT NOT NULL,"
        " sort_key TEXT NOT NULL, cpr TEXT, email TEXT, phone TEXT, address TEXT, gender TEXT, birth_year INTEGER,"
        " postcode TEXT, languages TEXT, danish_level TEXT, interests TEXT,"
        " scheme_id INTEGER NOT NULL REFERENCES scheme(id), target_group TEXT NOT NULL,"
        " ret_og_pligt INTEGER NOT NULL DEFAULT 0, needs TEXT, need_tags INTEGER NOT NULL DEFAULT 0, goal TEXT,"
        " preferred_mentor_gender TEXT, mentor_gender_required INTEGER NOT NULL DEFAULT 0, preferred_language TEXT,"
        " preferences_note TEXT, hours_per_week_granted REAL, consulted_on_mentor_choice INTEGER NOT NULL DEFAULT 0,"
        " referred_by TEXT, caseworker TEXT, consent_date TEXT, consent_scope TEXT, registered_on TEXT NOT NULL,"
        " status TEXT NOT NULL, notes TEXT, "_s
            + kMeta + u")"_s,
        u"CREATE INDEX mentee_sort ON mentee(sort_key, id)"_s,
        u"CREATE UNIQUE INDEX mentee_cpr ON mentee(cpr) WHERE cpr IS NOT NULL"_s,
        u"CREATE INDEX mentee_status ON mentee(status, sort_key)"_s,
        u"CREATE INDEX mentee_scheme ON mentee(scheme_id)"_s,
        u"CREATE INDEX mentee_email ON mentee(email)"_s,
        u"CREATE INDEX mentee_external ON mentee(external_id)"_s,
        u"CREATE TABLE course ("
        " id INTEGER PRIMARY KEY, mentee_id INTEGER NOT NULL REFERENCES mentee(id),"
        " scheme_id INTEGER NOT NULL REFERENCES scheme(id), current_match_id INTEGER REFERENCES match(id),"
        " legal_basis TEXT, purpose TEXT, mentor_tasks TEXT, mentor_qualifications TEXT, focus_areas TEXT,"
        " function TEXT NOT NULL, start_date TEXT NOT NULL, planned_end_date TEXT, meeting_frequency TEXT,"
        " contact_agreement TEXT, cancellation_rules TEXT, phase TEXT NOT NULL, next_review_date TEXT,"
        " status TEXT NOT NULL, pause_reason TEXT, "_s
            + kMeta + u", CHECK (planned_end_date IS NULL OR planned_end_date >= start_date))"_s,
        u"CREATE INDEX course_mentee ON course(mentee_id)"_s,
        u"CREATE INDEX course_status ON course(status)"_s,
        u"CREATE INDEX course_match ON course(current_match_id)"_s,
        u"CREATE TABLE match ("
        " id INTEGER PRIMARY KEY, mentee_id INTEGER NOT NULL REFERENCES mentee(id),"
        " mentor_id INTEGER NOT NULL REFERENCES mentor(id), course_id INTEGER REFERENCES course(id),"
        " score INTEGER CHECK (score BETWEEN 0 AND 100), reasons TEXT, source TEXT NOT NULL, state TEXT NOT NULL,"
        " proposed_at TEXT NOT NULL, proposed_by TEXT NOT NULL, decided_at TEXT, decided_by TEXT, reason TEXT,"
        " exclude_pair INTEGER NOT NULL DEFAULT 0, chemistry TEXT, chemistry_date TEXT, ended_on TEXT, end_reason TEXT, "_s
            + kMeta + u")"_s,
        u"CREATE INDEX match_mentee ON match(mentee_id, state)"_s,
        u"CREATE INDEX match_mentor ON match(mentor_id, state)"_s,
        u"CREATE INDEX match_course ON match(course_id)"_s,
        u"CREATE TABLE course_grant ("
        " id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES course(id), from_date TEXT NOT NULL,"
        " to_date TEXT NOT NULL, hours_per_week REAL NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 37),"
        " decided_by TEXT, decided_on TEXT, "_s
            + kMeta + u", CHECK (to_date >= from_date))"_s,
        u"CREATE INDEX course_grant_course ON course_grant(course_id, from_date)"_s,
        u"CREATE TABLE goal ("
        " id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES course(id),"
        " parent_goal_id INTEGER REFERENCES goal(id), text TEXT NOT NULL, kind TEXT NOT NULL, due TEXT,"
        " status TEXT NOT NULL, progress_notes TEXT, "_s
            + kMeta + u")"_s,
        u"CREATE INDEX goal_course ON goal(course_id)"_s,
        u"CREATE TABLE meeting ("
        " id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES course(id), date TEXT NOT NULL,"
        " start TEXT, minutes INTEGER CHECK (minutes BETWEEN 1 AND 600), place TEXT, form TEXT NOT NULL, kind TEXT,"
        " status TEXT NOT NULL, note TEXT, before_next TEXT, "_s
            + kMeta + u")"_s,
        u"CREATE INDEX meeting_course ON meeting(course_id, date)"_s,
        u"CREATE INDEX meeting_date ON meeting(date)"_s,
        u"CREATE TABLE logbook_entry ("
        " id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES course(id), date TEXT NOT NULL,"
        " author TEXT NOT NULL, text TEXT NOT NULL, tags INTEGER NOT NULL DEFAULT 0,"
        " shared_with_caseworker INTEGER NOT NULL DEFAULT 0, "_s
            + kMeta + u")"_s,
        u"CREATE INDEX logbook_course ON logbook_entry(course_id, date)"_s,
        u"CREATE TABLE phase_entry ("
        " id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES course(id), phase TEXT NOT NULL,"
        " entered_on TEXT NOT NULL, note TEXT, "_s
            + kMeta + u")"_s,
        u"CREATE INDEX phase_course ON phase_entry(course_id, entered_on)"_s,
        u"CREATE TABLE status_review ("
        " id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES course(id), date TEXT NOT NULL,"
        " reviewed_by TEXT NOT NULL, mentee_assessment TEXT, mentor_assessment TEXT, answers TEXT,"
        " hours_delivered_checked INTEGER NOT NULL DEFAULT 0, hours_note TEXT, decision TEXT NOT NULL, next_review TEXT, "_s
            + kMeta + u")"_s,
        u"CREATE INDEX status_review_course ON status_review(course_id, date)"_s,
        u"CREATE TABLE course_ending ("
        " id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL UNIQUE REFERENCES course(id), end_date TEXT NOT NULL,"
        " reason TEXT NOT NULL, outcome TEXT NOT NULL, final_status TEXT, follow_up_contact TEXT, "_s
            + kMeta + u")"_s,
        u"CREATE TABLE agreement ("
        " id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES course(id), version INTEGER NOT NULL,"
        " language TEXT NOT NULL, template_name TEXT NOT NULL, snapshot_html TEXT NOT NULL, printed_at TEXT NOT NULL,"
        " printed_by TEXT NOT NULL, signed_by_mentee TEXT, signed_by_mentor TEXT, signed_by_coordinator TEXT, "_s
            + kMeta + u", UNIQUE (course_id, version))"_s,
        u"CREATE TABLE audit_event ("
        " id INTEGER PRIMARY KEY, at TEXT NOT NULL, user_name TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL,"
        " entity_id INTEGER NOT NULL)"_s,
        u"CREATE INDEX audit_entity ON audit_event(entity, entity_id)"_s,
        u"CREATE INDEX audit_at ON audit_event(at)"_s,
        // Danish letters are letters of their own: keep diacritics, so "abenra" never finds "Åbenrå".
        u"CREATE VIRTUAL TABLE search_index USING fts5(body, kind UNINDEXED, entity_id UNINDEXED,"
        " course_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 0')"_s,
    };
    const QStringList person = {u"first_name"_s, u"last_name"_s, u"email"_s, u"phone"_s, u"postcode"_s,
                                u"languages"_s, u"interests"_s, u"notes"_s};
    s << searchTriggers(u"mentor"_s, 1, u"NULL"_s, person);
    s << searchTriggers(u"mentee"_s, 2, u"NULL"_s, person);
    s << searchTriggers(u"meeting"_s, 3, u"$.course_id"_s, {u"place"_s, u"note"_s, u"before_next"_s});
    s << searchTriggers(u"logbook_entry"_s, 4, u"$.course_id"_s, {u"text"_s});
    s << searchTriggers(u"goal"_s, 5, u"$.course_id"_s, {u"text"_s, u"progress_notes"_s});
    return s;
}

// Matching (issue 5): the mentee's side of the availability and age criteria, the scheme's
// limit to mentors of the mentee's region, and the criteria weights per scheme (a missing row
// means the default weight).
QStringList step2()
{
    return {
        u"ALTER TABLE mentee ADD COLUMN availability INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE mentee ADD COLUMN preferred_mentor_age_from INTEGER"_s,
        u"ALTER TABLE mentee ADD COLUMN preferred_mentor_age_to INTEGER"_s,
        u"ALTER TABLE scheme ADD COLUMN same_region_only INTEGER NOT NULL DEFAULT 0"_s,
        u"CREATE TABLE matching_weight (scheme_id INTEGER NOT NULL REFERENCES scheme(id), criterion TEXT NOT NULL,"
        " weight INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 100), PRIMARY KEY (scheme_id, criterion)) WITHOUT ROWID"_s,
    };
}

// Courses (issue 6): search hits dated for "newest first" (see searchTriggers), and a covering
// index of held meetings, so delivered hours and the last meeting of every course are read from
// the index alone.
QStringList step3()
{
    struct Source {
        QString table;
        int kind;
        QStringList body;
        QString day;
    };
    const QList<Source> sources = {
        {u"meeting"_s, 3, {u"place"_s, u"note"_s, u"before_next"_s}, u"$.date"_s},
        {u"logbook_entry"_s, 4, {u"text"_s}, u"$.date"_s},
        {u"goal"_s, 5, {u"text"_s, u"progress_notes"_s}, u"substr($.created_at, 1, 10)"_s},
    };
    QStringList s;
    for (const Source &source : sources) {
        for (const char *event : {"insert", "update", "delete"})
            s << u"DROP TRIGGER %1_search_%2"_s.arg(source.table, QLatin1StringView(event));
        const QString k = QString::number(source.kind);
        s << u"DELETE FROM search_index WHERE kind = "_s + k;
        // Re-index through the new insert trigger's expressions: touch no row, build them here.
        const QString day = u"coalesce(CAST(julianday("_s + QString(source.day).replace(u"$."_s, QString()) + u") AS INTEGER), 0)"_s;
        QStringList parts;
        for (const QString &column : source.body)
            parts << u"coalesce("_s + column + u", '')"_s;
        s << u"INSERT INTO search_index(rowid, body, kind, entity_id, course_id) SELECT (%1 << 36) + id * 16 + %2, %3, %2, id, course_id FROM %4"_s
                 .arg(day, k, parts.join(u" || ' ' || "_s), source.table);
        s << searchTriggers(source.table, source.kind, u"$.course_id"_s, source.body,
                            u"coalesce(CAST(julianday("_s + source.day + u") AS INTEGER), 0)"_s);
    }
    // status is constant in this index, but SQLite 3.40 (Debian 12) counts an index as covering
    // only when it holds every column the query names, the partial index's own condition too:
    // without it the plans read "USING INDEX", not "USING COVERING INDEX", and summing the
    // delivered hours of every course took 10-25 % more CPU time (docs/performance.md).
    // When a match was approved, kept apart from decided_at, which an ending overwrites: the
    // timeline shows every approval of a course, and the chemistry check counts meetings since
    // it. Earlier approvals of ended matches are dated by their course's start.
    s << u"ALTER TABLE match ADD COLUMN approved_at TEXT"_s
      << u"UPDATE match SET approved_at = decided_at WHERE state = 'approved'"_s
      << u"UPDATE match SET approved_at = (SELECT c.start_date || 'T00:00:00.000Z' FROM course c WHERE c.id = match.course_id)"
         " WHERE state = 'ended' AND course_id IS NOT NULL"_s;
    s << u"CREATE INDEX meeting_held ON meeting(course_id, date, minutes, form, status) WHERE status = 'held'"_s;
    return s;
}

// Agreements (issue 7): each scheme's own agreement template per language (a missing row, or
// NULL html after "restore the standard", means the shipped default), replacing the scheme's template name, and the values each printed agreement was filled with, so a later change
// to an included field shows that a new agreement is due, and which field changed.
QStringList step4()
{
    return {
        u"CREATE TABLE agreement_template ("
        " id INTEGER PRIMARY KEY, scheme_id INTEGER NOT NULL REFERENCES scheme(id), language TEXT NOT NULL,"
        " html TEXT, version INTEGER NOT NULL CHECK (version >= 1), "_s
            + kMeta + u", UNIQUE (scheme_id, language))"_s,
        u"ALTER TABLE agreement ADD COLUMN fields TEXT"_s,
        // The template name every scheme carried ("default") until the templates had a table.
        u"ALTER TABLE scheme DROP COLUMN agreement_template"_s,
    };
}

} // namespace

const QList<MigrationStep> &migrationSteps()
{
    static const QList<MigrationStep> steps = {
        {1, step1()},
        {2, step2()},
        {3, step3()},
        {4, step4()},
    };
    return steps;
}

int latestSchemaVersion()
{
    return migrationSteps().constLast().version;
}

} // namespace mentordesk::storage
