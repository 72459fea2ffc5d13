#pragma once

#include <QList>
#include <QString>

namespace SipLab {

/// The languages of the explanations. Source strings are English; Chinese comes from
/// translations/siplab_zh_CN.ts (compiled into :/i18n/siplab_zh_CN.qm).
enum class Language { English, Chinese };

/// "en" / "zh" (also accepts "zh_CN", "zh-CN", "chinese", "english"); nullopt-like: returns false
/// through *ok when the text names no language.
Language languageFromString(const QString &text, bool *ok = nullptr);
QString languageCode(Language language); // "en", "zh"

/// Which languages to show side by side: the notes of an export, the explanation panel,
/// siplab-cli --lang and --notes.
enum class ShownLanguages { None, English, Chinese, Both };

/// "none"/"off", "en"/"english", "zh"/"chinese"/"zh_cn", "both"/"en+zh" (any case); false when
/// the text names none of them (*languages is left alone).
bool shownLanguagesFromString(const QString &text, ShownLanguages *languages);
/// The languages to show, English first: {}, {English}, {Chinese} or {English, Chinese}.
QList<Language> languagesOf(ShownLanguages shown);

} // namespace SipLab
