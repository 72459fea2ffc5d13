#include "language.h"

namespace SipLab {

Language languageFromString(const QString &text, bool *ok)
{
    const QString t = text.trimmed().toLower();
    bool found = true;
    Language result = Language::English;
    if (t == QLatin1String("en") || t == QLatin1String("english") || t == QLatin1String("en_us")
        || t == QLatin1String("en-us"))
        result = Language::English;
    else if (t == QLatin1String("zh") || t == QLatin1String("zh_cn") || t == QLatin1String("zh-cn")
             || t == QLatin1String("chinese") || t == QStringLiteral("中文"))
        result = Language::Chinese;
    else
        found = false;
    if (ok)
        *ok = found;
    return result;
}

QString languageCode(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

bool shownLanguagesFromString(const QString &text, ShownLanguages *languages)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("none") || t == QLatin1String("off"))
        *languages = ShownLanguages::None;
    else if (t == QLatin1String("en") || t == QLatin1String("english"))
        *languages = ShownLanguages::English;
    else if (t == QLatin1String("zh") || t == QLatin1String("chinese") || t == QLatin1String("zh_cn"))
        *languages = ShownLanguages::Chinese;
    else if (t == QLatin1String("both") || t == QLatin1String("en+zh"))
        *languages = ShownLanguages::Both;
    else
        return false;
    return true;
}

QList<Language> languagesOf(ShownLanguages shown)
{
    QList<Language> out;
    if (shown == ShownLanguages::English || shown == ShownLanguages::Both)
        out.append(Language::English);
    if (shown == ShownLanguages::Chinese || shown == ShownLanguages::Both)
        out.append(Language::Chinese);
    return out;
}

} // namespace SipLab
