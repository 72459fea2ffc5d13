#include "sipparser.h"

#include "sipheadernames.h"
#include "textscan.h"

#include <QSet>
#include <QVarLengthArray>

#include <string_view>
#include <unordered_map>

namespace SipLab {

QString SipParseError::toString() const
{
    if (line > 0)
        return QStringLiteral("line %1: %2").arg(line).arg(message);
    return message;
}

namespace {

bool isToken(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!TextScan::isTokenChar(c))
            return false;
    }
    return true;
}

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return true;
}

/// The words of `text` between runs of whitespace, at most `max` of them (one more tells "too many").
int words(QStringView text, QStringView *out, int max)
{
    int count = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i].isSpace())
            ++i;
        if (i >= text.size())
            break;
        const qsizetype start = i;
        while (i < text.size() && !text[i].isSpace())
            ++i;
        if (count == max)
            return max + 1;
        out[count++] = text.sliced(start, i - start);
    }
    return count;
}

const QSet<QString> &knownMethods()
{
    static const QSet<QString> methods = {
        QStringLiteral("INVITE"), QStringLiteral("ACK"), QStringLiteral("BYE"), QStringLiteral("CANCEL"),
        QStringLiteral("OPTIONS"), QStringLiteral("REGISTER"), QStringLiteral("PRACK"), QStringLiteral("SUBSCRIBE"),
        QStringLiteral("NOTIFY"), QStringLiteral("PUBLISH"), QStringLiteral("INFO"), QStringLiteral("REFER"),
        QStringLiteral("MESSAGE"), QStringLiteral("UPDATE")};
    return methods;
}

/// The grammars whose check ValidValues remembers.
enum class Grammar : quint8 { ViaList = 1, NameAddr = 2, NameAddrList = 4 };

/// Header values already found valid, per thread. A call repeats its From, To, Contact, Route
/// and Via values from message to message (a response carries the request's Vias), and whether
/// a value parses is a function of its text alone: a value seen valid once is not parsed again.
/// Invalid values are always parsed, so their errors are reported in full. Bounded: forgotten
/// all at once when full. (Only validity is kept: keeping the parsed values as well cost more
/// in copies than it saved, measured with callgrind on a REGISTER flood of new values.)
class ValidValues
{
public:
    static bool contains(const QString &value, Grammar grammar)
    {
        const auto it = table().find(value);
        return it != table().end() && (it->second & quint8(grammar));
    }
    static void insert(const QString &value, Grammar grammar)
    {
        Table &t = table();
        if (t.size() >= Capacity)
            t.clear();
        t[value] |= quint8(grammar);
    }

private:
    // Not QHash: Qt 6.4's string hash is slow between AVX-512 code (see TextScan::hash).
    using Table = std::unordered_map<QString, quint8, TextScan::Hasher>;
    static constexpr size_t Capacity = 4096;
    static Table &table()
    {
        static thread_local Table values;
        return values;
    }
};

bool hasComma(const QString &value)
{
    return TextScan::contains(value, u',');
}

/// A raw (unfolded) header line with the line number where it started.
struct RawHeader
{
    int line = 0;
    QString name;
    QString value;
};

class Parser
{
public:
    explicit Parser(const QByteArray &bytes)
        : m_bytes(bytes)
    {
    }

    SipParseResult run();

private:
    bool fail(int line, const QString &header, const QString &message, int status = -1)
    {
        m_error.line = line;
        m_error.header = header;
        m_error.message = message;
        m_error.suggestedStatus = status >= 0 ? status : (m_isResponse ? 0 : 400);
        return false;
    }
    bool parseStartLine(QStringView line);
    bool checkHeader(const RawHeader &h);
    /// Checks a From/To (list false) or Contact/Route/Record-Route value; `parsed`, if given,
    /// gets the value as one name-addr when it is not a comma list.
    bool checkNameAddr(const RawHeader &h, bool list, std::optional<NameAddr> *parsed = nullptr);

