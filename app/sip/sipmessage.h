#pragma once

#include "nameaddr.h"
#include "via.h"

#include <QByteArray>
#include <QList>
#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>

#include <memory>
#include <optional>

namespace SipLab {

/// One header line: canonical name and its value as written (trimmed, unfolded).
struct SipHeader
{
    QString name;
    QString value;
    bool operator==(const SipHeader &other) const = default;
};
} // namespace SipLab
// Qt value types and numbers only: moved as bytes when a QList grows or inserts.
Q_DECLARE_TYPEINFO(SipLab::SipHeader, Q_RELOCATABLE_TYPE);
namespace SipLab {

/// The CSeq header (RFC 3261 20.16): sequence number and method.
struct CSeq
{
    quint32 number = 0;
    QString method;
    bool operator==(const CSeq &other) const = default;
};

/// What a SipMessage holds, shared between its copies until one of them changes (Qt's implicit
/// sharing): a message is copied into the trace, its delivery, the transactions and the nodes'
/// state, and most copies are never changed, so a copy is one reference count, not a dozen.
struct SipMessageData : public QSharedData
{
    bool isRequest = true;
    QString method;
    QString requestUri;
    int statusCode = 0;
    QString reasonPhrase;
    QString version = QStringLiteral("SIP/2.0");
    QList<SipHeader> headers;
    QByteArray body;
    std::optional<Via> topVia; // topVia(): follows headers (refreshTopVia after each Via change)
    /// From, To and the only Contact as the parser found them (shared by the copies of a
    /// received message); reset when one of those headers changes.
    struct Addresses
    {
        std::optional<NameAddr> from;
        std::optional<NameAddr> to;
        std::optional<NameAddr> contact;
    };
    std::shared_ptr<const Addresses> addresses;
    std::shared_ptr<const SipUri> requestUriParsed; // parsedRequestUri(), from the parser
};

/// A SIP request or response (RFC 3261 7): start line, ordered headers (a name may appear
/// several times, order kept), and a body kept as bytes (SDP stays text). The model does not
/// validate; SipParser does that on the way in, the engine builds only valid messages.
class SipMessage
{
public:
    /// An empty request (no start line, headers or body); shares one empty data block.
    SipMessage();
    SipMessage(const SipMessage &other) = default;
    SipMessage &operator=(const SipMessage &other) = default;
    /// A message moved from is left empty (the shared empty block), not without data, so it can
    /// still be read and assigned like a moved-from Qt container.
    SipMessage(SipMessage &&other) noexcept;
    SipMessage &operator=(SipMessage &&other) noexcept;
    ~SipMessage() = default;
    static SipMessage request(const QString &method, const QString &requestUri);
    static SipMessage response(int statusCode, const QString &reasonPhrase);
    /// The CANCEL for a pending INVITE as RFC 3261 9.1 builds it: the INVITE's Request-URI,
    /// Call-ID, To, From and CSeq number with method CANCEL, one Via equal to the INVITE's top
    /// Via (so the same branch), its Route headers; no body.
    static SipMessage cancelFor(const SipMessage &invite);

    bool isRequest() const { return d->isRequest; }
    bool isResponse() const { return !d->isRequest; }

    // Request line
    QString method() const { return d->method; }
    QString requestUri() const { return d->requestUri; }
    /// The Request-URI parsed: as the parser parsed it when the message was received (see
    /// adoptParsed), else parsed now.
    SipUri parsedRequestUri() const;
    void setRequestUri(const QString &uri)
    {
        d->requestUri = uri;
        d->requestUriParsed.reset();
    }
    // Status line
    int statusCode() const { return d->statusCode; }
    QString reasonPhrase() const { return d->reasonPhrase; }
    void setReasonPhrase(const QString &reason) { d->reasonPhrase = reason; }
    QString sipVersion() const { return d->version; }
    void setSipVersion(const QString &version) { d->version = version; }

