#include "sdpbody.h"

#include <array>

namespace SipLab {

namespace {
QByteArray buildForNode(const QString &nodeUser, const QString &ip, int sipPort, int mediaPort, int version, bool hold)
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
} // namespace

QByteArray SdpBody::forNode(const QString &nodeUser, const QString &ip, int sipPort, int mediaPort,
                            int version, bool hold)
{
    // A pure function of its inputs, and every simulation of a scenario builds the same
    // bodies: the last few are remembered per thread (building one was about 4 % of a basic
    // call's instructions).
    struct Built
    {
        QString user;
        QString ip;
        int port = 0;
        int mediaPort = 0;
        int version = 0;
        bool hold = false;
        QByteArray sdp;
    };
    thread_local std::array<Built, 4> memo;
    thread_local size_t next = 0;
    for (const Built &b : memo) {
        if (!b.sdp.isEmpty() && b.port == sipPort && b.mediaPort == mediaPort && b.version == version
            && b.hold == hold && b.ip == ip && b.user == nodeUser)
            return b.sdp;
    }
    Built &b = memo[next];
    next = (next + 1) % memo.size();
    b = {nodeUser, ip, sipPort, mediaPort, version, hold, buildForNode(nodeUser, ip, sipPort, mediaPort, version, hold)};
    return b.sdp;
}

} // namespace SipLab
