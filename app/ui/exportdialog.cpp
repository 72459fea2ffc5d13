#include "exportdialog.h"

#include "textladderexporter.h"

#include <QCheckBox>
#include <QClipboard>
#include <QCoreApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace SipLab {

namespace {
/// Above this many messages the image preview shows the first ones only (the file has all).
constexpr int PreviewMessages = 200;
} // namespace

ExportDialog::ExportDialog(const CallTrace &trace, const LadderLayoutOptions &layout, const QString &title,
                           QWidget *parent)
    : QDialog(parent)
    , m_trace(trace)
    , m_layout(layout)
{
    setWindowTitle(tr("Export ladder"));
    m_format = new QComboBox;
    for (const ExportFormatInfo &f : ExportFormats::all()) {
        if (f.label)
            m_format->addItem(QCoreApplication::translate("SipLab::ExportDialog", f.label), int(f.format));
    }

    m_title = new QLineEdit(title);
    m_title->setPlaceholderText(tr("No title"));
    m_lanes = new QListWidget;
    m_lanes->setMaximumHeight(110);
    for (int i = 0; i < trace.nodes.size(); ++i) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  (%2:%3)")
                                             .arg(trace.nodes[i].name(), trace.nodes[i].address.ip)
                                             .arg(trace.nodes[i].address.port));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(layout.hiddenNodes.contains(i) ? Qt::Unchecked : Qt::Checked);
        item->setData(Qt::UserRole, i);
        m_lanes->addItem(item);
    }
    m_timeColumn = new QCheckBox(tr("Time column"));
    m_timeColumn->setChecked(layout.showTimeColumn);
    m_notes = new QComboBox;
    m_notes->addItem(tr("None"), int(ShownLanguages::None));
    m_notes->addItem(tr("English"), int(ShownLanguages::English));
    m_notes->addItem(tr("Chinese"), int(ShownLanguages::Chinese));
    m_notes->addItem(tr("English and Chinese"), int(ShownLanguages::Both));
    // A clean slide diagram without the transaction-state and timer tags (--detail messages).
    m_detail = new QComboBox;
    m_detail->addItem(tr("Messages, states and timers"), true);
    m_detail->addItem(tr("Messages only (for slides)"), false);
    m_detail->setCurrentIndex(layout.showAnnotations ? 0 : 1);
    m_lightTheme = new QCheckBox(tr("Light theme for print"));
    m_lightTheme->setChecked(true);
    m_lightTheme->setEnabled(false); // exports are always light: the dark theme is for the screen only
    m_lightTheme->setToolTip(tr("Exports always use the light theme, which prints well"));

    m_scale = new QDoubleSpinBox;
    m_scale->setRange(0.5, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(2);
    m_scale->setSuffix(QStringLiteral(" ×"));
    m_dpi = new QSpinBox;
    m_dpi->setRange(0, 1200);
    m_dpi->setSingleStep(50);
    m_dpi->setSpecialValueText(tr("From the scale"));
    m_dpi->setSuffix(tr(" dpi"));
    m_pngOptions = new QWidget;
    auto *pngForm = new QFormLayout(m_pngOptions);
    pngForm->setContentsMargins(0, 0, 0, 0);
    pngForm->addRow(tr("PNG scale:"), m_scale);
    pngForm->addRow(tr("PNG resolution:"), m_dpi);

    m_pageSize = new QComboBox;
    m_pageSize->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_pageSize->addItem(QStringLiteral("A3"), int(QPageSize::A3));
    m_pageSize->addItem(QStringLiteral("Letter"), int(QPageSize::Letter));
    m_pageSize->addItem(QStringLiteral("Legal"), int(QPageSize::Legal));
    m_landscape = new QCheckBox(tr("Landscape"));
    m_pdfOptions = new QWidget;
    auto *pdfForm = new QFormLayout(m_pdfOptions);
    pdfForm->setContentsMargins(0, 0, 0, 0);
    pdfForm->addRow(tr("Page size:"), m_pageSize);
    pdfForm->addRow(QString(), m_landscape);

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Lanes:"), m_lanes);
    form->addRow(QString(), m_timeColumn);
    form->addRow(tr("Explanations:"), m_notes);
    form->addRow(tr("Detail:"), m_detail);
    form->addRow(QString(), m_lightTheme);
    auto *optionsBox = new QWidget;
    auto *optionsLayout = new QVBoxLayout(optionsBox);
    optionsLayout->addLayout(form);
    optionsLayout->addWidget(m_pngOptions);
    optionsLayout->addWidget(m_pdfOptions);
    optionsLayout->addStretch();
    optionsBox->setMinimumWidth(360);

    m_imageLabel = new QLabel;
    m_imageLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_imageArea = new QScrollArea;
    m_imageArea->setWidget(m_imageLabel);
    m_imageArea->setBackgroundRole(QPalette::Dark);
    m_textPreview = new QPlainTextEdit;
    m_textPreview->setReadOnly(true);
    m_textPreview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_textPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_previewStack = new QStackedWidget;
    m_previewStack->addWidget(m_imageArea);
    m_previewStack->addWidget(m_textPreview);
    auto *previewBox = new QGroupBox(tr("Preview"));
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewStack);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    previewLayout->addWidget(m_status);

    auto *splitter = new QSplitter;
    splitter->addWidget(optionsBox);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox;
    auto *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setAutoDefault(false);
    m_save = buttons->addButton(tr("Save…"), QDialogButtonBox::AcceptRole);
    m_copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    m_save->setAutoDefault(false); // Return in a field must not open the file dialog
    m_copy->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::save);
    connect(m_copy, &QPushButton::clicked, this, &ExportDialog::copy);

    auto *layoutBox = new QVBoxLayout(this);
    layoutBox->addWidget(splitter, 1);
    layoutBox->addWidget(buttons);
    resize(1100, 720);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateOptionsVisibility();
        updatePreview();
    });
    connect(m_title, &QLineEdit::textChanged, this, &ExportDialog::updatePreview);
    connect(m_lanes, &QListWidget::itemChanged, this, &ExportDialog::updatePreview);
    connect(m_timeColumn, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    connect(m_notes, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_detail, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::updatePreview);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportDialog::updatePreview);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_landscape, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    readSettings();
    updateOptionsVisibility();
    updatePreview();
}

