#include "ladderfootnotes.h"

#include <QHash>

namespace SipLab {

LadderFootnotes LadderFootnotes::build(const CallTrace &trace, ShownLanguages language,
                                       const QSet<int> &hiddenNodes)
{
    LadderFootnotes f;
    f.m_numberOfMessage.fill(0, trace.messages.size());
    const QList<Language> languages = languagesOf(language);
    if (languages.isEmpty())
        return f;
    QHash<QString, int> numberOfRule; // English text + section -> number
    for (int i = 0; i < trace.messages.size(); ++i) {
        const TraceMessage &m = trace.messages[i];
        if (m.rule.isNull() || hiddenNodes.contains(m.from) || hiddenNodes.contains(m.to))
            continue;
        const QString key = m.rule.toString(Language::English);
        int number = numberOfRule.value(key, 0);
        if (number == 0) {
            LadderFootnote note;
            note.number = number = int(f.m_notes.size()) + 1;
            note.firstMessage = i;
            for (Language l : languages)
                note.texts.append(m.rule.toString(l));
            f.m_notes.append(note);
            numberOfRule.insert(key, number);
        }
        f.m_numberOfMessage[i] = number;
    }
    return f;
}

QStringList LadderFootnotes::lines() const
{
    QStringList out;
    for (const LadderFootnote &n : m_notes) {
        const QString mark = QStringLiteral("[%1] ").arg(n.number);
        for (int i = 0; i < n.texts.size(); ++i)
            out.append((i == 0 ? mark : QString(mark.size(), QLatin1Char(' '))) + n.texts[i]);
    }
    return out;
}

} // namespace SipLab
