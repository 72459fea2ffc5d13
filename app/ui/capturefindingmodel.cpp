#include "capturefindingmodel.h"

#include "ladderrenderer.h"

#include <QBrush>

namespace SipLab {

CaptureFindingModel::CaptureFindingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CaptureFindingModel::setFindings(const QList<CaptureFinding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

void CaptureFindingModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_findings.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_findings.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CaptureFindingModel::rowOfMessage(int message) const
{
    for (int i = 0; i < m_findings.size(); ++i) {
        if (m_findings[i].fNumber == message + 1)
            return i;
    }
    return -1;
}

QString CaptureFindingModel::severityText(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return tr("error");
    case FindingSeverity::Warning:
        return tr("warning");
    case FindingSeverity::Note:
        break;
    }
    return tr("note");
}

int CaptureFindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int CaptureFindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaptureFindingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaptureFinding &f = m_findings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MessageColumn:
            return QStringLiteral("F%1").arg(f.fNumber);
        case SeverityColumn:
            return severityText(f.severity);
        case SectionColumn:
            return f.section();
        case TextColumn:
            return f.text(m_language);
        }
        break;
    case Qt::ToolTipRole:
        // Both languages, as the explanation panel shows them.
        return QStringLiteral("%1\n%2\n%3").arg(f.text(Language::English), f.text(Language::Chinese), f.section());
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn) {
            const LadderTheme theme = LadderTheme::light();
            return QBrush(theme.markerColor(f.severity == FindingSeverity::Error     ? MarkerSeverity::Error
                                            : f.severity == FindingSeverity::Warning ? MarkerSeverity::Warning
                                                                                      : MarkerSeverity::Note));
        }
        break;
    case MessageRole:
        return f.fNumber - 1;
    case SeverityRole:
        return int(f.severity);
    default:
        break;
    }
    return {};
}

QVariant CaptureFindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MessageColumn:
        return tr("Msg");
    case SeverityColumn:
        return tr("Severity");
    case SectionColumn:
        return tr("RFC section");
    case TextColumn:
        return tr("Finding");
    }
    return {};
}

} // namespace SipLab
