#pragma once

#include "language.h"

#include <QString>

class QTranslator;

namespace SipLab {

/// Gives a source string in either language without installing a translator, so that English
/// and Chinese can be shown side by side. Chinese comes from the compiled siplab_zh_CN.qm that
/// siplab_core embeds under :/i18n.
class LanguagePack
{
public:
    /// The text in that language; English is the source text itself. A string missing from the
    /// translation falls back to the English source.
    static QString text(Language language, const char *context, const char *source,
                        const char *disambiguation = nullptr);
    /// The translator for Chinese, loaded once (for installing into the application).
    static QTranslator *chineseTranslator();
    /// True when the Chinese translation was found and loaded.
    static bool hasChinese();
};

} // namespace SipLab
