#pragma once

#include <QString>

namespace SipLab {

/// The languages of the explanations. Source strings are English; Chinese comes from
/// translations/siplab_zh_CN.ts (compiled into :/i18n/siplab_zh_CN.qm).
enum class Language { English, Chinese };

/// "en" / "zh" (also accepts "zh_CN", "zh-CN", "chinese", "english"); nullopt-like: returns false
/// through *ok when the text names no language.
Language languageFromString(const QString &text, bool *ok = nullptr);
QString languageCode(Language language); // "en", "zh"

} // namespace SipLab
