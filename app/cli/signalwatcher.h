#pragma once

#include <QObject>

class QSocketNotifier;

namespace SipLab {

/// Turns SIGINT and SIGTERM into a Qt signal (the self-pipe pattern: the handler only writes
/// one byte to a socket pair; a QSocketNotifier reads it in the event loop).
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;
    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace SipLab
