#include "responsecodepanel.h"

#include "responsecodefiltermodel.h"
#include "responsecodemodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace SipLab {

ResponseCodePanel::ResponseCodePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ResponseCodeModel(this))
    , m_filter(new ResponseCodeFilterModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit;
    m_class = new QComboBox;
    m_class->addItems({QString(), QStringLiteral("1xx"), QStringLiteral("2xx"), QStringLiteral("3xx"),
                       QStringLiteral("4xx"), QStringLiteral("5xx"), QStringLiteral("6xx")});
    m_use = new QPushButton;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_class);
    filters->addWidget(m_use);
    layout->addLayout(filters);
    m_filter->setSourceModel(m_model);
    m_view = new QTableView;
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    layout->addWidget(m_view);

    connect(m_search, &QLineEdit::textChanged, m_filter, &ResponseCodeFilterModel::setSearchText);
    connect(m_class, &QComboBox::currentIndexChanged, m_filter, &ResponseCodeFilterModel::setClassFilter);
    connect(m_use, &QPushButton::clicked, this, &ResponseCodePanel::chooseCurrentCode);
    connect(m_view, &QTableView::doubleClicked, this, &ResponseCodePanel::chooseCurrentCode);
    retranslateUi();
}

int ResponseCodePanel::currentCode() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(ResponseCodeModel::CodeRole).toInt() : 0;
}

void ResponseCodePanel::chooseCurrentCode()
{
    if (const int code = currentCode())
        Q_EMIT codeChosen(code);
}

void ResponseCodePanel::showEvent(QShowEvent *event)
{
    // The clear button's icon comes from the icon theme, a slow look-up at start: made when the
    // panel is first shown (it starts hidden in the main window), not with the panel.
    m_search->setClearButtonEnabled(true);
    QWidget::showEvent(event);
}

void ResponseCodePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ResponseCodePanel::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search codes in English or Chinese…"));
    m_class->setItemText(0, tr("All classes"));
    m_use->setText(tr("Use this code"));
    m_use->setToolTip(tr("Make the selected node return this code"));
    m_model->retranslate();
}

} // namespace SipLab
