#pragma once

#include <QString>

namespace mentordesk::domain {

// A key whose byte order is Danish alphabetical order: case-insensitive, Æ Ø Å after Z (and
// "aa" as Å, as in Aabenraa), other accents folded (é → e). SQLite's BINARY and NOCASE get
// this wrong, so lists sort on a stored, indexed sort_key.
QString danishSortKey(const QString &text);

// "last, first" ordering for people.
QString personSortKey(const QString &firstName, const QString &lastName);

} // namespace mentordesk::domain
