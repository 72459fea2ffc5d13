#pragma once

#include "capturefinding.h"
#include "language.h"

#include <QAbstractTableModel>

namespace SipLab {

/// The findings of one captured call as a table: F-number, severity (in its colour), RFC
/// section and the finding's text in the interface language (setLanguage()). MessageRole gives
/// the index of the message it is seen at.
class CaptureFindingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MessageColumn, SeverityColumn, SectionColumn, TextColumn, ColumnCount };
    enum Role { MessageRole = Qt::UserRole + 1, SeverityRole };

    explicit CaptureFindingModel(QObject *parent = nullptr);

    void setFindings(const QList<CaptureFinding> &findings);
    const QList<CaptureFinding> &findings() const { return m_findings; }
    void setLanguage(Language language);
    Language language() const { return m_language; }
    /// Row of the first finding at message `message` (index into the call's messages), or -1.
    int rowOfMessage(int message) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// "error", "warning", "note" in the interface language.
    static QString severityText(FindingSeverity severity);

private:
    QList<CaptureFinding> m_findings;
    Language m_language = Language::English;
};

} // namespace SipLab
