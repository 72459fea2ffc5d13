#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace SipLab {

/// Filters a CaptureCallModel by what the user types: every word must appear in the call's
/// Call-ID, a method, a response code or reason, a Request-URI, From or To (case ignored), so
/// "invite 486" finds the busy calls and "1001" the calls of that number. Sorts numerically.
class CaptureCallFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CaptureCallFilterModel(QObject *parent = nullptr);
    void setFilterText(const QString &text);
    QString filterText() const { return m_terms.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_terms; // lower case
};

} // namespace SipLab
