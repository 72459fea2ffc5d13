#include "sdpbody.h"

namespace SipLab {

QByteArray SdpBody::forNode(const QString &nodeUser, const QString &ip, int sipPort, int mediaPort,
                            int version, bool hold)
{
    const QString user = nodeUser.isEmpty() ? QStringLiteral("-") : nodeUser;
    // Session id fixed per node (deterministic); the version increases with each new offer.
    const qint64 sessionId = 2890844526LL + sipPort;
    // RFC 4566 5.2 / 5.7: the address type is IP6 for an IPv6 address.
    const QString addrType = ip.contains(QLatin1Char(':')) ? QStringLiteral("IP6") : QStringLiteral("IP4");
    QString sdp = QStringLiteral("v=0\r\n"
                                 "o=%1 %2 %3 IN %6 %4\r\n"
                                 "s=-\r\n"
                                 "c=IN %6 %4\r\n"
                                 "t=0 0\r\n"
                                 "m=audio %5 RTP/AVP 0\r\n"
                                 "a=rtpmap:0 PCMU/8000\r\n")
                      .arg(user)
                      .arg(sessionId)
                      .arg(sessionId + version)
                      .arg(ip)
                      .arg(mediaPort)
                      .arg(addrType);
    if (hold)
        sdp += QStringLiteral("a=sendonly\r\n");
    return sdp.toUtf8();
}

} // namespace SipLab
