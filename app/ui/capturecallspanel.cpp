#include "capturecallspanel.h"

#include "capturecallfiltermodel.h"
#include "capturecallmodel.h"
#include "capturefile.h"
#include "capturefindingmodel.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace SipLab {

namespace {

QTableView *makeTable(QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

CaptureCallsPanel::CaptureCallsPanel(QWidget *parent)
    : QWidget(parent)
    , m_calls(new CaptureCallModel(this))
    , m_filter(new CaptureCallFilterModel(this))
    , m_findings(new CaptureFindingModel(this))
{
    setObjectName(QStringLiteral("CaptureCallsPanel"));
    m_filter->setSourceModel(m_calls);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_filterEdit = new QLineEdit;
    layout->addWidget(m_filterEdit);
    m_merge = new QCheckBox;
    layout->addWidget(m_merge);

    auto *splitter = new QSplitter(Qt::Vertical);
    m_callView = makeTable(m_filter);
    m_callView->setSortingEnabled(true);
    m_callView->sortByColumn(CaptureCallModel::NumberColumn, Qt::AscendingOrder);
    m_callView->horizontalHeader()->setStretchLastSection(false);
    m_callView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_callView->horizontalHeader()->setSectionResizeMode(CaptureCallModel::CallIdColumn, QHeaderView::Stretch);
    m_callView->horizontalHeader()->setSectionResizeMode(CaptureCallModel::FinalColumn, QHeaderView::Stretch);
    m_callView->horizontalHeader()->setMinimumSectionSize(24);
    m_callView->setTextElideMode(Qt::ElideMiddle);
    m_callView->setWordWrap(false);
    splitter->addWidget(m_callView);
    auto *findingsBox = new QWidget;
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 4, 0, 0);
    m_findingsTitle = new QLabel;
    findingsLayout->addWidget(m_findingsTitle);
    m_findingView = makeTable(m_findings);
    m_findingView->setWordWrap(true);
    m_findingView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findingView->horizontalHeader()->setSectionResizeMode(CaptureFindingModel::MessageColumn, QHeaderView::ResizeToContents);
    m_findingView->horizontalHeader()->setSectionResizeMode(CaptureFindingModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_findingView->horizontalHeader()->setSectionResizeMode(CaptureFindingModel::SectionColumn, QHeaderView::ResizeToContents);
    findingsLayout->addWidget(m_findingView);
    splitter->addWidget(findingsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    m_back = new QPushButton;
    layout->addWidget(m_back);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &CaptureCallFilterModel::setFilterText);
    connect(m_merge, &QCheckBox::toggled, this, &CaptureCallsPanel::setMergeHosts);
    connect(m_back, &QPushButton::clicked, this, &CaptureCallsPanel::backToScenarioRequested);
    connect(m_callView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!m_selecting && current.isValid())
            selectCall(m_filter->mapToSource(current).row());
    });
    auto activateFinding = [this](const QModelIndex &index) {
        if (!m_selecting && index.isValid())
            Q_EMIT findingActivated(index.data(CaptureFindingModel::MessageRole).toInt());
    };
    connect(m_findingView, &QTableView::clicked, this, activateFinding);
    // A click on the call already current shows it again (after Back to the scenario).
    connect(m_callView, &QTableView::clicked, this, [this](const QModelIndex &index) { selectCall(m_filter->mapToSource(index).row()); });
    connect(m_findingView, &QTableView::activated, this, activateFinding);
    retranslateUi();
}

bool CaptureCallsPanel::isCaptureFile(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray head = file.read(4);
        static const QList<QByteArray> magics = {
            QByteArray::fromHex("a1b2c3d4"), QByteArray::fromHex("d4c3b2a1"), // pcap, microseconds
            QByteArray::fromHex("a1b23c4d"), QByteArray::fromHex("4d3cb2a1"), // pcap, nanoseconds
            QByteArray::fromHex("0a0d0d0a"),                                  // pcapng section header
            QByteArrayLiteral("RTSS"), QByteArrayLiteral("GMBU")};             // Microsoft NetMon 1.x / 2.x
        if (magics.contains(head))
            return true;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("pcap") || suffix == QLatin1String("pcapng") || suffix == QLatin1String("cap")
        || suffix == QLatin1String("ntar");
}

QList<MarkerSeverity> CaptureCallsPanel::markers(const CapturedCall &call)
{
    QList<MarkerSeverity> list;
    for (int i = 0; i < call.messages.size(); ++i) {
        const std::optional<FindingSeverity> worst = call.worstFinding(i);
        list.append(!worst                                 ? MarkerSeverity::None
                    : *worst == FindingSeverity::Error   ? MarkerSeverity::Error
                    : *worst == FindingSeverity::Warning ? MarkerSeverity::Warning
                                                         : MarkerSeverity::Note);
    }
    return list;
}

