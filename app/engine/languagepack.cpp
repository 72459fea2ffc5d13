#include "languagepack.h"

#include <QCoreApplication>
#include <QTranslator>

namespace SipLab {

QTranslator *LanguagePack::chineseTranslator()
{
    // Loaded once; lives for the whole process (owned by this function's static).
    static QTranslator *translator = [] {
        auto *t = new QTranslator;
        if (!t->load(QStringLiteral(":/i18n/siplab_zh_CN.qm")))
            qWarning("SIP Lab: the Chinese translation (:/i18n/siplab_zh_CN.qm) could not be loaded");
        return t;
    }();
    return translator;
}

bool LanguagePack::hasChinese()
{
    return !chineseTranslator()->isEmpty();
}

QString LanguagePack::text(Language language, const char *context, const char *source,
                           const char *disambiguation)
{
    if (!source || !*source)
        return QString();
    if (language == Language::Chinese) {
        const QString translated = chineseTranslator()->translate(context, source, disambiguation);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

} // namespace SipLab
