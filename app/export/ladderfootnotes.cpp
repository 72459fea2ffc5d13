#include "ladderfootnotes.h"

#include <QHash>

namespace SipLab {

LadderFootnotes LadderFootnotes::build(const CallTrace &trace, NotesLanguage language,
                                       const QSet<int> &hiddenNodes)
{
    LadderFootnotes f;
    f.m_numberOfMessage.fill(0, trace.messages.size());
    if (language == NotesLanguage::None)
        return f;
    QList<Language> languages;
    if (language == NotesLanguage::English || language == NotesLanguage::Both)
        languages.append(Language::English);
    if (language == NotesLanguage::Chinese || language == NotesLanguage::Both)
        languages.append(Language::Chinese);
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

bool LadderFootnotes::parse(const QString &text, NotesLanguage *language)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("none") || t == QLatin1String("off"))
        *language = NotesLanguage::None;
    else if (t == QLatin1String("en") || t == QLatin1String("english"))
        *language = NotesLanguage::English;
    else if (t == QLatin1String("zh") || t == QLatin1String("chinese") || t == QLatin1String("zh_cn"))
        *language = NotesLanguage::Chinese;
    else if (t == QLatin1String("both") || t == QLatin1String("en+zh"))
        *language = NotesLanguage::Both;
    else
        return false;
    return true;
}

} // namespace SipLab
