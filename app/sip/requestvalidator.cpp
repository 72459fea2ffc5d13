#include "requestvalidator.h"

namespace SipLab {

namespace {

const QStringList &supportedOptionTags()
{
    static const QStringList tags = {QStringLiteral("100rel"), QStringLiteral("timer")};
    return tags;
}

QStringList unsupportedTags(const SipMessage &request, const QString &header)
{
    QStringList unknown;
    for (const QString &v : request.headerValues(header)) {
        const QString tag = v.trimmed();
        if (!tag.isEmpty() && !supportedOptionTags().contains(tag, Qt::CaseInsensitive))
            unknown.append(tag);
    }
    return unknown;
}

} // namespace

Verdict RequestValidator::check(const SipMessage &request, ElementRole role)
{
    if (!request.isRequest())
        return {};
    // RFC 3261 8.1.1 / 8.2.2 and RFC 4475 3.3.1: To, From, CSeq, Call-ID and Via are mandatory.
    static const QString mandatory[] = {QStringLiteral("Call-ID"), QStringLiteral("From"), QStringLiteral("To"),
                                        QStringLiteral("CSeq"), QStringLiteral("Via")};
    for (const QString &name : mandatory) {
        if (!request.hasHeader(name))
            return {400, QStringLiteral("Missing %1 Header").arg(name)};
    }
    // RFC 4475 3.3.8: single-valued headers given more than once (stored names are canonical).
    static const QString single[] = {QStringLiteral("Call-ID"), QStringLiteral("From"), QStringLiteral("To"),
                                     QStringLiteral("CSeq"), QStringLiteral("Max-Forwards"),
                                     QStringLiteral("Content-Length"), QStringLiteral("Content-Type")};
    for (const QString &name : single) {
        int lines = 0;
        for (const SipHeader &h : request.headers()) {
            if (h.name == name && ++lines > 1)
                return {400, QStringLiteral("Multiple %1 Headers").arg(name)};
        }
    }
    // RFC 4475 3.2.1: a branch that is only the magic cookie identifies no transaction.
    const std::optional<Via> top = request.topVia();
    if (top && top->branch() == Via::MagicCookie)
        return {400, QStringLiteral("Via branch is only the magic cookie z9hG4bK")};
    // RFC 3261 8.2.2.1 / 16.3 step 1, RFC 4475 3.3.2-3.3.3: unknown Request-URI scheme.
    const SipUri uri = request.parsedRequestUri();
    if (!uri.isSipOrSips() && uri.scheme() != QLatin1String("tel"))
        return {416, QStringLiteral("Unsupported URI Scheme %1").arg(uri.scheme())};
    // RFC 3261 16.3 step 3, RFC 4475 3.3.11: a proxy does not forward Max-Forwards 0.
    if (role == ElementRole::Proxy && request.maxForwards() == 0)
        return {483, QStringLiteral("Too Many Hops")};
    // RFC 3261 8.2.2.3 (UAS: Require) and 16.3 step 5 (proxy: Proxy-Require), RFC 4475 3.3.5.
    const QStringList unknown = unsupportedTags(request, role == ElementRole::Proxy ? QStringLiteral("Proxy-Require")
                                                                                     : QStringLiteral("Require"));
    if (!unknown.isEmpty())
        return {420, QStringLiteral("Bad Extension: %1").arg(unknown.join(QStringLiteral(", ")))};
    if (role == ElementRole::Proxy)
        return {};
    // RFC 4475 3.3.4: a registrar needs a SIP or SIPS address of record in To.
    if (role == ElementRole::Registrar && request.method() == QLatin1String("REGISTER") && !request.to().uri().isSipOrSips())
        return {400, QStringLiteral("To Must Be a SIP or SIPS Address of Record")};
    // RFC 3261 8.2.3, RFC 4475 3.3.6: a body the UAS cannot handle.
    const QString contentType = request.header(QStringLiteral("Content-Type")).section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (!request.body().isEmpty() && !contentType.isEmpty() && contentType != QLatin1String("application/sdp")
        && contentType != QLatin1String("text/plain") && !contentType.startsWith(QLatin1String("multipart/"))
        && !contentType.startsWith(QLatin1String("message/")))
        return {415, QStringLiteral("Unsupported Media Type %1").arg(contentType)};
    // RFC 3261 8.2.1: a method the UAS does not implement.
    static const QStringList methods = {QStringLiteral("INVITE"), QStringLiteral("ACK"), QStringLiteral("BYE"),
                                        QStringLiteral("CANCEL"), QStringLiteral("OPTIONS"), QStringLiteral("REGISTER"),
                                        QStringLiteral("PRACK"), QStringLiteral("SUBSCRIBE"), QStringLiteral("NOTIFY"),
                                        QStringLiteral("MESSAGE"), QStringLiteral("INFO"), QStringLiteral("REFER"),
                                        QStringLiteral("UPDATE"), QStringLiteral("PUBLISH")};
    if (!methods.contains(request.method()))
        return {501, QStringLiteral("Not Implemented")};
    // RFC 4475 3.3.15: an Accept that excludes application/sdp for an INVITE.
    if (request.method() == QLatin1String("INVITE") && request.hasHeader(QStringLiteral("Accept"))) {
        bool sdp = false;
        for (const QString &a : request.headerValues(QStringLiteral("Accept"))) {
            const QString type = a.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
            sdp = sdp || type == QLatin1String("application/sdp") || type == QLatin1String("*/*")
                  || type == QLatin1String("application/*");
        }
        if (!sdp)
            return {406, QStringLiteral("Not Acceptable: application/sdp is not in Accept")};
    }
    if (role == ElementRole::Uas && request.method() == QLatin1String("REGISTER"))
        return {405, QStringLiteral("Method Not Allowed")};
    return {};
}

} // namespace SipLab
