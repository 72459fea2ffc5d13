#pragma once

#include "language.h"

#include <QString>

namespace SipLab {

/// One lesson of the library: an id ("rfc3665-2.1-registration-401", "class-4xx"), the flow it
/// follows, and its texts. The texts are English source strings in context "SipLab::Lessons"
/// (QT_TRANSLATE_NOOP in lessonlibrary.cpp); their Chinese is in translations/siplab_zh_CN.ts.
/// The scenario is the resource :/resources/lessons/<id>.json (ScenarioFile format).
struct Lesson
{
    const char *id = nullptr;
    const char *reference = nullptr;    // "RFC 3665 2.1" or "RFC 3261 21.1"; never translated
    const char *title = nullptr;
    const char *goals = nullptr;        // one goal a line
    const char *introduction = nullptr; // what happens, and where the ladder differs from the RFC flow

    QString idString() const { return QString::fromLatin1(id); }
    QString titleText(Language language) const;
    QString goalsText(Language language) const;
    QString introductionText(Language language) const;
};

} // namespace SipLab