    // Headers. Names are matched case-insensitively and in compact form ("v" finds "Via").
    const QList<SipHeader> &headers() const { return d->headers; }
    bool hasHeader(const QString &name) const;
    /// First value of the header, or an empty string.
    QString header(const QString &name) const;
    /// Every header line with this name, in order (without splitting comma lists).
    QStringList headerLines(const QString &name) const;
    /// Every value of the header: lines, and for list headers each comma-separated element.
    QStringList headerValues(const QString &name) const;
    /// headerValues(name).value(0) without splitting the rest: the first Route, Contact ...
    QString firstValue(const QString &name) const;
    void addHeader(const QString &name, const QString &value);
    /// What SipParser already parsed while checking the message: the Request-URI, and of the
    /// header lines it appends with addParsedHeader the top Via, From, To and a Contact that is
    /// the only one. Each is what
    /// parsing the message's own header would give (a header written as a comma list is left
    /// out), so topVia(), from(), to() and nameAddrs("Contact") need not parse it again.
    struct Parsed
    {
        std::optional<Via> topVia;
        std::optional<NameAddr> from;
        std::optional<NameAddr> to;
        std::optional<NameAddr> contact;
        std::optional<SipUri> requestUri;
    };
    /// For the parser: appends a line whose name is already canonical (SipHeaderNames::canonical)
    /// without looking at it; adoptParsed() follows the last one.
    void addParsedHeader(const QString &canonicalName, const QString &value);
    /// For the parser, after the last addParsedHeader(): takes over what it parsed (see Parsed).
    void adoptParsed(Parsed parsed);
    /// Replaces the top Via value (the first element of the first Via line) by `via`, which is
    /// kept parsed: how a server adds received and rport (RFC 3261 18.2.1, RFC 3581 4). The
    /// rest of that line, if it was a list, stays as a line of its own after the new one.
    void replaceTopVia(const Via &via);
    /// Adds `via` as a Via line (its Via::toString()), kept parsed as replaceTopVia() keeps it:
    /// how a node puts its own Via on a request it builds (at the end) or forwards (on top,
    /// RFC 3261 16.6 step 8), without parsing it again.
    void addVia(const Via &via);
    void prependVia(const Via &via);
    /// Appends every Via line of `other` in order, as a response copies the request's (RFC 3261
    /// 8.2.6.2). The top Via other keeps parsed is taken over when this message had no Via line.
    void addViasOf(const SipMessage &other);
    /// Inserts before the first header of the same name (or at the top when there is none):
    /// how a proxy pushes Via and Record-Route (RFC 3261 16.6 steps 4 and 8).
    void prependHeader(const QString &name, const QString &value);
    /// Inserts before the first header named `before` (appends when there is none).
    void insertHeaderBefore(const QString &before, const QString &name, const QString &value);
    /// Replaces every line of that header by one line with this value (added at the end if absent).
    void setHeader(const QString &name, const QString &value);
    int removeHeader(const QString &name);
    /// Removes the first value of a header (first element of a comma list): popping the top Via.
    bool removeFirstValue(const QString &name);

    // Typed access to the headers the engine uses.
    QList<Via> vias() const;
    /// The first value of the first Via line (RFC 3261 7.3.1), parsed; nullopt when there is
    /// none or it is malformed. Kept parsed as the Via headers change, so reading it is cheap
    /// (every node reads it for each message it gets).
    const std::optional<Via> &topVia() const { return d->topVia; }
    std::optional<CSeq> cseq() const;
    QString callId() const { return header(QStringLiteral("Call-ID")); }
    NameAddr from() const;
    NameAddr to() const;
    /// The tag parameter of From / To (RFC 3261 19.3), without parsing their URIs.
    QString fromTag() const;
    QString toTag() const;
    QList<NameAddr> nameAddrs(const QString &name) const; // Contact, Route, Record-Route
    int maxForwards() const; // -1 when absent or not a number
    /// An option tag listed in Require, Supported, Proxy-Require or Unsupported (RFC 3261 19.2,
    /// 20.32, 20.37); tags compare case-insensitively.
    bool hasOptionTag(const QString &header, const QString &tag) const;

    // Body
    QByteArray body() const { return d->body; }
    /// Sets the body, Content-Type (removed when empty) and Content-Length.
    void setBody(const QByteArray &body, const QString &contentType = QString());
    /// Sets the body bytes only (used by the parser, which keeps the headers as received).
    void setRawBody(const QByteArray &body) { d->body = body; }

    /// "INVITE" for requests, "180 Ringing" for responses.
    QString summary() const;
    /// First line without CRLF.
    QString startLine() const;
    /// Wire form: start line, one header per line with its canonical name, CRLF line ends,
    /// blank line, body.
    QByteArray toBytes() const;

    /// The same start line, headers and body (what is kept parsed is derived from them).
    bool operator==(const SipMessage &other) const;

private:
    int indexOf(const QString &name, int from = 0) const;
    void refreshTopVia();
    /// Forgets the kept From / To / Contact when a line of that name changes.
    void headerChanged(const QString &canonicalName);

    QSharedDataPointer<SipMessageData> d;
};

} // namespace SipLab
