#include "servercallsmodel.h"

#include "classroomserver.h"
#include "responsecatalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace SipLab {

ServerCallsModel::ServerCallsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ServerCallsModel::setServer(ClassroomServer *server)
{
    if (m_server)
        disconnect(m_server, nullptr, this, nullptr);
    m_server = server;
    if (m_server) {
        connect(m_server, &ClassroomServer::callChanged, this, &ServerCallsModel::onCallChanged);
        connect(m_server, &ClassroomServer::callsDropped, this, &ServerCallsModel::onCallsDropped);
    }
    resync();
}

void ServerCallsModel::resync()
{
    beginResetModel();
    m_count = m_server ? int(m_server->calls().size()) : 0;
    endResetModel();
}

void ServerCallsModel::onCallsDropped(int count)
{
    count = std::min(count, m_count);
    if (count <= 0)
        return;
    beginRemoveRows(QModelIndex(), 0, count - 1);
    m_count -= count;
    endRemoveRows();
}

void ServerCallsModel::onCallChanged(int number)
{
    const int size = int(m_server->calls().size());
    if (size > m_count) {
        beginInsertRows(QModelIndex(), m_count, size - 1);
        m_count = size;
        endInsertRows();
    } else if (const int row = rowOfCall(number); row >= 0) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    Q_EMIT callUpdated(number);
}

const CallTrace *ServerCallsModel::trace(int row) const
{
    if (!m_server || row < 0 || row >= m_count || row >= int(m_server->calls().size()))
        return nullptr;
    return &m_server->calls().at(row).trace;
}

int ServerCallsModel::rowOfCall(int number) const
{
    if (!m_server)
        return -1;
    const auto &calls = m_server->calls();
    for (int row = std::min(m_count, int(calls.size())) - 1; row >= 0; --row) {
        if (calls.at(row).number == number)
            return row;
    }
    return -1;
}

int ServerCallsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ServerCallsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerCallsModel::data(const QModelIndex &index, int role) const
{
    if (!m_server || !index.isValid() || index.row() >= m_count || index.row() >= int(m_server->calls().size()))
        return {};
    const ClassroomServer::CallRecord &call = m_server->calls().at(index.row());
    if (role == NumberRole)
        return call.number;
    const ResponseCodeInfo *info = call.lastStatus ? ResponseCatalog::find(call.lastStatus) : nullptr;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return QStringLiteral("c%1").arg(call.number);
        case MethodColumn:
            return call.method;
        case FromColumn:
            return call.from;
        case ToColumn:
            return call.to;
        case AnswerColumn:
            if (!call.lastStatus)
                return tr("(no answer yet)");
            return QStringLiteral("%1 %2").arg(call.lastStatus).arg(ResponseCatalog::reasonPhrase(call.lastStatus));
        case MessagesColumn:
            return int(call.trace.messages.size());
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == AnswerColumn && info && info->description) {
        // The answer explained: the catalogue's text in the UI language, with its RFC section.
        QString text = QCoreApplication::translate(ResponseCatalog::Context, info->description);
        if (info->rfcSection)
            text += QStringLiteral(" (%1)").arg(QString::fromLatin1(info->rfcSection));
        return text;
    }
    return {};
}

QVariant ServerCallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Call");
    case MethodColumn:
        return tr("Method");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case AnswerColumn:
        return tr("Last answer");
    case MessagesColumn:
        return tr("Messages");
    default:
        return {};
    }
}

void ServerCallsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
}

} // namespace SipLab
