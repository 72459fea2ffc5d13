#pragma once

#include <QAbstractTableModel>

namespace SipLab {

class ClassroomServer;
struct CallTrace;

/// The calls (one per Call-ID: INVITE dialogs, REGISTERs, OPTIONS, MESSAGE ...) passing
/// through a classroom server, newest last: tag, method, caller, Request-URI, the last answer
/// (its meaning from the response catalogue as tooltip) and how many messages its ladder has.
class ServerCallsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, MethodColumn, FromColumn, ToColumn, AnswerColumn, MessagesColumn, ColumnCount };
    /// Qt::UserRole on any column: the call's tag (ClassroomServer::CallRecord::number).
    static constexpr int NumberRole = Qt::UserRole;

    explicit ServerCallsModel(QObject *parent = nullptr);

    /// The server whose calls are listed (nullptr: none); not owned. It must keep its calls
    /// (ClassroomServer::setKeepCalls).
    void setServer(ClassroomServer *server);
    /// The ladder of the call in `row`, or nullptr.
    const CallTrace *trace(int row) const;
    /// The row of the call with tag `number`, or -1.
    int rowOfCall(int number) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

Q_SIGNALS:
    /// The call with tag `number` got a message.
    void callUpdated(int number);

private:
    void onCallChanged(int number);
    void onCallsDropped(int count);
    void resync();

    ClassroomServer *m_server = nullptr;
    int m_count = 0; // rows the views know of
};

} // namespace SipLab
