#include "responsecodemodel.h"

#include "responsecatalog.h"

namespace SipLab {

namespace {
QString nameOf(const ResponseCodeInfo &info, Language language)
{
    return ResponseCatalog::text(info.name ? info.name : info.reasonPhrase, language);
}
} // namespace

ResponseCodeModel::ResponseCodeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ResponseCodeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ResponseCatalog::codes().size());
}

int ResponseCodeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResponseCodeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResponseCodeInfo &info = ResponseCatalog::codes()[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return info.code;
        case ReasonColumn:
            return QString::fromLatin1(info.reasonPhrase);
        case ClassColumn: {
            const ResponseClassInfo &c = ResponseCatalog::classInfo(info.responseClass());
            return QStringLiteral("%1 %2").arg(QLatin1String(c.range), tr(c.name));
        }
        case ChineseColumn:
            return nameOf(info, Language::Chinese);
        case EnglishColumn:
            return nameOf(info, Language::English);
        case SourceColumn:
            return info.fromDocument ? tr("Article") : tr("IANA");
        }
        break;
    case Qt::ToolTipRole:
        return QString(ResponseCatalog::text(info.description, Language::English) + QStringLiteral("\n\n")
                       + ResponseCatalog::text(info.description, Language::Chinese));
    case CodeRole:
        return info.code;
    case ClassRole:
        return info.code / 100;
    case FromDocumentRole:
        return info.fromDocument;
    case SearchTextRole:
        return QStringList{QString::number(info.code), QString::fromLatin1(info.reasonPhrase),
                           nameOf(info, Language::English), nameOf(info, Language::Chinese),
                           ResponseCatalog::text(info.description, Language::English),
                           ResponseCatalog::text(info.description, Language::Chinese)}
            .join(QLatin1Char('\n'));
    case Qt::TextAlignmentRole:
        if (index.column() == CodeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ResponseCodeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case ReasonColumn:
        return tr("Reason phrase");
    case ClassColumn:
        return tr("Class");
    case ChineseColumn:
        return tr("Chinese name");
    case EnglishColumn:
        return tr("English name");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

int ResponseCodeModel::rowOfCode(int code) const
{
    const QList<ResponseCodeInfo> &codes = ResponseCatalog::codes();
    for (int i = 0; i < codes.size(); ++i) {
        if (codes[i].code == code)
            return i;
    }
    return -1;
}

void ResponseCodeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace SipLab