    const QByteArray &m_bytes;
    SipParseError m_error;
    bool m_isResponse = false;
    SipMessage m_message;
    int m_startLineNumber = 1;
    SipMessage::Parsed m_parsed; // for SipMessage::adoptParsed
    int m_viaLines = 0;
    int m_fromLines = 0;
    int m_toLines = 0;
    int m_contactLines = 0;
};

bool Parser::parseStartLine(QStringView line)
{
    const int n = m_startLineNumber;
    if (line.startsWith(QLatin1String("SIP/"), Qt::CaseInsensitive)) {
        // Status-Line = SIP-Version SP Status-Code SP Reason-Phrase (RFC 3261 7.2, 25.1)
        m_isResponse = true;
        const qsizetype sp1 = TextScan::indexOf(line, u' ');
        if (sp1 < 0)
            return fail(n, QString(), QStringLiteral("status line '%1' has no status code").arg(line));
        const QStringView version = line.first(sp1);
        const qsizetype sp2 = TextScan::indexOf(line, u' ', sp1 + 1);
        const QStringView code = sp2 < 0 ? line.sliced(sp1 + 1) : line.sliced(sp1 + 1, sp2 - sp1 - 1);
        if (version.compare(QLatin1String("SIP/2.0"), Qt::CaseInsensitive) != 0)
            return fail(n, QString(), QStringLiteral("unsupported SIP version '%1' in the status line").arg(version));
        if (code.size() != 3 || !isDigits(code) || code[0] < QLatin1Char('1') || code[0] > QLatin1Char('6'))
            return fail(n, QString(), QStringLiteral("status code '%1' is not a three-digit code 100-699").arg(code));
        m_message = SipMessage::response(code.toInt(), sp2 < 0 ? QString() : line.sliced(sp2 + 1).toString());
        static const QString sip20 = QStringLiteral("SIP/2.0");
        m_message.setSipVersion(sip20);
        return true;
    }
    // Request-Line = Method SP Request-URI SP SIP-Version (RFC 3261 7.1): exactly single spaces.
    const qsizetype sp1 = TextScan::indexOf(line, u' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : TextScan::indexOf(line, u' ', sp1 + 1);
    const bool wellSpaced = sp1 > 0 && sp2 > sp1 + 1 && sp2 + 1 < line.size() && TextScan::indexOf(line, u' ', sp2 + 1) < 0;
    if (!wellSpaced) {
        const QStringList parts = line.toString().split(QLatin1Char(' '));
        if (line.contains(QLatin1String("  ")) || line.endsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char(' ')))
            return fail(n, QString(),
                        QStringLiteral("request line must separate method, Request-URI and version by single spaces, "
                                       "with no extra whitespace (RFC 3261 7.1)"));
        if (parts.size() < 3)
            return fail(n, QString(), QStringLiteral("request line '%1' lacks the SIP version").arg(line));
        return fail(n, QString(),
                    QStringLiteral("request line has whitespace inside the Request-URI '%1' (RFC 3261 7.1)")
                        .arg(parts.mid(1, parts.size() - 2).join(QLatin1Char(' '))));
    }
    const QStringView parts[3] = {line.first(sp1), line.sliced(sp1 + 1, sp2 - sp1 - 1), line.sliced(sp2 + 1)};
    const QStringView method = parts[0];
    if (!isToken(method))
        return fail(n, QString(), QStringLiteral("method '%1' is not a token").arg(method));
    if (parts[2].compare(QLatin1String("SIP/2.0"), Qt::CaseInsensitive) != 0) {
        if (parts[2].startsWith(QLatin1String("SIP/"), Qt::CaseInsensitive))
            return fail(n, QString(), QStringLiteral("unsupported SIP version '%1' (RFC 3261 8.2.2.1 answers 505)").arg(parts[2]), 505);
        return fail(n, QString(), QStringLiteral("request line ends with '%1', not SIP/2.0").arg(parts[2]));
    }
    QString uriError;
    const SipUri uri = SipUri::parse(parts[1], &uriError);
    if (!uri.isValid())
        return fail(n, QString(), QStringLiteral("malformed Request-URI: %1").arg(uriError));
    if (uri.isSipOrSips() && !uri.headers().isEmpty())
        return fail(n, QString(),
                    QStringLiteral("the Request-URI '%1' carries escaped headers, which RFC 3261 19.1.1 does not allow there")
                        .arg(parts[1]));
    m_message = SipMessage::request(method.toString(), parts[1].toString());
    m_parsed.requestUri = uri;
    return true;
}

