// ExportDialog driven through its widgets: the preview follows the format and every option,
// shows exactly what Save writes, and Save writes the chosen format.
#include "engine.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "mermaidexporter.h"
#include "textladderexporter.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace SipLab;

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void previewIsWhatIsSaved_data();
    void previewIsWhatIsSaved();
    void lanesAndNotesChangeThePreview();
    void imagePreviewFollowsOptions();
    void detailAndHandout();
    void atLeastTwoLanes();
    void saveWritesTheFile();
    void editMenuCopiesTheLadder();
    void settingsAreRemembered_data();
    void settingsAreRemembered();

private:
    CallTrace m_trace;
};

void TestExportDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SIP Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
}

void TestExportDialog::init()
{
    QSettings().remove(QStringLiteral("export")); // every test starts from the defaults
    Scenario s = Scenario::defaultScenario();
    s.setProxyCount(2);
    m_trace = Engine::run(s);
}

void TestExportDialog::previewIsWhatIsSaved_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("text") << int(ExportFormat::Text);
    QTest::newRow("ladder") << int(ExportFormat::Ladder);
    QTest::newRow("mermaid") << int(ExportFormat::Mermaid);
    QTest::newRow("plantuml") << int(ExportFormat::PlantUml);
}

void TestExportDialog::previewIsWhatIsSaved()
{
    QFETCH(int, format);
    ExportDialog dialog(m_trace, {}, QStringLiteral("Two proxies"));
    dialog.setFormat(ExportFormat(format));
    QCOMPARE(int(dialog.format()), format);
    const QByteArray expected =
        LadderExport::bytes(m_trace, ExportFormat(format), dialog.options(), nullptr);
    QCOMPARE(dialog.previewText(), QString::fromUtf8(expected));
    QVERIFY(dialog.previewImage().isNull());
}

void TestExportDialog::lanesAndNotesChangeThePreview()
{
    ExportDialog dialog(m_trace, {}, QString());
    dialog.setFormat(ExportFormat::Mermaid);
    QVERIFY(dialog.previewText().contains(QLatin1String("participant P2")));
    QVERIFY(!dialog.previewText().contains(QLatin1String("Note over")));
    // Untick P2 as a user would.
    dialog.lanesList()->item(2)->setCheckState(Qt::Unchecked);
    QVERIFY(!dialog.previewText().contains(QLatin1String("participant P2")));
    QVERIFY(dialog.options().hiddenNodes.contains(2));
    dialog.notesCombo()->setCurrentIndex(dialog.notesCombo()->findData(int(ShownLanguages::English)));
    QVERIFY(dialog.previewText().contains(QLatin1String("Note over UAC,P1: [1] ")));
    LadderExportOptions o;
    o.hiddenNodes = {2};
    o.notes = ShownLanguages::English;
    QCOMPARE(dialog.previewText(), MermaidExporter::toMermaid(m_trace, o));
    dialog.titleEdit()->setText(QStringLiteral("My call"));
    QVERIFY(dialog.previewText().contains(QLatin1String("title My call")));
}

void TestExportDialog::imagePreviewFollowsOptions()
{
    ExportDialog dialog(m_trace, {}, QString());
    dialog.setFormat(ExportFormat::Png);
    QVERIFY(dialog.previewText().isEmpty());
    const QImage all = dialog.previewImage();
    QVERIFY(!all.isNull());
    dialog.timeColumnCheck()->setChecked(false);
    const QImage noTime = dialog.previewImage();
    QCOMPARE(all.width() - noTime.width(), int(LadderLayoutOptions().timeColumnWidth));
    dialog.lanesList()->item(3)->setCheckState(Qt::Unchecked);
    QCOMPARE(noTime.width() - dialog.previewImage().width(), int(LadderLayoutOptions().laneWidth));
    const int before = dialog.previewImage().height();
    dialog.notesCombo()->setCurrentIndex(dialog.notesCombo()->findData(int(ShownLanguages::Both)));
    QVERIFY(dialog.previewImage().height() > before);
    dialog.setFormat(ExportFormat::Svg);
    QVERIFY(!dialog.previewImage().isNull());
}

