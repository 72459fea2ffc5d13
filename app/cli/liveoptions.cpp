#include "liveoptions.h"

#include "sipmessage.h"

#include <QStringList>

namespace SipLab {

bool LiveOptions::parseHostPort(const QString &text, QHostAddress *address, quint16 *port, QString *error,
                                bool allowPortZero)
{
    QString host;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const int close = text.indexOf(QLatin1Char(']'));
        if (close < 0 || text.mid(close + 1, 1) != QLatin1String(":")) {
            *error = QStringLiteral("'%1' is not HOST:PORT").arg(text);
            return false;
        }
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else {
        const int colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *error = QStringLiteral("'%1' is not HOST:PORT").arg(text);
            return false;
        }
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    bool ok = false;
    const int p = portText.toInt(&ok);
    if (!ok || p < (allowPortZero ? 0 : 1) || p > 65535) {
        *error = QStringLiteral("'%1': the port must be a number from %2 to 65535").arg(text).arg(allowPortZero ? 0 : 1);
        return false;
    }
    QHostAddress a;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        a = QHostAddress(QHostAddress::LocalHost);
    else if (!a.setAddress(host)) {
        *error = QStringLiteral("'%1': the host must be an IP address (or localhost)").arg(text);
        return false;
    }
    *address = a;
    *port = quint16(p);
    return true;
}

QString LiveOptions::fLine(int number, qint64 timeMs, const QString &from, const QString &to, const SipMessage &message,
                           bool retransmission, int call)
{
    QString line = QStringLiteral("%1 F%2 ").arg(timeMs, 6).arg(number);
    if (call > 0)
        line += QStringLiteral("c%1 ").arg(call);
    line += QStringLiteral("%1 -> %2: %3").arg(from, to, message.summary());
    if (retransmission)
        line += QStringLiteral(" (retransmission)");
    return line;
}

QString LiveOptions::rejectionLine(const QString &command, const QString &peer, int status, const QString &reason)
{
    return QStringLiteral("siplab-cli %1: from %2: ").arg(command, peer)
        + (status ? QStringLiteral("answered %1 %2").arg(status).arg(reason) : QStringLiteral("dropped (%1)").arg(reason));
}

} // namespace SipLab
