#include "sipmessage.h"

#include "sipheadernames.h"
#include "textscan.h"

#include <cstring>
#include <utility>

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

namespace {
/// Every empty message shares one block (made once), so making one allocates nothing: the
/// trace's, the queue's and the transactions' default messages are many.
const QSharedDataPointer<SipMessageData> &emptyData()
{
    static const QSharedDataPointer<SipMessageData> empty(new SipMessageData);
    return empty;
}
} // namespace

SipMessage::SipMessage()
    : d(emptyData())
{
}

SipMessage::SipMessage(SipMessage &&other) noexcept
    : d(std::exchange(other.d, emptyData()))
{
}

SipMessage &SipMessage::operator=(SipMessage &&other) noexcept
{
    d.swap(other.d); // other keeps this message's old data: still a valid message
    return *this;
}

SipMessage SipMessage::request(const QString &method, const QString &requestUri)
{
    SipMessage m;
    m.d->headers.reserve(BuiltHeaders);
    m.d->isRequest = true;
    m.d->method = method;
    m.d->requestUri = requestUri;
    return m;
}

SipMessage SipMessage::response(int statusCode, const QString &reasonPhrase)
{
    SipMessage m;
    m.d->headers.reserve(BuiltHeaders);
    m.d->isRequest = false;
    m.d->statusCode = statusCode;
    m.d->reasonPhrase = reasonPhrase;
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
    for (int i = from; i < d->headers.size(); ++i) {
        const QString &n = d->headers[i].name;
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
    return i >= 0 ? d->headers[i].value : QString();
}

QStringList SipMessage::headerLines(const QString &name) const
{
    QStringList lines;
    for (int i = indexOf(name); i >= 0; i = indexOf(name, i + 1))
        lines << d->headers[i].value;
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
        const QString first = firstElement(d->headers[i].value);
        if (!first.isEmpty())
            return first;
    }
    return QString();
}

void SipMessage::addHeader(const QString &name, const QString &value)
{
    d->headers.append({SipHeaderNames::canonical(name), value});
    headerChanged(d->headers.constLast().name);
    // Appending a Via changes the top one only when no earlier line gave one.
    if (!d->topVia && isVia(d->headers.constLast().name))
        refreshTopVia();
}

void SipMessage::addVia(const Via &via)
{
    const bool first = !d->topVia && indexOf(QStringLiteral("Via")) < 0;
    d->headers.append({QStringLiteral("Via"), via.toString()});
    if (first)
        d->topVia = via; // the only Via line: the top one
    else if (!d->topVia)
        refreshTopVia();
}

void SipMessage::prependVia(const Via &via)
{
    const int i = indexOf(QStringLiteral("Via"));
    d->headers.insert(i >= 0 ? i : 0, {QStringLiteral("Via"), via.toString()});
    d->topVia = via;
}

void SipMessage::addParsedHeader(const QString &canonicalName, const QString &value)
{
    d->headers.append({canonicalName, value});
}

void SipMessage::adoptParsed(Parsed parsed)
{
    if (parsed.topVia)
        d->topVia = std::move(parsed.topVia);
    else
        refreshTopVia();
    if (parsed.from || parsed.to || parsed.contact)
        d->addresses = std::make_shared<const SipMessageData::Addresses>(SipMessageData::Addresses{std::move(parsed.from), std::move(parsed.to), std::move(parsed.contact)});
    else
        d->addresses.reset();
    if (parsed.requestUri)
        d->requestUriParsed = std::make_shared<const SipUri>(std::move(*parsed.requestUri));
}

SipUri SipMessage::parsedRequestUri() const
{
    return d->requestUriParsed ? *d->requestUriParsed : SipUri::parse(d->requestUri);
}

void SipMessage::replaceTopVia(const Via &via)
{
    const int i = indexOf(QStringLiteral("Via"));
    if (i < 0) {
        addHeader(QStringLiteral("Via"), via.toString());
        return;
    }
    QStringList values = splitList(d->headers[i].value);
    if (values.size() <= 1) {
        d->headers[i].value = via.toString();
    } else {
        values.removeFirst();
        d->headers[i].value = values.join(QStringLiteral(", "));
        d->headers.insert(i, {QStringLiteral("Via"), via.toString()});
    }
    d->topVia = via;
}

void SipMessage::headerChanged(const QString &canonicalName)
{
    if (d->addresses
        && (canonicalName == QLatin1String("From") || canonicalName == QLatin1String("To")
            || canonicalName == QLatin1String("Contact")))
        d->addresses.reset();
}

bool SipMessage::operator==(const SipMessage &other) const
{
    return d->isRequest == other.d->isRequest && d->method == other.d->method && d->requestUri == other.d->requestUri
        && d->statusCode == other.d->statusCode && d->reasonPhrase == other.d->reasonPhrase && d->version == other.d->version
        && d->headers == other.d->headers && d->body == other.d->body;
}

void SipMessage::addViasOf(const SipMessage &other)
{
    const bool hadVia = indexOf(QStringLiteral("Via")) >= 0;
    for (const SipHeader &h : other.d->headers) {
        if (isVia(h.name))
            d->headers.append(h);
    }
    // The copied lines are other's Via lines in their order: their top Via is other's.
    if (hadVia)
        refreshTopVia();
    else
        d->topVia = other.d->topVia;
}

void SipMessage::prependHeader(const QString &name, const QString &value)
{
    const int i = indexOf(name);
    d->headers.insert(i >= 0 ? i : 0, {SipHeaderNames::canonical(name), value});
    headerChanged(d->headers.at(i >= 0 ? i : 0).name);
    if (isVia(d->headers.at(i >= 0 ? i : 0).name))
        refreshTopVia();
}

