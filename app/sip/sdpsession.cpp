#include "sdpsession.h"

namespace SipLab {

namespace {
/// RFC 3551 6: the static payload types a missing a=rtpmap stands for.
QString staticEncoding(int pt)
{
    switch (pt) {
    case 0:
        return QStringLiteral("PCMU/8000");
    case 3:
        return QStringLiteral("GSM/8000");
    case 8:
        return QStringLiteral("PCMA/8000");
    case 9:
        return QStringLiteral("G722/8000");
    case 18:
        return QStringLiteral("G729/8000");
    default:
        return QString();
    }
}

bool isDirection(const QString &a)
{
    return a == QLatin1String("sendrecv") || a == QLatin1String("sendonly") || a == QLatin1String("recvonly")
        || a == QLatin1String("inactive");
}
} // namespace

bool SdpSession::parse(const QByteArray &body, SdpSession *session, QString *error)
{
    SdpSession s;
    QString sessionDirection = QStringLiteral("sendrecv");
    bool sawVersion = false, sawOrigin = false;
    Media *current = nullptr;
    const QList<QByteArray> lines = body.split('\n');
    for (QByteArray raw : lines) {
        const QString line = QString::fromUtf8(raw.trimmed());
        if (line.isEmpty())
            continue;
        // RFC 4566 5: <type>=<value>, type one letter.
        if (line.size() < 2 || line[1] != QLatin1Char('=')) {
            *error = QStringLiteral("'%1' is not an SDP line").arg(line.left(40));
            return false;
        }
        const QChar type = line[0];
        const QString value = line.mid(2);
        if (type == QLatin1Char('v')) {
            if (value != QLatin1String("0")) {
                *error = QStringLiteral("v=%1: only version 0 exists").arg(value);
                return false;
            }
            sawVersion = true;
        } else if (type == QLatin1Char('o')) {
            // o=<username> <sess-id> <sess-version> <nettype> <addrtype> <unicast-address>
            const QStringList f = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (f.size() != 6) {
                *error = QStringLiteral("o= needs six fields: %1").arg(value.left(60));
                return false;
            }
            s.originUser = f[0];
            s.sessionId = f[1];
            s.sessionVersion = f[2];
            sawOrigin = true;
        } else if (type == QLatin1Char('c')) {
            const QString address = value.section(QLatin1Char(' '), 2, 2);
            (current ? current->connection : s.connection) = address;
        } else if (type == QLatin1Char('m')) {
            // m=<media> <port>[/<number>] <proto> <fmt> ...
            const QStringList f = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            bool ok = false;
            Media m;
            if (f.size() >= 3)
                m.port = f[1].section(QLatin1Char('/'), 0, 0).toInt(&ok);
            if (!ok || m.port < 0 || m.port > 65535) {
                *error = QStringLiteral("m= line is not '<media> <port> <proto> <fmt>...': %1").arg(value.left(60));
                return false;
            }
            m.type = f[0];
            m.protocol = f[2];
            for (int i = 3; i < f.size(); ++i) {
                Format fmt;
                fmt.payloadType = f[i].toInt(&ok);
                if (!ok)
                    fmt.payloadType = -1; // not RTP (e.g. a T.38 "t38" token): kept, never chosen
                fmt.encoding = staticEncoding(fmt.payloadType);
                m.formats.append(fmt);
            }
            s.media.append(m);
            current = &s.media.last();
        } else if (type == QLatin1Char('a')) {
            const QString name = value.section(QLatin1Char(':'), 0, 0);
            const QString rest = value.section(QLatin1Char(':'), 1);
            if (isDirection(value)) {
                (current ? current->direction : sessionDirection) = value;
            } else if (current && (name == QLatin1String("rtpmap") || name == QLatin1String("fmtp"))) {
                const int pt = rest.section(QLatin1Char(' '), 0, 0).toInt();
                const QString text = rest.section(QLatin1Char(' '), 1).trimmed();
                for (Format &f : current->formats) {
                    if (f.payloadType == pt)
                        (name == QLatin1String("rtpmap") ? f.encoding : f.fmtp) = text;
                }
            }
        }
    }
    if (!sawVersion || !sawOrigin) {
        *error = QStringLiteral("no %1 line").arg(sawVersion ? QStringLiteral("o=") : QStringLiteral("v="));
        return false;
    }
    for (Media &m : s.media) {
        if (m.direction.isEmpty())
            m.direction = sessionDirection; // RFC 4566 6: the session-level attribute applies
        if (m.connection.isEmpty())
            m.connection = s.connection;
    }
    *session = s;
    return true;
}

QString SdpSession::answerDirection(const QString &offered)
{
    // RFC 3264 6.1: sendonly -> recvonly (or inactive), recvonly -> sendonly (or inactive),
    // inactive -> inactive, sendrecv -> sendrecv (any of them).
    if (offered == QLatin1String("sendonly"))
        return QStringLiteral("recvonly");
    if (offered == QLatin1String("recvonly"))
        return QStringLiteral("sendonly");
    if (offered == QLatin1String("inactive"))
        return QStringLiteral("inactive");
    return QStringLiteral("sendrecv");
}

bool SdpSession::isSupported(const Format &format)
{
    const QString name = format.encoding.section(QLatin1Char('/'), 0, 0).toUpper();
    const QString rate = format.encoding.section(QLatin1Char('/'), 1, 1);
    return (name == QLatin1String("PCMU") || name == QLatin1String("PCMA")) && rate == QLatin1String("8000");
}

QByteArray SdpSession::answer(const SdpSession &offer, const QString &nodeUser, const QString &ip, int mediaPort,
                              qint64 sessionId, qint64 version)
{
    const QString user = nodeUser.isEmpty() ? QStringLiteral("-") : nodeUser;
    QString sdp = QStringLiteral("v=0\r\no=%1 %2 %3 IN IP4 %4\r\ns=-\r\nc=IN IP4 %4\r\nt=0 0\r\n")
                      .arg(user)
                      .arg(sessionId)
                      .arg(version)
                      .arg(ip);
    bool accepted = false;
    int port = mediaPort;
    // RFC 3264 6: one m= line per offered stream, in the same order.
    for (const Media &m : offer.media) {
        QList<Format> common;
        bool hasCodec = false;
        if (m.type == QLatin1String("audio") && m.port != 0 && m.protocol == QLatin1String("RTP/AVP")) {
            for (const Format &f : m.formats) {
                const bool event = f.encoding.startsWith(QLatin1String("telephone-event/8000"), Qt::CaseInsensitive);
                if (isSupported(f) || (event && hasCodec))
                    common.append(f);
                hasCodec = hasCodec || isSupported(f);
            }
        }
        if (!hasCodec || accepted) {
            // RFC 3264 6: a stream we refuse (or a second audio stream) is answered with port 0,
            // listing the offer's formats.
            QStringList pts;
            for (const Format &f : m.formats)
                pts.append(f.payloadType >= 0 ? QString::number(f.payloadType) : QStringLiteral("0"));
            sdp += QStringLiteral("m=%1 0 %2 %3\r\n").arg(m.type, m.protocol, pts.isEmpty() ? QStringLiteral("0") : pts.join(QLatin1Char(' ')));
            continue;
        }
        accepted = true;
        // RFC 3264 6.1: the first common format of the offer first (the one both will use);
        // only the codec and the events, not every format we might also support.
        QList<Format> chosen = {common.first()};
        for (const Format &f : std::as_const(common)) {
            if (f.encoding.startsWith(QLatin1String("telephone-event"), Qt::CaseInsensitive))
                chosen.append(f);
        }
        QStringList pts;
        for (const Format &f : std::as_const(chosen))
            pts.append(QString::number(f.payloadType));
        sdp += QStringLiteral("m=audio %1 RTP/AVP %2\r\n").arg(port).arg(pts.join(QLatin1Char(' ')));
        for (const Format &f : std::as_const(chosen)) {
            sdp += QStringLiteral("a=rtpmap:%1 %2\r\n").arg(f.payloadType).arg(f.encoding);
            if (!f.fmtp.isEmpty())
                sdp += QStringLiteral("a=fmtp:%1 %2\r\n").arg(f.payloadType).arg(f.fmtp);
        }
        // RFC 3264 6.1: sendrecv is the default and is not written (it keeps the answer to a
        // plain offer the same as before); every other direction is.
        const QString direction = answerDirection(m.direction);
        if (direction != QLatin1String("sendrecv"))
            sdp += QStringLiteral("a=%1\r\n").arg(direction);
    }
    if (!accepted)
        return QByteArray();
    return sdp.toUtf8();
}

} // namespace SipLab