bool CaptureCallsPanel::open(const QString &path, QString *error)
{
    CaptureReadResult capture = CaptureFile::read(path);
    if (capture.messages.isEmpty()) {
        if (error)
            *error = capture.ok() ? tr("%1 holds no SIP messages (%n packet(s) read).", nullptr, int(capture.packets))
                                        .arg(QDir::toNativeSeparators(path))
                                  : capture.error;
        return false;
    }
    m_capture = std::move(capture);
    m_path = path;
    m_warnings = m_capture.warnings;
    if (!m_capture.ok())
        m_warnings.append(tr("%1 (the messages before it are shown)").arg(m_capture.error));
    m_current = -1;
    {
        const QSignalBlocker blocker(m_filterEdit);
        m_filterEdit->clear();
        m_filter->setFilterText(QString());
    }
    regroup();
    selectCall(0);
    return true;
}

const QList<CapturedCall> &CaptureCallsPanel::calls() const
{
    return m_calls->calls();
}

void CaptureCallsPanel::regroup()
{
    m_calls->setCalls(CaptureCalls::group(m_capture, m_merge->isChecked() ? LaneGrouping::Host : LaneGrouping::AddressAndPort));
    updateSummary();
}

void CaptureCallsPanel::selectCall(int index)
{
    if (index < 0 || index >= m_calls->rowCount())
        return;
    m_current = index;
    const CapturedCall &call = m_calls->call(index);
    {
        // Keep the list's current row on the call without coming back here.
        const QScopedValueRollback<bool> guard(m_selecting, true);
        const QModelIndex row = m_filter->mapFromSource(m_calls->index(index, 0));
        if (row.isValid())
            m_callView->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_findings->setFindings(call.findings);
    }
    retranslateUi();
    Q_EMIT callChosen(call);
}

void CaptureCallsPanel::setMergeHosts(bool merge)
{
    if (m_merge->isChecked() != merge) {
        m_merge->setChecked(merge); // comes back here through toggled()
        return;
    }
    if (m_capture.messages.isEmpty())
        return;
    const int current = m_current;
    regroup();
    selectCall(qMax(0, current)); // grouping by Call-ID does not depend on the lanes: same order
}

bool CaptureCallsPanel::mergeHosts() const
{
    return m_merge->isChecked();
}

void CaptureCallsPanel::setFilterText(const QString &text)
{
    m_filterEdit->setText(text);
}

void CaptureCallsPanel::setLanguage(Language language)
{
    m_findings->setLanguage(language);
}

void CaptureCallsPanel::showMessage(int message)
{
    const int row = m_findings->rowOfMessage(message);
    const QScopedValueRollback<bool> guard(m_selecting, true);
    if (row < 0) {
        m_findingView->clearSelection();
        return;
    }
    m_findingView->selectRow(row);
    m_findingView->scrollTo(m_findings->index(row, 0));
}

void CaptureCallsPanel::updateSummary()
{
    if (m_path.isEmpty()) {
        m_summary->clear();
        return;
    }
    int findings = 0;
    for (const CapturedCall &c : m_calls->calls())
        findings += int(c.findings.size());
    QString text = tr("%1: %n call(s)", nullptr, m_calls->rowCount()).arg(QFileInfo(m_path).fileName())
        + tr(", %n message(s)", nullptr, int(m_capture.messages.size())) + tr(", %n finding(s)", nullptr, findings);
    for (const QString &w : std::as_const(m_warnings))
        text += QLatin1Char('\n') + w;
    m_summary->setText(text);
    m_summary->setToolTip(QDir::toNativeSeparators(m_path));
}

void CaptureCallsPanel::retranslateUi()
{
    m_filterEdit->setPlaceholderText(tr("Filter: number, URI, Call-ID, method, code"));
    m_merge->setText(tr("One lane per host (merge the ports of one IP)"));
    m_back->setText(tr("Back to the scenario"));
    m_back->setToolTip(tr("Show the simulated call again; the capture stays in this list"));
    m_findingsTitle->setText(m_current < 0 ? tr("Findings")
                                           : tr("Findings of call %1: %n", nullptr, int(m_findings->rowCount())).arg(m_current + 1));
    m_calls->retranslate();
    updateSummary();
}

void CaptureCallsPanel::showEvent(QShowEvent *event)
{
    // The clear button's icon comes from the icon theme, a slow look-up at start: made when the
    // panel is first shown (it starts hidden in the main window), not with the panel.
    m_filterEdit->setClearButtonEnabled(true);
    QWidget::showEvent(event);
}

void CaptureCallsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace SipLab
