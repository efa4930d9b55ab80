#pragma once

#include <QLoggingCategory>

// Core code logs through Qt categories; the app and the CLI route them to spdlog.
// Log ids and events only, never personal data or bound values.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
