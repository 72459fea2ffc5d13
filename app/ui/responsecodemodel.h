#pragma once

#include "language.h"

#include <QAbstractTableModel>

namespace SipLab {

/// Every response code of the catalogue as a table: code, reason phrase, class, the Chinese and
/// the English name, and whether the source article covers it.
class ResponseCodeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, ReasonColumn, ClassColumn, ChineseColumn, EnglishColumn, SourceColumn, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1, ClassRole, FromDocumentRole, SearchTextRole };

    explicit ResponseCodeModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Row of a code, or -1.
    int rowOfCode(int code) const;
    /// Called on a language change: headers and class names follow the UI language.
    void retranslate();
};

} // namespace SipLab
