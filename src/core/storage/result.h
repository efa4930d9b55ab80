#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>
#include <utility>

namespace mentordesk::storage {

// Success, or a failure with a message already translated for the user (no SQL in it: the
// driver's text goes to the log). Errors cross layers as values, never as exceptions.
class Status {
public:
    Status() = default;
    static Status failure(QString message) { Status s; s.m_error = std::move(message); return s; }
    bool ok() const { return !m_error; }
    explicit operator bool() const { return ok(); }
    QString error() const { return m_error.value_or(QString()); }

private:
    std::optional<QString> m_error;
};

template <typename T>
class Result {
public:
    Result(T value) : m_value(std::move(value)) {}  // NOLINT: implicit on purpose
    Result(const Status &failed) : m_error(failed.error()) { Q_ASSERT(!failed.ok()); }  // NOLINT: only failures convert
    static Result failure(QString message) { return Result(Status::failure(std::move(message))); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    QString error() const { return m_error; }
    Status status() const { return ok() ? Status() : Status::failure(m_error); }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace mentordesk::storage
