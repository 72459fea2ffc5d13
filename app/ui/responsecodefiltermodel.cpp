#include "responsecodefiltermodel.h"

#include "responsecodemodel.h"

namespace SipLab {

ResponseCodeFilterModel::ResponseCodeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ResponseCodeFilterModel::setClassFilter(int responseClass)
{
    m_class = qBound(0, responseClass, 6);
    invalidateFilter();
}

void ResponseCodeFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool ResponseCodeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_class != 0 && index.data(ResponseCodeModel::ClassRole).toInt() != m_class)
        return false;
    if (m_search.isEmpty())
        return true;
    return index.data(ResponseCodeModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace SipLab
