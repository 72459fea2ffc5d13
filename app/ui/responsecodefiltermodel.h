#pragma once

#include <QSortFilterProxyModel>

namespace SipLab {

/// Filters the ResponseCodeModel by class (1-6, 0 = all) and by text in either language.
class ResponseCodeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ResponseCodeFilterModel(QObject *parent = nullptr);
    void setClassFilter(int responseClass);
    int classFilter() const { return m_class; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_class = 0;
    QString m_search;
};

} // namespace SipLab
