#include "sipmessage.h"

#include "sipheadernames.h"
#include "textscan.h"

#include <cstring>

namespace SipLab {

namespace {

// The end of the list element that starts at `from` in a header value: the index of the next
// comma that separates list elements (RFC 3261 7.3.1), or the value's size. Commas inside a
// quoted string or inside <...> do not separate.
qsizetype elementEnd(QStringView value, qsizetype from)
{
    if (TextScan::indexOf(value, u',', from) < 0)
        return value.size(); // no comma at all: one element (the common case, found by a fast search)
    bool quoted = false;
    bool escaped = false;
    int angle = 0;
    for (qsizetype i = from; i < value.size(); ++i) {
        const QChar c = value[i];
        if (quoted) {
            if (escaped)
                escaped = false;
            else if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                quoted = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = true;
        else if (c == QLatin1Char('<'))
            ++angle;
        else if (c == QLatin1Char('>') && angle > 0)
            --angle;
        else if (c == QLatin1Char(',') && angle == 0)
            return i;
    }
    return value.size();
}

// Splits a header value at the commas that separate list elements (RFC 3261 7.3.1); empty
// elements are dropped.
QStringList splitList(const QString &value)
{
    QStringList parts;
    for (qsizetype start = 0; start <= value.size();) {
        const qsizetype end = elementEnd(value, start);
        const QStringView part = QStringView(value).sliced(start, end - start).trimmed();
        if (!part.isEmpty())
            parts << (part.size() == value.size() ? value : part.toString());
        start = end + 1;
    }
    return parts;
}

// The first non-empty list element of a header value, or an empty string.
QString firstElement(const QString &value)
{
    for (qsizetype start = 0; start <= value.size();) {
        const qsizetype end = elementEnd(value, start);
        const QStringView part = QStringView(value).sliced(start, end - start).trimmed();
        if (!part.isEmpty())
            return part.size() == value.size() ? value : part.toString();
        start = end + 1;
    }
    return QString();
}

} // namespace

namespace {
/// Room for the headers a message the engine builds has (11-14 for an INVITE through a
/// proxy): the list is allocated once instead of growing four or five times.
constexpr qsizetype BuiltHeaders = 16;

/// The method as a static string when it is one of SIP's (RFC 3261 and the extensions the
/// engine speaks), so reading a CSeq allocates nothing; else a copy of `method`.
QString sharedMethod(QStringView method)
{
    static const QString known[] = {
        QStringLiteral("INVITE"), QStringLiteral("ACK"), QStringLiteral("BYE"), QStringLiteral("CANCEL"),
        QStringLiteral("REGISTER"), QStringLiteral("OPTIONS"), QStringLiteral("PRACK"), QStringLiteral("UPDATE"),
        QStringLiteral("SUBSCRIBE"), QStringLiteral("NOTIFY"), QStringLiteral("MESSAGE"), QStringLiteral("REFER"),
        QStringLiteral("INFO"), QStringLiteral("PUBLISH"),
    };
    for (const QString &k : known) {
        if (k == method)
            return k;
    }
    return method.toString();
}
} // namespace

SipMessage SipMessage::request(const QString &method, const QString &requestUri)
{
    SipMessage m;
    m.m_headers.reserve(BuiltHeaders);
    m.m_isRequest = true;
    m.m_method = method;
    m.m_requestUri = requestUri;
    return m;
}

SipMessage SipMessage::response(int statusCode, const QString &reasonPhrase)
{
    SipMessage m;
    m.m_headers.reserve(BuiltHeaders);
    m.m_isRequest = false;
    m.m_statusCode = statusCode;
    m.m_reasonPhrase = reasonPhrase;
    return m;
}

SipMessage SipMessage::cancelFor(const SipMessage &invite)
{
    // RFC 3261 9.1: same Request-URI, Call-ID, To, From and CSeq number as the INVITE, method
    // CANCEL, one Via equal to the INVITE's top Via, its Route headers.
    SipMessage cancel = request(QStringLiteral("CANCEL"), invite.requestUri());
    cancel.addHeader(QStringLiteral("Via"), invite.headerValues(QStringLiteral("Via")).value(0));
    for (const QString &r : invite.headerLines(QStringLiteral("Route")))
        cancel.addHeader(QStringLiteral("Route"), r);
    cancel.addHeader(QStringLiteral("Max-Forwards"), QStringLiteral("70"));
    cancel.addHeader(QStringLiteral("To"), invite.header(QStringLiteral("To")));
    cancel.addHeader(QStringLiteral("From"), invite.header(QStringLiteral("From")));
    cancel.addHeader(QStringLiteral("Call-ID"), invite.callId());
    const auto cseq = invite.cseq();
    cancel.addHeader(QStringLiteral("CSeq"), QStringLiteral("%1 CANCEL").arg(cseq ? cseq->number : 0));
    cancel.setBody(QByteArray());
    return cancel;
}

int SipMessage::indexOf(const QString &name, int from) const
{
    // Stored names are canonical (addHeader). A long name as the callers write it ("Via",
    // "call-id") matches its canonical spelling case-insensitively, so only a compact form or a
    // name with surrounding spaces needs the canonical lookup.
    const bool plain = name.size() > 1 && !name.front().isSpace() && !name.back().isSpace();
    const QString canonical = plain ? name : SipHeaderNames::canonical(name);
    for (int i = from; i < m_headers.size(); ++i) {
        const QString &n = m_headers[i].name;
        if (n.size() != canonical.size() || n.isEmpty())
            continue;
        // Same length names mostly differ in their first letter (From / Date): for ASCII that
        // test comes before the full case-insensitive comparison.
        const char16_t a = n.front().unicode(), b = canonical.front().unicode();
        if (a < 0x80 && b < 0x80 && (a | 0x20) != (b | 0x20))
            continue;
        if (n == canonical || TextScan::equalsIgnoreCase(n, canonical))
            return i;
    }
    return -1;
}

bool SipMessage::hasHeader(const QString &name) const
{
    return indexOf(name) >= 0;
}

QString SipMessage::header(const QString &name) const
{
    const int i = indexOf(name);
    return i >= 0 ? m_headers[i].value : QString();
}

QStringList SipMessage::headerLines(const QString &name) const
{
    QStringList lines;
    for (int i = indexOf(name); i >= 0; i = indexOf(name, i + 1))
        lines << m_headers[i].value;
    return lines;
}

QStringList SipMessage::headerValues(const QString &name) const
{
    const QString canonical = SipHeaderNames::canonical(name);
    const QStringList lines = headerLines(canonical);
    if (!SipHeaderNames::isListHeader(canonical))
        return lines;
    QStringList values;
    for (const QString &line : lines)
        values << splitList(line);
    return values;
}

namespace {
bool isVia(const QString &canonicalName)
{
    return canonicalName == QLatin1String("Via");
}
} // namespace

QString SipMessage::firstValue(const QString &name) const
{
    if (!SipHeaderNames::isListHeader(SipHeaderNames::canonical(name)))
        return header(name);
    for (int i = indexOf(name); i >= 0; i = indexOf(name, i + 1)) {
        const QString first = firstElement(m_headers[i].value);
        if (!first.isEmpty())
            return first;
    }
    return QString();
}

void SipMessage::addHeader(const QString &name, const QString &value)
{
    m_headers.append({SipHeaderNames::canonical(name), value});
    headerChanged(m_headers.constLast().name);
    // Appending a Via changes the top one only when no earlier line gave one.
    if (!m_topVia && isVia(m_headers.constLast().name))
        refreshTopVia();
}

void SipMessage::addVia(const Via &via)
{
    const bool first = !m_topVia && indexOf(QStringLiteral("Via")) < 0;
    m_headers.append({QStringLiteral("Via"), via.toString()});
    if (first)
        m_topVia = via; // the only Via line: the top one
    else if (!m_topVia)
        refreshTopVia();
}

void SipMessage::prependVia(const Via &via)
{
    const int i = indexOf(QStringLiteral("Via"));
    m_headers.insert(i >= 0 ? i : 0, {QStringLiteral("Via"), via.toString()});
    m_topVia = via;
}

void SipMessage::addParsedHeader(const QString &canonicalName, const QString &value)
{
    m_headers.append({canonicalName, value});
}

void SipMessage::adoptParsed(Parsed parsed)
{
    if (parsed.topVia)
        m_topVia = std::move(parsed.topVia);
    else
        refreshTopVia();
    if (parsed.from || parsed.to || parsed.contact)
        m_addresses = std::make_shared<const Addresses>(Addresses{std::move(parsed.from), std::move(parsed.to), std::move(parsed.contact)});
    else
        m_addresses.reset();
    if (parsed.requestUri)
        m_requestUriParsed = std::make_shared<const SipUri>(std::move(*parsed.requestUri));
}

SipUri SipMessage::parsedRequestUri() const
{
    return m_requestUriParsed ? *m_requestUriParsed : SipUri::parse(m_requestUri);
}

void SipMessage::replaceTopVia(const Via &via)
{
    const int i = indexOf(QStringLiteral("Via"));
    if (i < 0) {
        addHeader(QStringLiteral("Via"), via.toString());
        return;
    }
    QStringList values = splitList(m_headers[i].value);
    if (values.size() <= 1) {
        m_headers[i].value = via.toString();
    } else {
        values.removeFirst();
        m_headers[i].value = values.join(QStringLiteral(", "));
        m_headers.insert(i, {QStringLiteral("Via"), via.toString()});
    }
    m_topVia = via;
}

void SipMessage::headerChanged(const QString &canonicalName)
{
    if (m_addresses
        && (canonicalName == QLatin1String("From") || canonicalName == QLatin1String("To")
            || canonicalName == QLatin1String("Contact")))
        m_addresses.reset();
}

bool SipMessage::operator==(const SipMessage &other) const
{
    return m_isRequest == other.m_isRequest && m_method == other.m_method && m_requestUri == other.m_requestUri
        && m_statusCode == other.m_statusCode && m_reasonPhrase == other.m_reasonPhrase && m_version == other.m_version
        && m_headers == other.m_headers && m_body == other.m_body;
}

void SipMessage::addViasOf(const SipMessage &other)
{
    const bool hadVia = indexOf(QStringLiteral("Via")) >= 0;
    for (const SipHeader &h : other.m_headers) {
        if (isVia(h.name))
            m_headers.append(h);
    }
    // The copied lines are other's Via lines in their order: their top Via is other's.
    if (hadVia)
        refreshTopVia();
    else
        m_topVia = other.m_topVia;
}

void SipMessage::prependHeader(const QString &name, const QString &value)
{
    const int i = indexOf(name);
    m_headers.insert(i >= 0 ? i : 0, {SipHeaderNames::canonical(name), value});
    headerChanged(m_headers.at(i >= 0 ? i : 0).name);
    if (isVia(m_headers.at(i >= 0 ? i : 0).name))
        refreshTopVia();
}

void SipMessage::insertHeaderBefore(const QString &before, const QString &name, const QString &value)
{
    const int i = indexOf(before);
    if (i < 0) {
        addHeader(name, value);
        return;
    }
    m_headers.insert(i, {SipHeaderNames::canonical(name), value});
    headerChanged(m_headers.at(i).name);
    if (isVia(m_headers.at(i).name))
        refreshTopVia();
}

void SipMessage::setHeader(const QString &name, const QString &value)
{
    const int i = indexOf(name);
    if (i < 0) {
        addHeader(name, value);
        return;
    }
    m_headers[i].value = value;
    for (int j = indexOf(name, i + 1); j >= 0; j = indexOf(name, i + 1))
        m_headers.removeAt(j);
    headerChanged(m_headers.at(i).name);
    if (isVia(m_headers.at(i).name))
        refreshTopVia();
}

int SipMessage::removeHeader(const QString &name)
{
    int removed = 0;
    for (int i = indexOf(name); i >= 0; i = indexOf(name, i)) {
        m_headers.removeAt(i);
        ++removed;
    }
    if (removed > 0) {
        const QString canonical = SipHeaderNames::canonical(name);
        headerChanged(canonical);
        if (isVia(canonical))
            m_topVia.reset(); // every Via line is gone
    }
    return removed;
}

bool SipMessage::removeFirstValue(const QString &name)
{
    const int i = indexOf(name);
    if (i < 0)
        return false;
    const bool via = isVia(m_headers.at(i).name);
    headerChanged(m_headers.at(i).name);
    // One element, no comma (nearly always): the line goes without splitting it.
    if (TextScan::indexOf(m_headers.at(i).value, u',', 0) < 0) {
        m_headers.removeAt(i);
        if (via)
            refreshTopVia();
        return true;
    }
    QStringList values = splitList(m_headers[i].value);
    if (values.size() <= 1) {
        m_headers.removeAt(i);
    } else {
        values.removeFirst();
        m_headers[i].value = values.join(QStringLiteral(", "));
    }
    if (via)
        refreshTopVia();
    return true;
}

QList<Via> SipMessage::vias() const
{
    QList<Via> result;
    for (const QString &v : headerValues(QStringLiteral("Via")))
        result << Via::parse(v);
    return result;
}

void SipMessage::refreshTopVia()
{
    // The first value of the first Via line that has one (RFC 3261 7.3.1: "Via: a, b" equals
    // two Via lines); the rest of the list is not split.
    m_topVia.reset();
    const QString first = firstValue(QStringLiteral("Via"));
    if (first.isEmpty())
        return;
    Via via = Via::parse(first);
    if (via.isValid())
        m_topVia = std::move(via);
}

std::optional<CSeq> SipMessage::cseq() const
{
    // RFC 3261 20.16: CSeq = 1*DIGIT LWS Method.
    const QString value = header(QStringLiteral("CSeq"));
    const QStringView text = QStringView(value).trimmed();
    qsizetype gap = 0;
    while (gap < text.size() && !text[gap].isSpace())
        ++gap;
    const QStringView numberText = text.first(gap);
    const QStringView method = text.sliced(gap).trimmed();
    if (numberText.isEmpty() || method.isEmpty())
        return std::nullopt;
    for (const QChar c : method) {
        if (c.isSpace())
            return std::nullopt;
    }
    bool ok = false;
    const qulonglong number = numberText.toULongLong(&ok);
    if (!ok || number > 0xFFFFFFFFull)
        return std::nullopt;
    return CSeq{static_cast<quint32>(number), sharedMethod(method)};
}

NameAddr SipMessage::from() const
{
    if (m_addresses && m_addresses->from)
        return *m_addresses->from;
    return NameAddr::parse(header(QStringLiteral("From")));
}

NameAddr SipMessage::to() const
{
    if (m_addresses && m_addresses->to)
        return *m_addresses->to;
    return NameAddr::parse(header(QStringLiteral("To")));
}

QString SipMessage::fromTag() const
{
    return NameAddr::headerParameter(header(QStringLiteral("From")), QStringLiteral("tag"));
}

QString SipMessage::toTag() const
{
    return NameAddr::headerParameter(header(QStringLiteral("To")), QStringLiteral("tag"));
}

QList<NameAddr> SipMessage::nameAddrs(const QString &name) const
{
    if (m_addresses && m_addresses->contact && SipHeaderNames::canonical(name) == QLatin1String("Contact"))
        return {*m_addresses->contact};
    QList<NameAddr> result;
    for (const QString &v : headerValues(name))
        result << NameAddr::parse(v);
    return result;
}

int SipMessage::maxForwards() const
{
    if (!hasHeader(QStringLiteral("Max-Forwards")))
        return -1;
    bool ok = false;
    const int value = header(QStringLiteral("Max-Forwards")).trimmed().toInt(&ok);
    return ok ? value : -1;
}

bool SipMessage::hasOptionTag(const QString &name, const QString &tag) const
{
    for (const QString &v : headerValues(name)) {
        if (TextScan::equalsIgnoreCase(v.trimmed(), tag))
            return true;
    }
    return false;
}

void SipMessage::setBody(const QByteArray &body, const QString &contentType)
{
    m_body = body;
    if (body.isEmpty() || contentType.isEmpty())
        removeHeader(QStringLiteral("Content-Type"));
    if (!body.isEmpty() && !contentType.isEmpty())
        setHeader(QStringLiteral("Content-Type"), contentType);
    setHeader(QStringLiteral("Content-Length"), QString::number(body.size()));
}

QString SipMessage::summary() const
{
    if (m_isRequest)
        return m_method;
    return m_reasonPhrase.isEmpty() ? QString::number(m_statusCode)
                                    : QString::number(m_statusCode) + QLatin1Char(' ') + m_reasonPhrase;
}

QString SipMessage::startLine() const
{
    if (m_isRequest)
        return m_method + QLatin1Char(' ') + m_requestUri + QLatin1Char(' ') + m_version;
    return m_version + QLatin1Char(' ') + QString::number(m_statusCode) + QLatin1Char(' ') + m_reasonPhrase;
}

namespace {
/// Appends `text` as UTF-8 at `at` of a buffer already large enough for one byte per
/// character: ASCII (nearly all of SIP) is copied as it is, the rest goes through the codec.
/// Returns the new end.
qsizetype writeUtf8(QByteArray &out, qsizetype at, QStringView text)
{
    char *d = out.data() + at;
    // Nearly always ASCII: one pass that the compiler can vectorise decides, a second copies.
    char16_t any = 0;
    for (const QChar c : text)
        any |= c.unicode();
    if (any < 0x80) {
        for (qsizetype i = 0; i < text.size(); ++i)
            d[i] = char(text[i].unicode());
        return at + text.size();
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80) {
            const QByteArray rest = text.sliced(i).toUtf8();
            out.resize(out.size() + rest.size() - (text.size() - i));
            std::memcpy(out.data() + at + i, rest.constData(), size_t(rest.size()));
            return at + i + rest.size();
        }
        d[i] = char(c);
    }
    return at + text.size();
}
} // namespace

QByteArray SipMessage::toBytes() const
{
    // The start line written in place (startLine() builds a QString of it).
    char status[4] = {};
    if (!m_isRequest && m_statusCode >= 100 && m_statusCode <= 999) {
        status[0] = char('0' + m_statusCode / 100);
        status[1] = char('0' + m_statusCode / 10 % 10);
        status[2] = char('0' + m_statusCode % 10);
    }
    const QString number = m_isRequest || status[0] ? QString() : QString::number(m_statusCode);
    const qsizetype numberSize = status[0] ? 3 : number.size();
    qsizetype size = (m_isRequest ? m_method.size() + 1 + m_requestUri.size() + 1 + m_version.size()
                                  : m_version.size() + 1 + numberSize + 1 + m_reasonPhrase.size())
        + 2 + 2 + m_body.size();
    for (const SipHeader &h : m_headers)
        size += h.name.size() + 2 + h.value.size() + 2;
    QByteArray out(size, Qt::Uninitialized);
    qsizetype at = 0;
    auto put = [&](const char *text, qsizetype n) {
        std::memcpy(out.data() + at, text, size_t(n));
        at += n;
    };
    if (m_isRequest) {
        at = writeUtf8(out, at, m_method);
        put(" ", 1);
        at = writeUtf8(out, at, m_requestUri);
        put(" ", 1);
        at = writeUtf8(out, at, m_version);
    } else {
        at = writeUtf8(out, at, m_version);
        put(" ", 1);
        if (status[0])
            put(status, 3);
        else
            at = writeUtf8(out, at, number);
        put(" ", 1);
        at = writeUtf8(out, at, m_reasonPhrase);
    }
    put("\r\n", 2);
    for (const SipHeader &h : m_headers) {
        at = writeUtf8(out, at, h.name);
        put(": ", 2);
        at = writeUtf8(out, at, h.value);
        put("\r\n", 2);
    }
    put("\r\n", 2);
    put(m_body.constData(), m_body.size());
    Q_ASSERT(at == out.size());
    return out;
}

} // namespace SipLab
