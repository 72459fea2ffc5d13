#pragma once

#include "calltrace.h"

#include <QHostAddress>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace SipLab {

class ClassroomServer;
class RegisteredUsersModel;
class ServerCallsModel;

/// Live > Classroom server: runs the classroom SIP server (registrar + proxy, the same
/// ClassroomServer as `siplab-cli serve --role server`) on the interface and port the trainer
/// picks, with an optional users file for Digest. Shows the registered users with their
/// expiry counting down and the calls passing through; the selected call's ladder goes to the
/// window's ladder view (callSelected) as its messages arrive. No protocol logic here.
class ClassroomServerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ClassroomServerPanel(QWidget *parent = nullptr);
    ~ClassroomServerPanel() override;

    ClassroomServer *server() const { return m_server; }
    RegisteredUsersModel *usersModel() const { return m_users; }
    ServerCallsModel *callsModel() const { return m_calls; }
    QTableView *usersView() const { return m_usersView; }
    QTableView *callsView() const { return m_callsView; }

    /// The settings (as the trainer would type them).
    void setAddress(const QHostAddress &address);
    void setPort(quint16 port);
    void setDomain(const QString &domain);
    void setUsersFile(const QString &path);

    /// Starts the server with the settings; false with lastError() (port in use, bad users
    /// file ...), also shown in the panel and emitted as errorOccurred.
    bool start();
    void stop();
    bool isRunning() const;
    QString lastError() const { return m_lastError; }
    /// Selects the call in `row` of the calls table (its ladder is emitted).
    void selectCall(int row);

Q_SIGNALS:
    /// The ladder of the selected call, again each time it grows.
    void callSelected(const SipLab::CallTrace &trace);
    void errorOccurred(const QString &message);
    void runningChanged(bool running);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillInterfaces();
    void updateState();
    void emitSelected();
    void onCallUpdated(int number);
    void browseUsers();

    ClassroomServer *m_server = nullptr;
    RegisteredUsersModel *m_users = nullptr;
    ServerCallsModel *m_calls = nullptr;
    QLabel *m_interfaceLabel = nullptr;
    QComboBox *m_interface = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_domainLabel = nullptr;
    QLineEdit *m_domain = nullptr;
    QLabel *m_usersLabel = nullptr;
    QLineEdit *m_usersFile = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_startStop = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_usersTitle = nullptr;
    QTableView *m_usersView = nullptr;
    QLabel *m_callsTitle = nullptr;
    QCheckBox *m_followNew = nullptr;
    QTableView *m_callsView = nullptr;
    QString m_lastError;
    int m_selectedCall = 0; // tag of the call whose ladder is shown, 0 none
};

} // namespace SipLab
