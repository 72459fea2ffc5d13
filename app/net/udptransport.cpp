#include "udptransport.h"

#include <QUdpSocket>

namespace SipLab {

UdpTransport::UdpTransport(QObject *parent)
    : QObject(parent)
    , m_socket(new QUdpSocket(this))
{
    connect(m_socket, &QUdpSocket::readyRead, this, &UdpTransport::readPending);
}

UdpTransport::~UdpTransport() = default;

bool UdpTransport::bind(const QHostAddress &address, quint16 port)
{
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->close();
    if (!m_socket->bind(address, port)) {
        m_error = tr("cannot bind %1:%2: %3").arg(address.toString()).arg(port).arg(m_socket->errorString());
        return false;
    }
    m_error.clear();
    return true;
}

void UdpTransport::close()
{
    m_socket->close();
}

bool UdpTransport::isBound() const
{
    return m_socket->state() == QAbstractSocket::BoundState;
}

QHostAddress UdpTransport::localAddress() const
{
    return m_socket->localAddress();
}

quint16 UdpTransport::localPort() const
{
    return m_socket->localPort();
}

bool UdpTransport::send(const QByteArray &datagram, const QHostAddress &to, quint16 port)
{
    if (datagram.size() > MaxDatagramSize) {
        m_error = tr("datagram of %1 bytes is larger than UDP allows").arg(datagram.size());
        return false;
    }
    const qint64 written = m_socket->writeDatagram(datagram, to, port);
    if (written != datagram.size()) {
        m_error = tr("cannot send to %1:%2: %3").arg(to.toString()).arg(port).arg(m_socket->errorString());
        return false;
    }
    return true;
}

void UdpTransport::readPending()
{
    // One receive buffer for the socket's life: receiveDatagram() would allocate (and fault in)
    // MaxDatagramSize bytes for every datagram and ask the kernel for the destination address,
    // hop limit and interface as well, none of which a SIP element needs here.
    if (m_buffer.size() != MaxDatagramSize)
        m_buffer.resize(MaxDatagramSize);
    while (m_socket->hasPendingDatagrams()) {
        // Read at most MaxDatagramSize: an oversized datagram is truncated by the kernel and the
        // parser then rejects it, it never grows memory (RFC 3261 18.3).
        QHostAddress from;
        quint16 fromPort = 0;
        const qint64 size = m_socket->readDatagram(m_buffer.data(), MaxDatagramSize, &from, &fromPort);
        if (size < 0)
            break; // nothing could be read after all (an error is not a datagram)
        Q_EMIT datagramReceived(QByteArray(m_buffer.constData(), size), from, fromPort);
    }
}

} // namespace SipLab