bool Parser::checkNameAddr(const RawHeader &h, bool list, std::optional<NameAddr> *parsed)
{
    const Grammar grammar = list ? Grammar::NameAddrList : Grammar::NameAddr;
    if (ValidValues::contains(h.value, grammar))
        return true; // seen valid: parsed later only if the engine asks for it
    QString error;
    std::optional<NameAddr> single;
    if (list) {
        if (h.name == QLatin1String("Contact") && h.value.trimmed() == QLatin1String("*"))
            return true;
        QList<NameAddr> values = NameAddr::parseList(h.value, &error);
        if (values.isEmpty())
            return fail(h.line, h.name, QStringLiteral("%1: %2").arg(h.name, error));
        if (values.size() == 1 && !hasComma(h.value))
            single = std::move(values.first());
    } else {
        NameAddr value = NameAddr::parse(h.value, &error);
        if (!value.isValid())
            return fail(h.line, h.name, QStringLiteral("%1: %2").arg(h.name, error));
        if (!hasComma(h.value))
            single = std::move(value);
    }
    ValidValues::insert(h.value, grammar);
    if (parsed)
        *parsed = std::move(single);
    return true;
}

bool Parser::checkHeader(const RawHeader &h)
{
    const QString &name = h.name;
    const QString value = h.value;
    if (name == QLatin1String("Via")) {
        // The top Via is the first value of the first Via line (RFC 3261 7.3.1).
        const bool top = m_viaLines++ == 0;
        if (!ValidValues::contains(value, Grammar::ViaList)) {
            QString error;
            QList<Via> vias = Via::parseList(value, &error);
            if (vias.isEmpty())
                return fail(h.line, name, QStringLiteral("Via: %1").arg(error));
            ValidValues::insert(value, Grammar::ViaList);
            if (top && vias.size() == 1 && !hasComma(value))
                m_parsed.topVia = std::move(vias.first());
        }
    } else if (name == QLatin1String("From")) {
        return checkNameAddr(h, false, m_fromLines++ == 0 ? &m_parsed.from : nullptr);
    } else if (name == QLatin1String("To")) {
        return checkNameAddr(h, false, m_toLines++ == 0 ? &m_parsed.to : nullptr);
    } else if (name == QLatin1String("Contact")) {
        // Kept parsed only when it is the only Contact value (nameAddrs gives every value).
        const bool only = m_contactLines++ == 0;
        if (!only)
            m_parsed.contact.reset();
        return checkNameAddr(h, true, only ? &m_parsed.contact : nullptr);
    } else if (name == QLatin1String("Route") || name == QLatin1String("Record-Route")) {
        return checkNameAddr(h, true);
    } else if (name == QLatin1String("CSeq")) {
        QStringView parts[2];
        if (words(value, parts, 2) != 2 || !isDigits(parts[0]) || !isToken(parts[1]))
            return fail(h.line, name, QStringLiteral("CSeq '%1' is not 'number METHOD'").arg(value));
        bool ok = false;
        const qulonglong number = parts[0].toULongLong(&ok);
        // RFC 3261 8.1.1.5: the sequence number MUST be expressible as a 32-bit unsigned integer.
        if (!ok || number > 0xffffffffULL)
            return fail(h.line, name, QStringLiteral("CSeq number %1 is larger than 2^32-1 (RFC 3261 8.1.1.5)").arg(parts[0]));
        if (!m_isResponse && parts[1] != m_message.method()) {
            // RFC 4475 3.1.2.18: an unknown method with a mismatched CSeq is best answered 501.
            const int status = knownMethods().contains(m_message.method()) ? 400 : 501;
            return fail(h.line, name,
                        QStringLiteral("CSeq method '%1' does not match request method '%2'").arg(parts[1], m_message.method()),
                        status);
        }
    } else if (name == QLatin1String("Max-Forwards")) {
        const QString v = value.trimmed();
        if (!isDigits(v) || v.toULongLong() > 255)
            return fail(h.line, name, QStringLiteral("Max-Forwards '%1' is not a number 0-255 (RFC 3261 20.22)").arg(v));
    } else if (name == QLatin1String("Content-Length")) {
        const QString v = value.trimmed();
        if (!isDigits(v))
            return fail(h.line, name, QStringLiteral("Content-Length '%1' is not a non-negative number (RFC 3261 20.14)").arg(v));
    } else if (name == QLatin1String("Call-ID")) {
        const QString v = value.trimmed();
        if (v.isEmpty() || TextScan::contains(v, u' ') || TextScan::contains(v, u'\t'))
            return fail(h.line, name, QStringLiteral("Call-ID '%1' must be one word (RFC 3261 25.1)").arg(v));
    } else if (name == QLatin1String("Date")) {
        // RFC 3261 20.17: rfc1123-date, and only "GMT" is allowed as the time zone.
        if (!value.trimmed().endsWith(QLatin1String(" GMT")))
            return fail(h.line, name, QStringLiteral("Date '%1' must use the time zone GMT (RFC 3261 20.17)").arg(value.trimmed()));
    } else if (name == QLatin1String("Warning")) {
        for (const QString &w : value.split(QLatin1Char(','))) {
            const QString code = w.trimmed().section(QLatin1Char(' '), 0, 0);
            if (code.size() != 3 || !isDigits(code))
                return fail(h.line, name, QStringLiteral("Warning code '%1' is not three digits (RFC 3261 20.43)").arg(code));
        }
    } else if (name == QLatin1String("Retry-After") || name == QLatin1String("Expires") || name == QLatin1String("Min-Expires")) {
        const QString v = value.trimmed().section(QLatin1Char(';'), 0, 0).section(QLatin1Char('('), 0, 0).trimmed();
        if (!isDigits(v))
            return fail(h.line, name, QStringLiteral("%1 '%2' is not a number of seconds").arg(name, v));
        if (name == QLatin1String("Retry-After") && (v.size() > 10 || v.toULongLong() > 0xffffffffULL))
            return fail(h.line, name, QStringLiteral("Retry-After %1 is larger than 2^32-1").arg(v));
    }
    return true;
}

