#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mentordesk::domain {

// One problem with one field: `field` is the stable column code ("first_name") so a form can
// mark the widget, `message` is already translated for the user.
struct FieldError {
    QString field;
    QString message;
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

using Errors = QList<FieldError>;

// True when `errors` names `field`; tests and forms ask this.
bool hasErrorFor(const Errors &errors, QStringView field);

// All messages, one per line, for places that show a single text (CLI, message boxes).
QString joinMessages(const Errors &errors);

} // namespace mentordesk::domain
