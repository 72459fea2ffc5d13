#include "registeredusersmodel.h"

#include "classroomserver.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

namespace SipLab {

RegisteredUsersModel::RegisteredUsersModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_tick(new QTimer(this))
{
    // The expiry counts down once a second; expired bindings leave the table (RFC 3261 10.3).
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &RegisteredUsersModel::refresh);
}

void RegisteredUsersModel::setServer(ClassroomServer *server)
{
    if (m_server)
        disconnect(m_server, nullptr, this, nullptr);
    m_server = server;
    if (m_server)
        connect(m_server, &ClassroomServer::bindingsChanged, this, &RegisteredUsersModel::refresh);
    refresh();
}

void RegisteredUsersModel::refresh()
{
    m_nowMs = QDateTime::currentMSecsSinceEpoch();
    QList<Row> rows;
    if (m_server && m_server->isRunning()) {
        const LocationService &location = m_server->state()->location;
        QStringList aors = location.addressesOfRecord();
        std::sort(aors.begin(), aors.end());
        for (const QString &aor : aors) {
            for (const LocationService::Binding &b : location.lookup(aor, m_nowMs))
                rows.append({aor, b});
        }
    }
    const bool running = m_server && m_server->isRunning();
    if (running != m_tick->isActive())
        running ? m_tick->start() : m_tick->stop();
    const bool sameRows = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), [](const Row &a, const Row &b) {
               return a.aor == b.aor && a.binding.uri == b.binding.uri;
           });
    if (sameRows) {
        // Only the countdown (and perhaps a refreshed binding) changed: no reset, the selection stays.
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RegisteredUsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegisteredUsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegisteredUsersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case AorColumn:
            return row.aor;
        case ContactColumn:
            return row.binding.q == 1000 ? row.binding.uri
                                         : QStringLiteral("%1 (q=%2)").arg(row.binding.uri).arg(row.binding.q / 1000.0);
        case ExpiresColumn:
            return tr("%n s", nullptr, int(std::max<qint64>(0, (row.binding.expiresAtMs - m_nowMs + 999) / 1000)));
        case UserAgentColumn:
            return row.binding.userAgent;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == AorColumn)
        return tr("Call-ID %1, CSeq %2 of the REGISTER that made this binding").arg(row.binding.callId).arg(row.binding.cseq);
    if (role == Qt::UserRole && index.column() == ExpiresColumn)
        return int(std::max<qint64>(0, (row.binding.expiresAtMs - m_nowMs + 999) / 1000));
    return {};
}

QVariant RegisteredUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AorColumn:
        return tr("Address of record");
    case ContactColumn:
        return tr("Contact");
    case ExpiresColumn:
        return tr("Expires in");
    case UserAgentColumn:
        return tr("User agent");
    default:
        return {};
    }
}

void RegisteredUsersModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace SipLab
