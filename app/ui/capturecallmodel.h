#pragma once

#include "capturecalls.h"

#include <QAbstractTableModel>

namespace SipLab {

/// The calls of an opened capture as a table, like sngrep's call list: number (capture order),
/// Call-ID, first request, final response, message count and finding count. SearchTextRole
/// gives what CaptureCallFilterModel matches: Call-ID, methods, codes, Request-URIs, From, To.
class CaptureCallModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, CallIdColumn, RequestColumn, FinalColumn, MessagesColumn, FindingsColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, SearchTextRole, HasErrorRole };

    explicit CaptureCallModel(QObject *parent = nullptr);

    void setCalls(const QList<CapturedCall> &calls);
    const QList<CapturedCall> &calls() const { return m_calls; }
    const CapturedCall &call(int row) const { return m_calls.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Called on a language change: the headers follow the UI language.
    void retranslate();

    /// "200 OK", or "-" when the first request got no final response.
    static QString finalText(const CapturedCall &call);

private:
    QList<CapturedCall> m_calls;
    QStringList m_search; // per row, lower case
};

} // namespace SipLab
