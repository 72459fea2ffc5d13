#pragma once

#include <QStringView>

namespace SipLab {

/// Finding one character in a string view, for the parsers' hot paths. Qt 6.4's
/// QStringView::indexOf(QChar) goes through its general substring search (findString, then
/// qustrchr): on the short values of SIP headers a plain loop costs a fraction of that. Same
/// results as QStringView::indexOf / lastIndexOf / contains for a non-negative `from`.
class TextScan
{
public:
    static qsizetype indexOf(QStringView text, char16_t c, qsizetype from = 0)
    {
        for (qsizetype i = from < 0 ? 0 : from; i < text.size(); ++i) {
            if (text[i].unicode() == c)
                return i;
        }
        return -1;
    }
    static qsizetype lastIndexOf(QStringView text, char16_t c)
    {
        for (qsizetype i = text.size() - 1; i >= 0; --i) {
            if (text[i].unicode() == c)
                return i;
        }
        return -1;
    }
    static bool contains(QStringView text, char16_t c) { return indexOf(text, c) >= 0; }
};

} // namespace SipLab
