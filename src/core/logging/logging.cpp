#include "logging.h"

#include <QDir>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

namespace mentordesk::logging {

namespace {

spdlog::level::level_enum toSpdlog(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return spdlog::level::debug;
    case QtInfoMsg: return spdlog::level::info;
    case QtWarningMsg: return spdlog::level::warn;
    case QtCriticalMsg: return spdlog::level::err;
    case QtFatalMsg: return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *category = context.category ? context.category : "default";
    spdlog::log(toSpdlog(type), "[qt:{}] {}", category, message.toStdString());
    if (type == QtFatalMsg) {
        spdlog::default_logger()->flush();
        std::abort();
    }
}

} // namespace

QString setupLogging(const QString &directory, const QString &fileName)
{
    if (!QDir().mkpath(directory))
        return {};
    const QString path = QDir(directory).filePath(fileName);
    try {
        auto logger = spdlog::rotating_logger_mt("mentordesk", path.toStdString(), 2 * 1024 * 1024, 3);
        logger->set_level(spdlog::level::info);
        logger->flush_on(spdlog::level::warn);
        spdlog::set_default_logger(logger);
    } catch (const spdlog::spdlog_ex &) {
        return {};
    }
    qInstallMessageHandler(qtMessageHandler);
    return path;
}

} // namespace mentordesk::logging
