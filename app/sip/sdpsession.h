#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace SipLab {

/// A small SDP reader (RFC 4566) and the answerer's rules of the offer/answer model (RFC 3264):
/// enough for one audio stream per call, as the live UAS needs to answer softphones.
class SdpSession
{
public:
    struct Format
    {
        int payloadType = -1;
        QString encoding; // "PCMU/8000" from a=rtpmap, or the static name (RFC 3551) when absent
        QString fmtp;     // a=fmtp value, if any
    };
    struct Media
    {
        QString type;     // "audio"
        int port = 0;
        QString protocol; // "RTP/AVP"
        QList<Format> formats;
        QString direction; // sendrecv, sendonly, recvonly, inactive (media or session level)
        QString connection; // c= address of the stream (media level, else session level)
    };

    /// Parses `body`; false + *error on text that is not SDP (no v=0, no o=, bad m= line).
    static bool parse(const QByteArray &body, SdpSession *session, QString *error);

    QString originUser;
    QString sessionId;
    QString sessionVersion;
    QString connection;
    QList<Media> media;

    /// RFC 3264 6.1: the direction of the answer to an offered direction.
    static QString answerDirection(const QString &offered);
    /// The payload types we can receive and send (RFC 3551): 0 PCMU and 8 PCMA, plus
    /// telephone-event (RFC 4733) carried along when offered.
    static bool isSupported(const Format &format);

    /// RFC 3264 6.1: the answer to `offer` from a node at `ip`, audio at `mediaPort`, with
    /// session id `sessionId` and version `version`: each offered stream answered (a refused one
    /// with port 0), the formats we support in the order of the offer, the direction that
    /// answers the offered one. Empty when no audio stream has a common format (then 488).
    static QByteArray answer(const SdpSession &offer, const QString &user, const QString &ip, int mediaPort,
                             qint64 sessionId, qint64 version);
};

} // namespace SipLab
