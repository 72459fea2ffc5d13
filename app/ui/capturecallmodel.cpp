#include "capturecallmodel.h"

namespace SipLab {

namespace {

QString searchText(const CapturedCall &call)
{
    // What a user types to find a call: a number or URI (Request-URI, From, To), the Call-ID,
    // a method or a response code.
    QStringList parts{call.callId};
    for (const CapturedMessage &m : call.messages) {
        const SipMessage &msg = m.message;
        if (msg.isRequest())
            parts << msg.method() << msg.requestUri();
        else
            parts << QString::number(msg.statusCode()) << msg.reasonPhrase();
        parts << msg.header(QStringLiteral("From")) << msg.header(QStringLiteral("To"));
    }
    parts.removeDuplicates();
    return parts.join(QLatin1Char('\n')).toLower();
}

} // namespace

CaptureCallModel::CaptureCallModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CaptureCallModel::setCalls(const QList<CapturedCall> &calls)
{
    beginResetModel();
    m_calls = calls;
    m_search.clear();
    for (const CapturedCall &c : m_calls)
        m_search.append(searchText(c));
    endResetModel();
}

QString CaptureCallModel::finalText(const CapturedCall &call)
{
    const int status = call.finalStatus();
    if (!status)
        return QStringLiteral("-");
    for (const CapturedMessage &m : call.messages) {
        if (m.message.isResponse() && m.message.statusCode() == status)
            return m.message.summary();
    }
    return QString::number(status);
}

int CaptureCallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

int CaptureCallModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaptureCallModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CapturedCall &c = m_calls[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NumberColumn:
            return index.row() + 1;
        case CallIdColumn:
            return c.callId;
        case RequestColumn:
            return c.firstRequest();
        case FinalColumn:
            return role == SortRole ? QVariant(c.finalStatus()) : QVariant(finalText(c));
        case MessagesColumn:
            return int(c.messages.size());
        case FindingsColumn:
            return int(c.findings.size());
        }
        break;
    case Qt::ToolTipRole: {
        if (index.column() == FinalColumn)
            return tr("Final response to the first request");
        for (const CapturedMessage &m : c.messages) {
            if (m.message.isRequest())
                return QStringLiteral("%1\n%2 → %3").arg(c.callId, m.message.header(QStringLiteral("From")),
                                                          m.message.header(QStringLiteral("To")));
        }
        return c.callId;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == MessagesColumn || index.column() == FindingsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SearchTextRole:
        return m_search.value(index.row());
    case HasErrorRole:
        return c.hasError();
    default:
        break;
    }
    return {};
}

QVariant CaptureCallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return QStringLiteral("#");
    case CallIdColumn:
        return QStringLiteral("Call-ID"); // the header's name (RFC 3261 20.8), never translated
    case RequestColumn:
        return tr("Request");
    case FinalColumn:
        return tr("Final");
    case MessagesColumn:
        return tr("Msgs");
    case FindingsColumn:
        return tr("Findings");
    }
    return {};
}

void CaptureCallModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace SipLab