void ExportDialog::readSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    auto select = [&settings](QComboBox *combo, const QString &key) {
        const int index = combo->findData(settings.value(key, combo->currentData()));
        if (index >= 0)
            combo->setCurrentIndex(index);
    };
    const QSignalBlocker blockFormat(m_format), blockNotes(m_notes), blockPage(m_pageSize);
    const QSignalBlocker blockScale(m_scale), blockDpi(m_dpi), blockLandscape(m_landscape);
    select(m_format, QStringLiteral("format"));
    select(m_notes, QStringLiteral("notes"));
    select(m_pageSize, QStringLiteral("pageSize"));
    m_scale->setValue(settings.value(QStringLiteral("pngScale"), m_scale->value()).toDouble());
    m_dpi->setValue(settings.value(QStringLiteral("pngDpi"), m_dpi->value()).toInt());
    m_landscape->setChecked(settings.value(QStringLiteral("landscape"), false).toBool());
    m_directory = settings.value(QStringLiteral("directory")).toString();
}

void ExportDialog::writeSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    settings.setValue(QStringLiteral("format"), m_format->currentData());
    settings.setValue(QStringLiteral("notes"), m_notes->currentData());
    settings.setValue(QStringLiteral("pageSize"), m_pageSize->currentData());
    settings.setValue(QStringLiteral("pngScale"), m_scale->value());
    settings.setValue(QStringLiteral("pngDpi"), m_dpi->value());
    settings.setValue(QStringLiteral("landscape"), m_landscape->isChecked());
    if (!m_directory.isEmpty())
        settings.setValue(QStringLiteral("directory"), m_directory);
}

