#pragma once

#include "locationservice.h"

#include <QAbstractTableModel>
#include <QList>

class QTimer;

namespace SipLab {

class ClassroomServer;

/// The bindings of a running classroom server's location service (RFC 3261 10.3) as a table:
/// address of record, contact, seconds until it expires (counting down once a second), q and
/// the phone's User-Agent. Rebuilt when a REGISTER changes the bindings and on every tick.
class RegisteredUsersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AorColumn, ContactColumn, ExpiresColumn, UserAgentColumn, ColumnCount };

    explicit RegisteredUsersModel(QObject *parent = nullptr);

    /// The server whose bindings are shown (nullptr: none); not owned.
    void setServer(ClassroomServer *server);
    /// Re-reads the bindings (the clock is the real time).
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Called on a language change.
    void retranslate();

private:
    struct Row
    {
        QString aor;
        LocationService::Binding binding;
    };
    ClassroomServer *m_server = nullptr;
    QList<Row> m_rows;
    qint64 m_nowMs = 0;
    QTimer *m_tick = nullptr;
};

} // namespace SipLab
