#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

class QUdpSocket;

namespace SipLab {

/// One UDP socket of live mode (RFC 3261 18): binds to an address and port, sends datagrams
/// and reports each datagram it receives. It knows nothing about SIP; the nodes parse.
class UdpTransport : public QObject
{
    Q_OBJECT
public:
    /// RFC 3261 18.1.1 / RFC 4475: nothing larger than this is read as one message.
    static constexpr qint64 MaxDatagramSize = 65535;

    explicit UdpTransport(QObject *parent = nullptr);
    ~UdpTransport() override;

    /// Binds to address:port (port 0 picks a free one). Returns false and sets errorString().
    bool bind(const QHostAddress &address, quint16 port);
    void close();
    bool isBound() const;
    QHostAddress localAddress() const;
    quint16 localPort() const;
    QString errorString() const { return m_error; }

    /// Sends one datagram; returns false (and sets errorString()) when it could not be sent.
    bool send(const QByteArray &datagram, const QHostAddress &to, quint16 port);

Q_SIGNALS:
    void datagramReceived(const QByteArray &datagram, const QHostAddress &from, quint16 fromPort);

private:
    void readPending();

    QUdpSocket *m_socket = nullptr;
    QByteArray m_buffer; // where readPending() receives, MaxDatagramSize bytes once allocated
    QString m_error;
};

} // namespace SipLab
