#pragma once

#include "calltrace.h"
#include "ladderexportoptions.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace SipLab {

/// One numbered explanation. Messages sent for the same rule (a retransmission, the same step
/// at the next proxy) share a number, so a long ladder does not repeat the same sentence.
struct LadderFootnote
{
    int number = 0;       // 1, 2, ...
    int firstMessage = 0; // index into CallTrace::messages of the first message it explains
    QStringList texts;    // one line per language asked for: "text (RFC 3261 16.7 step 5)"
};

/// The explanations of a trace as numbered footnotes in English, Chinese or both. Every export
/// format (SVG/PNG/PDF, text, UTF-8 ladder, Mermaid, PlantUML) takes its notes from here, so
/// the numbering and wording are the same everywhere.
class LadderFootnotes
{
public:
    LadderFootnotes() = default;
    static LadderFootnotes build(const CallTrace &trace, ShownLanguages language,
                                 const QSet<int> &hiddenNodes = {});

    bool isEmpty() const { return m_notes.isEmpty(); }
    const QList<LadderFootnote> &notes() const { return m_notes; }
    /// Footnote number of a message (index into CallTrace::messages), 0 when it has none.
    int numberOf(int message) const { return m_numberOfMessage.value(message, 0); }
    /// Per message index, the footnote number or 0 (for LadderLayoutOptions::footnoteMarks).
    const QList<int> &marks() const { return m_numberOfMessage; }
    /// "[1] text" lines, the second language indented under the first.
    QStringList lines() const;

private:
    QList<LadderFootnote> m_notes;
    QList<int> m_numberOfMessage;
};

} // namespace SipLab
