#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace SipLab {

/// The character classes of RFC 3261 25.1 the parsers test, and finding one character in a
/// string view, for the parsers' hot paths. Qt 6.4's
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
    /// FNV-1a of the UTF-16 code units (or bytes), for the engine's per-thread memos. Qt 6.4's
    /// qHash of strings is an AES hash written with legacy SSE instructions: between the
    /// engine's AVX-512 memcpys `perf` put a fifth of a basic call's time in it (about 300 ns
    /// a hash, against a few ns in a loop of its own), so the hot paths do not hash with it.
    static size_t hash(QStringView text)
    {
        quint64 h = 14695981039346656037ull;
        for (const QChar c : text)
            h = (h ^ c.unicode()) * 1099511628211ull;
        return size_t(h);
    }
    /// hash() as a hash function object for std::unordered_set / unordered_map of QString.
    /// Transparent: a container keyed by QString is searched with a QStringView without a copy.
    struct Hasher
    {
        using is_transparent = void;
        size_t operator()(QStringView text) const noexcept { return hash(text); }
        size_t operator()(QByteArrayView bytes) const noexcept { return hash(bytes); }
    };
    static size_t hash(QByteArrayView bytes)
    {
        quint64 h = 14695981039346656037ull;
        for (const char c : bytes)
            h = (h ^ quint8(c)) * 1099511628211ull;
        return size_t(h);
    }
    /// Appends `text` lowered as QString::toLower would for host names, schemes and keys: ASCII
    /// letters in place (no temporary string), any other character through QChar::toLower.
    static void appendLower(QString &out, QStringView text)
    {
        const qsizetype start = out.size();
        out.append(text);
        for (QChar *c = out.data() + start, *end = out.data() + out.size(); c != end; ++c) {
            const char16_t u = c->unicode();
            if (u >= u'A' && u <= u'Z')
                *c = QChar(char16_t(u + (u'a' - u'A')));
            else if (u > 0x7f)
                *c = c->toLower();
        }
    }

    /// `a.compare(b, Qt::CaseInsensitive) == 0`, for the names SIP compares without case (host
    /// names, parameter names, tokens): ASCII compared in place, anything else through Qt's
    /// case folding. Qt 6.4 folds every character through its Unicode tables, several times
    /// the cost on the short ASCII names that fill SIP messages.
    static bool equalsIgnoreCase(QStringView a, QStringView b)
    {
        if (a.size() != b.size())
            return false; // Qt folds code point by code point: different lengths never compare equal
        for (qsizetype i = 0; i < a.size(); ++i) {
            char16_t x = a[i].unicode(), y = b[i].unicode();
            if (x == y)
                continue;
            if ((x | y) > 0x7f)
                return a.compare(b, Qt::CaseInsensitive) == 0;
            if (x >= u'A' && x <= u'Z')
                x += u'a' - u'A';
            if (y >= u'A' && y <= u'Z')
                y += u'a' - u'A';
            if (x != y)
                return false;
        }
        return true;
    }

    /// alphanum (ASCII letters and digits only).
    static bool isAlphanum(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
    }
    /// HEXDIG, either case.
    static bool isHexDigit(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
    }
    /// token = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~")
    static bool isTokenChar(QChar c)
    {
        if (isAlphanum(c))
            return true;
        const char16_t u = c.unicode();
        return u == u'-' || u == u'.' || u == u'!' || u == u'%' || u == u'*' || u == u'_' || u == u'+' || u == u'`'
            || u == u'\'' || u == u'~';
    }
};

} // namespace SipLab