void SipMessage::insertHeaderBefore(const QString &before, const QString &name, const QString &value)
{
    const int i = indexOf(before);
    if (i < 0) {
        addHeader(name, value);
        return;
    }
    d->headers.insert(i, {SipHeaderNames::canonical(name), value});
    headerChanged(d->headers.at(i).name);
    if (isVia(d->headers.at(i).name))
        refreshTopVia();
}

void SipMessage::setHeader(const QString &name, const QString &value)
{
    const int i = indexOf(name);
    if (i < 0) {
        addHeader(name, value);
        return;
    }
    d->headers[i].value = value;
    for (int j = indexOf(name, i + 1); j >= 0; j = indexOf(name, i + 1))
        d->headers.removeAt(j);
    headerChanged(d->headers.at(i).name);
    if (isVia(d->headers.at(i).name))
        refreshTopVia();
}

int SipMessage::removeHeader(const QString &name)
{
    int removed = 0;
    for (int i = indexOf(name); i >= 0; i = indexOf(name, i)) {
        d->headers.removeAt(i);
        ++removed;
    }
    if (removed > 0) {
        const QString canonical = SipHeaderNames::canonical(name);
        headerChanged(canonical);
        if (isVia(canonical))
            d->topVia.reset(); // every Via line is gone
    }
    return removed;
}

bool SipMessage::removeFirstValue(const QString &name)
{
    const int i = indexOf(name);
    if (i < 0)
        return false;
    const bool via = isVia(d->headers.at(i).name);
    headerChanged(d->headers.at(i).name);
    // One element, no comma (nearly always): the line goes without splitting it.
    if (TextScan::indexOf(d->headers.at(i).value, u',', 0) < 0) {
        d->headers.removeAt(i);
        if (via)
            refreshTopVia();
        return true;
    }
    QStringList values = splitList(d->headers[i].value);
    if (values.size() <= 1) {
        d->headers.removeAt(i);
    } else {
        values.removeFirst();
        d->headers[i].value = values.join(QStringLiteral(", "));
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
    d->topVia.reset();
    const QString first = firstValue(QStringLiteral("Via"));
    if (first.isEmpty())
        return;
    Via via = Via::parse(first);
    if (via.isValid())
        d->topVia = std::move(via);
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
    if (d->addresses && d->addresses->from)
        return *d->addresses->from;
    return NameAddr::parse(header(QStringLiteral("From")));
}

NameAddr SipMessage::to() const
{
    if (d->addresses && d->addresses->to)
        return *d->addresses->to;
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
    if (d->addresses && d->addresses->contact && SipHeaderNames::canonical(name) == QLatin1String("Contact"))
        return {*d->addresses->contact};
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
    d->body = body;
    if (body.isEmpty() || contentType.isEmpty())
        removeHeader(QStringLiteral("Content-Type"));
    if (!body.isEmpty() && !contentType.isEmpty())
        setHeader(QStringLiteral("Content-Type"), contentType);
    setHeader(QStringLiteral("Content-Length"), QString::number(body.size()));
}

QString SipMessage::summary() const
{
    if (d->isRequest)
        return d->method;
    return d->reasonPhrase.isEmpty() ? QString::number(d->statusCode)
                                    : QString::number(d->statusCode) + QLatin1Char(' ') + d->reasonPhrase;
}

QString SipMessage::startLine() const
{
    if (d->isRequest)
        return d->method + QLatin1Char(' ') + d->requestUri + QLatin1Char(' ') + d->version;
    return d->version + QLatin1Char(' ') + QString::number(d->statusCode) + QLatin1Char(' ') + d->reasonPhrase;
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
    if (!d->isRequest && d->statusCode >= 100 && d->statusCode <= 999) {
        status[0] = char('0' + d->statusCode / 100);
        status[1] = char('0' + d->statusCode / 10 % 10);
        status[2] = char('0' + d->statusCode % 10);
    }
    const QString number = d->isRequest || status[0] ? QString() : QString::number(d->statusCode);
    const qsizetype numberSize = status[0] ? 3 : number.size();
    qsizetype size = (d->isRequest ? d->method.size() + 1 + d->requestUri.size() + 1 + d->version.size()
                                  : d->version.size() + 1 + numberSize + 1 + d->reasonPhrase.size())
        + 2 + 2 + d->body.size();
    for (const SipHeader &h : d->headers)
        size += h.name.size() + 2 + h.value.size() + 2;
    QByteArray out(size, Qt::Uninitialized);
    qsizetype at = 0;
    auto put = [&](const char *text, qsizetype n) {
        std::memcpy(out.data() + at, text, size_t(n));
        at += n;
    };
    if (d->isRequest) {
        at = writeUtf8(out, at, d->method);
        put(" ", 1);
        at = writeUtf8(out, at, d->requestUri);
        put(" ", 1);
        at = writeUtf8(out, at, d->version);
    } else {
        at = writeUtf8(out, at, d->version);
        put(" ", 1);
        if (status[0])
            put(status, 3);
        else
            at = writeUtf8(out, at, number);
        put(" ", 1);
        at = writeUtf8(out, at, d->reasonPhrase);
    }
    put("\r\n", 2);
    for (const SipHeader &h : d->headers) {
        at = writeUtf8(out, at, h.name);
        put(": ", 2);
        at = writeUtf8(out, at, h.value);
        put("\r\n", 2);
    }
    put("\r\n", 2);
    put(d->body.constData(), d->body.size());
    Q_ASSERT(at == out.size());
    return out;
}

} // namespace SipLab