SipParseResult Parser::run()
{
    SipParseResult result;
    // RFC 3261 7.5: CRLFs before the start line are ignored.
    qsizetype pos = 0;
    while (pos + 1 < m_bytes.size() && m_bytes[pos] == '\r' && m_bytes[pos + 1] == '\n') {
        pos += 2;
        ++m_startLineNumber;
    }
    if (pos >= m_bytes.size()) {
        fail(0, QString(), QStringLiteral("empty message"));
        result.error = m_error;
        return result;
    }
    // The header section ends at the first empty line. Over UDP a message without it is
    // malformed; the headers are still checked first so the error names the real problem.
    const std::string_view bytes(m_bytes.constData(), size_t(m_bytes.size()));
    const size_t blank = bytes.find("\r\n\r\n", size_t(pos));
    qsizetype end = m_bytes.size();
    qsizetype bodyStart = -1;
    const bool missingBlankLine = blank == std::string_view::npos;
    if (!missingBlankLine) {
        end = qsizetype(blank);
        bodyStart = end + 4;
    }
    const QString head = QString::fromUtf8(m_bytes.constData() + pos, end - pos);
    // The lines of the header section, split at CRLF as written (a lone CR or LF stays inside).
    QVarLengthArray<QStringView, 32> lines;
    const QStringView headView(head);
    for (qsizetype from = 0;;) {
        qsizetype cr = TextScan::indexOf(headView, u'\r', from);
        while (cr >= 0 && (cr + 1 >= headView.size() || headView[cr + 1] != QLatin1Char('\n')))
            cr = TextScan::indexOf(headView, u'\r', cr + 1);
        if (cr < 0) {
            lines.append(headView.sliced(from));
            break;
        }
        lines.append(headView.sliced(from, cr - from));
        from = cr + 2;
    }
    if (missingBlankLine && lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast();

    if (!parseStartLine(lines.first())) {
        result.error = m_error;
        return result;
    }
    // Unfold continuation lines (RFC 3261 7.3.1) and split "name HCOLON value".
    QVarLengthArray<RawHeader, 24> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringView line = lines[i];
        const int lineNumber = m_startLineNumber + int(i);
        if (!line.isEmpty() && (line[0] == QLatin1Char(' ') || line[0] == QLatin1Char('\t'))) {
            if (headers.isEmpty()) {
                fail(lineNumber, QString(), QStringLiteral("continuation line before any header"));
                result.error = m_error;
                return result;
            }
            QString &value = headers.last().value;
            value = QString(value + QLatin1Char(' ') + line.trimmed()).trimmed();
            continue;
        }
        const qsizetype colon = TextScan::indexOf(line, u':');
        if (colon < 0) {
            fail(lineNumber, QString(), QStringLiteral("header line '%1' has no ':'").arg(line.left(60)));
            result.error = m_error;
            return result;
        }
        const QStringView rawName = line.first(colon).trimmed();
        if (!isToken(rawName)) {
            fail(lineNumber, QString(), QStringLiteral("'%1' is not a valid header name").arg(rawName.left(60)));
            result.error = m_error;
            return result;
        }
        headers.append({lineNumber, SipHeaderNames::canonical(rawName), line.sliced(colon + 1).trimmed().toString()});
    }
    int contentLengthCount = 0;
    QString contentLength;
    for (const RawHeader &h : headers) {
        if (!checkHeader(h)) {
            result.error = m_error;
            return result;
        }
        if (h.name == QLatin1String("Content-Length")) {
            // RFC 4475 3.3.9: two Content-Length values make the framing ambiguous.
            if (contentLengthCount++ > 0 && h.value.trimmed() != contentLength) {
                fail(h.line, h.name,
                     QStringLiteral("Content-Length appears twice with different values (%1 and %2)").arg(contentLength, h.value.trimmed()));
                result.error = m_error;
                return result;
            }
            contentLength = h.value.trimmed();
        }
        m_message.addParsedHeader(h.name, h.value);
    }
    m_message.adoptParsed(std::move(m_parsed));
    if (missingBlankLine) {
        fail(m_startLineNumber + int(lines.size()), QString(), QStringLiteral("no empty line ends the header section (RFC 3261 7)"));
        result.error = m_error;
        return result;
    }
    QByteArray body = m_bytes.mid(bodyStart);
    if (contentLengthCount > 0) {
        const qulonglong length = contentLength.toULongLong();
        if (length > qulonglong(body.size())) {
            fail(0, QStringLiteral("Content-Length"),
                 QStringLiteral("Content-Length %1 is larger than the %2 bytes of body received (RFC 3261 18.3)").arg(contentLength).arg(body.size()));
            result.error = m_error;
            return result;
        }
        // RFC 3261 18.3: octets after Content-Length are discarded.
        body.truncate(qsizetype(length));
    }
    m_message.setRawBody(body);
    result.message = m_message;
    return result;
}

} // namespace

SipParseResult SipParser::parse(const QByteArray &bytes)
{
    Parser parser(bytes);
    return parser.run();
}

} // namespace SipLab