void TestExportDialog::detailAndHandout()
{
    // Issue 16: "Messages only" drops the state and timer tags (shorter picture, no tag groups
    // in the SVG); the HTML handout previews its ladder and takes the same choice.
    ExportDialog dialog(m_trace, {}, QString());
    dialog.setFormat(ExportFormat::Svg);
    QVERIFY(dialog.detailCombo()->isEnabled());
    QVERIFY(dialog.options().layout.showAnnotations);
    const int full = dialog.previewImage().height();
    dialog.detailCombo()->setCurrentIndex(1);
    QVERIFY(!dialog.options().layout.showAnnotations);
    QVERIFY(dialog.previewImage().height() < full);
    QVERIFY(!LadderExport::bytes(m_trace, ExportFormat::Svg, dialog.options(), nullptr).contains("<g class=\"n"));
    dialog.setFormat(ExportFormat::Html);
    QCOMPARE(int(dialog.format()), int(ExportFormat::Html));
    QVERIFY(dialog.detailCombo()->isEnabled());
    QVERIFY(!dialog.previewImage().isNull());
    const QByteArray html = LadderExport::bytes(m_trace, ExportFormat::Html, dialog.options(), nullptr);
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(!html.contains("<g class=\"n"));
    dialog.setFormat(ExportFormat::Mermaid);
    QVERIFY(!dialog.detailCombo()->isEnabled());
}

void TestExportDialog::atLeastTwoLanes()
{
    ExportDialog dialog(m_trace, {}, QString());
    for (int row = 1; row < dialog.lanesList()->count(); ++row)
        dialog.lanesList()->item(row)->setCheckState(Qt::Unchecked);
    QVERIFY(!dialog.saveButton()->isEnabled());
    dialog.lanesList()->item(3)->setCheckState(Qt::Checked);
    QVERIFY(dialog.saveButton()->isEnabled());
}

void TestExportDialog::saveWritesTheFile()
{
    QTemporaryDir dir;
    ExportDialog dialog(m_trace, {}, QString());
    dialog.setFormat(ExportFormat::Pcap);
    QVERIFY(dialog.previewText().startsWith(QLatin1String("   0 F1 UAC -> P1: INVITE")));
    const QString path = dir.filePath(QStringLiteral("call.pcap"));
    QString error;
    QVERIFY2(dialog.saveTo(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(4), QByteArray("\xd4\xc3\xb2\xa1", 4));
    dialog.setFormat(ExportFormat::Pdf);
    QVERIFY(dialog.saveTo(dir.filePath(QStringLiteral("call.pdf")), &error));
    QVERIFY(!dialog.saveTo(QStringLiteral("/nonexistent-dir/call.pdf"), &error));
    QVERIFY(error.contains(QLatin1String("/nonexistent-dir/call.pdf")));
}

void TestExportDialog::editMenuCopiesTheLadder()
{
    // Edit > Copy ladder as text / as image, found through the menu bar as a user would.
    MainWindow w;
    QAction *copyText = nullptr;
    QAction *copyImage = nullptr;
    for (QAction *menu : w.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (a->text() == QLatin1String("Copy ladder as &text"))
                copyText = a;
            if (a->text() == QLatin1String("Copy ladder as &image"))
                copyImage = a;
        }
    }
    QVERIFY(copyText && copyImage);
    copyText->trigger();
    LadderExportOptions o;
    o.showTimes = false;
    QCOMPARE(QGuiApplication::clipboard()->text(), TextLadderExporter::list(w.trace(), o));
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QLatin1String("F1 UAC -> P1: INVITE\n")));
    copyImage->trigger();
    const QImage image = QGuiApplication::clipboard()->image();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), LadderImageExporter::png(w.trace(), {}).size());
}

void TestExportDialog::settingsAreRemembered_data()
{
    QTest::addColumn<bool>("accepted"); // closed with Save (accept) or Close (reject)
    QTest::newRow("after Close") << false;
    QTest::newRow("after Save") << true;
}

void TestExportDialog::settingsAreRemembered()
{
    QFETCH(bool, accepted);
    {
        ExportDialog first(m_trace, {}, QString());
        QCOMPARE(first.format(), ExportFormat::Svg); // the default
        first.setFormat(ExportFormat::Pdf);
        first.notesCombo()->setCurrentIndex(first.notesCombo()->findText(QStringLiteral("Chinese")));
        first.findChild<QDoubleSpinBox *>()->setValue(3.5);
        const LadderImageOptions chosen = first.options();
        QCOMPARE(chosen.notes, ShownLanguages::Chinese);
        if (accepted)
            first.accept();
        else
            first.reject();
    }
    ExportDialog second(m_trace, {}, QString());
    QCOMPARE(second.format(), ExportFormat::Pdf);
    QCOMPARE(second.options().notes, ShownLanguages::Chinese);
    QCOMPARE(second.options().pngScale, 3.5);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
