#include "capturecallfiltermodel.h"

#include "capturecallmodel.h"

namespace SipLab {

CaptureCallFilterModel::CaptureCallFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CaptureCallModel::SortRole);
}

void CaptureCallFilterModel::setFilterText(const QString &text)
{
    m_terms = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool CaptureCallFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QString text = sourceModel()->index(sourceRow, 0, sourceParent).data(CaptureCallModel::SearchTextRole).toString();
    for (const QString &term : m_terms) {
        if (!text.contains(term))
            return false;
    }
    return true;
}

} // namespace SipLab