void ExportDialog::done(int result)
{
    writeSettings();
    QDialog::done(result);
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

LadderImageOptions ExportDialog::options() const
{
    LadderImageOptions o;
    o.title = m_title->text().trimmed();
    o.layout = m_layout;
    for (int row = 0; row < m_lanes->count(); ++row) {
        const QListWidgetItem *item = m_lanes->item(row);
        if (item->checkState() != Qt::Checked)
            o.hiddenNodes.insert(item->data(Qt::UserRole).toInt());
    }
    o.showTimes = m_timeColumn->isChecked();
    o.notes = ShownLanguages(m_notes->currentData().toInt());
    o.layout.showAnnotations = m_detail->currentData().toBool();
    o.pngScale = m_scale->value();
    o.pngDpi = m_dpi->value();
    o.pageSize = QPageSize(QPageSize::PageSizeId(m_pageSize->currentData().toInt()));
    o.orientation = m_landscape->isChecked() ? QPageLayout::Landscape : QPageLayout::Portrait;
    return o;
}

void ExportDialog::updateOptionsVisibility()
{
    const ExportFormat f = format();
    m_pngOptions->setVisible(f == ExportFormat::Png);
    m_pdfOptions->setVisible(f == ExportFormat::Pdf);
    // pcap carries the wire bytes of every message: lanes, time column and notes do not apply.
    const bool pcap = f == ExportFormat::Pcap;
    m_lanes->setEnabled(!pcap);
    m_notes->setEnabled(!pcap);
    m_title->setEnabled(!pcap);
    m_timeColumn->setEnabled(!pcap && f != ExportFormat::Mermaid &&
                             f != ExportFormat::PlantUml);
    // The handout is drawn like the images but copied as its HTML text.
    const bool image = ExportFormats::info(f).needsPainter && f != ExportFormat::Html;
    m_detail->setEnabled(ExportFormats::info(f).needsPainter);
    m_copy->setText(image ? tr("Copy as image") : tr("Copy as text"));
    m_copy->setEnabled(f != ExportFormat::Pcap);
}

QString ExportDialog::previewText() const
{
    return m_previewStack->currentWidget() == m_textPreview ? m_textPreview->toPlainText() : QString();
}

void ExportDialog::updatePreview()
{
    const ExportFormat f = format();
    LadderImageOptions o = options();
    if (o.hiddenNodes.size() > m_trace.nodes.size() - 2) {
        m_status->setText(tr("Choose at least two lanes."));
        m_save->setEnabled(false);
        return;
    }
    m_save->setEnabled(true);
    if (ExportFormats::info(f).needsPainter) {
        // The same renderer as the file; a long ladder previews its first messages only.
        CallTrace shown = m_trace;
        if (shown.messages.size() > PreviewMessages)
            shown.messages.resize(PreviewMessages);
        o.pngDpi = 0;
        o.pngScale = 1;
        QString error;
        m_previewImage = LadderImageExporter::png(shown, o, &error);
        showPreviewImage();
        m_previewStack->setCurrentWidget(m_imageArea);
        QString status = tr("%n message(s)", nullptr, int(m_trace.messages.size()));
        if (m_trace.messages.size() > PreviewMessages)
            status += QLatin1String(" · ") +
                      tr("the preview shows the first %1; the file has them all").arg(PreviewMessages);
        if (f == ExportFormat::Pdf) {
            int pages = 0;
            LadderImageExporter::pdf(m_trace, options(), &pages);
            status += QLatin1String(" · ") + tr("%n page(s)", nullptr, pages);
        } else if (f == ExportFormat::Png) {
            const double scale = LadderImageExporter::effectivePngScale(options());
            const QSize size = (QSizeF(m_previewImage.size()) * scale).toSize();
            status += QLatin1String(" · ") + tr("%1 × %2 pixels").arg(size.width()).arg(size.height());
        }
        m_status->setText(error.isEmpty() ? status : error);
        return;
    }
    m_previewImage = QImage();
    m_previewStack->setCurrentWidget(m_textPreview);
    if (f == ExportFormat::Pcap) {
        // What Wireshark will list: one frame per message.
        LadderExportOptions t;
        t.showTimes = true;
        m_textPreview->setPlainText(TextLadderExporter::list(m_trace, t));
        m_status->setText(
            tr("%n frame(s), one per message, between the nodes' addresses; timestamps from the trace",
               nullptr, int(m_trace.messages.size())));
        return;
    }
    QString error;
    m_textPreview->setPlainText(QString::fromUtf8(LadderExport::bytes(m_trace, f, o, &error)));
    m_status->setText(error);
}

void ExportDialog::showPreviewImage()
{
    // Fit the width of the preview pane; the file keeps its own size and scale.
    const int available = m_imageArea->viewport()->width() - 2;
    QImage shown = m_previewImage;
    if (!shown.isNull() && isVisible() && shown.width() > available && available > 100)
        shown = shown.scaledToWidth(available, Qt::SmoothTransformation);
    m_imageLabel->setPixmap(QPixmap::fromImage(shown));
    m_imageLabel->adjustSize();
}

void ExportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    showPreviewImage();
}

void ExportDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    showPreviewImage();
}

bool ExportDialog::saveTo(const QString &path, QString *error) const
{
    return LadderExport::write(m_trace, path, format(), options(), error);
}

void ExportDialog::save()
{
    const ExportFormat f = format();
    const QString extension = ExportFormats::info(f).extension;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export ladder"),
                                     QDir(m_directory).filePath(QStringLiteral("ladder.%1").arg(extension)),
                                     tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error)) {
        m_status->setText(error);
        return;
    }
    m_directory = QFileInfo(path).absolutePath();
    accept();
}

void ExportDialog::copy()
{
    const ExportFormat f = format();
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (ExportFormats::info(f).needsPainter) {
        QString error;
        const QImage image = LadderImageExporter::png(m_trace, options(), &error);
        if (image.isNull()) {
            m_status->setText(error);
            return;
        }
        clipboard->setImage(image);
    } else {
        clipboard->setText(m_textPreview->toPlainText());
    }
    m_status->setText(tr("Copied"));
}

} // namespace SipLab
