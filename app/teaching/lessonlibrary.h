#pragma once

#include "lesson.h"
#include "scenariofile.h"

#include <QList>
#include <QStringList>

namespace SipLab {

/// The built-in lessons: the RFC 3665 flows that fit a UAC, up to two proxies and a UAS, and
/// one lesson per response class (1xx-6xx) using the source document's codes. See docs/lessons.md.
class LessonLibrary
{
public:
    static const char *const Context; // "SipLab::Lessons"

    static const QList<Lesson> &lessons();
    /// nullptr when no lesson has that id.
    static const Lesson *find(const QString &id);
    static QStringList ids();
    /// ":/resources/lessons/<id>.json"
    static QString scenarioPath(const QString &id);
    /// The lesson's scenario, read from its resource (an error names the lesson when it is missing).
    static ScenarioLoadResult scenario(const QString &id);
    static QString text(const char *source, Language language);
    /// Both languages, the one of the installed interface translation first (panels that show
    /// English and Chinese together).
    static QList<Language> displayOrder();
};

} // namespace SipLab
