// The main window through its widgets: editing a node's response changes the ladder as the
// engine says, selecting an arrow explains it in both languages, the language switch
// retranslates, playback moves the cursor, a malformed file leaves the scenario intact.
#include "callbuilderpanel.h"
#include "codepicker.h"
#include "engine.h"
#include "explanationpanel.h"
#include "ladderview.h"
#include "mainwindow.h"
#include "playbackcontroller.h"
#include "responsecodefiltermodel.h"
#include "responsecodemodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QMenuBar>
#include <QScrollBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace SipLab;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void startsOnDefaultScenario();
    void uasFinalCodeChangesLadder_data();
    void uasFinalCodeChangesLadder();
    void proxyCountThroughSpinBox();
    void undoRedo();
    void selectingArrowExplainsBothLanguages();
    void languageSwitchRetranslates();
    void playbackMovesCursor();
    void malformedFileKeepsScenario();
    void codeModel();
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SIP Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::startsOnDefaultScenario()
{
    MainWindow w;
    w.setInteractive(false);
    QCOMPARE(w.scenario(), Scenario::defaultScenario());
    QCOMPARE(w.trace().toText(), Engine::run(Scenario::defaultScenario()).toText());
    QVERIFY(w.playback()->isPlaying());
}

void TestMainWindow::uasFinalCodeChangesLadder_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("486") << 486;
    QTest::newRow("603") << 603;
    QTest::newRow("302") << 302;
}

void TestMainWindow::uasFinalCodeChangesLadder()
{
    QFETCH(int, code);
    MainWindow w;
    w.setInteractive(false);
    CallBuilderPanel *b = w.callBuilder();
    b->selectNode(2); // the UAS
    CodePicker *picker = b->uasFinalPicker();
    QVERIFY(picker->isVisibleTo(b));
    picker->setCurrentCode(code);
    Q_EMIT picker->activated(picker->currentIndex());
    Scenario expected = Scenario::defaultScenario();
    expected.uas.responses.last().code = code;
    QCOMPARE(w.scenario(), expected);
    QCOMPARE(w.trace().toText(), Engine::run(expected).toText());
    QCOMPARE(w.ladderView()->trace().toText(), Engine::run(expected).toText());
}

void TestMainWindow::proxyCountThroughSpinBox()
{
    MainWindow w;
    w.setInteractive(false);
    w.callBuilder()->proxyCountSpin()->setValue(2);
    QCOMPARE(w.scenario().proxies.size(), 2);
    QCOMPARE(w.ladderView()->ladderLayout().lanes().size(), 4);
}

void TestMainWindow::undoRedo()
{
    MainWindow w;
    w.setInteractive(false);
    w.callBuilder()->proxyCountSpin()->setValue(0);
    QCOMPARE(w.scenario().proxies.size(), 0);
    w.undoStack()->undo();
    QCOMPARE(w.scenario(), Scenario::defaultScenario());
    QCOMPARE(w.callBuilder()->proxyCountSpin()->value(), 1);
    w.undoStack()->redo();
    QCOMPARE(w.scenario().proxies.size(), 0);
}

void TestMainWindow::selectingArrowExplainsBothLanguages()
{
    MainWindow w;
    w.setInteractive(false);
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.playback()->toEnd();
    LadderView *view = w.ladderView();
    // Click the middle of F4 180 Ringing.
    const LadderArrow &a = view->ladderLayout().arrows()[3];
    view->verticalScrollBar()->setValue(0);
    const QPoint click(int((a.x1 + a.x2) / 2 * view->zoom()) - view->horizontalScrollBar()->value(),
                       int((a.y - 3) * view->zoom()) - view->verticalScrollBar()->value());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, click);
    QCOMPARE(view->selectedMessage(), 3);
    const QString text = w.explanationPanel()->plainText();
    QVERIFY2(text.contains(QStringLiteral("F4")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("正在电话振铃")));          // the article's Chinese
    QVERIFY(text.contains(QStringLiteral("alerting the user")));   // the English
    QVERIFY(text.contains(QStringLiteral("RFC 3261")));
}

void TestMainWindow::languageSwitchRetranslates()
{
    MainWindow w;
    w.setInteractive(false);
    const QString fileEnglish = w.menuBar()->actions().first()->text();
    QCOMPARE(fileEnglish, QStringLiteral("&File"));
    w.setUiLanguage(UiLanguage::Chinese);
    QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
    QVERIFY(w.windowTitle().contains(QStringLiteral("未命名")));
    // The other panels retranslate on the posted LanguageChange event.
    QTRY_COMPARE(w.callBuilder()->proxyCountSpin()->parentWidget()->findChild<QLabel *>()->text().isEmpty(), false);
    QTRY_VERIFY(w.explanationPanel()->plainText().contains(QStringLiteral("未选择消息")));
    w.setUiLanguage(UiLanguage::English);
    QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
}

void TestMainWindow::playbackMovesCursor()
{
    MainWindow w;
    w.setInteractive(false);
    PlaybackController *p = w.playback();
    p->toEnd();
    QCOMPARE(w.ladderView()->playbackCursor(), int(w.trace().messages.size()) - 1);
    p->seek(-1);
    p->stepForward();
    p->stepForward();
    QCOMPARE(w.ladderView()->playbackCursor(), 1);
    p->stepBack();
    QCOMPARE(w.ladderView()->playbackCursor(), 0);
}

void TestMainWindow::malformedFileKeepsScenario()
{
    MainWindow w;
    w.setInteractive(false);
    w.callBuilder()->proxyCountSpin()->setValue(2);
    const Scenario before = w.scenario();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format":"siplab-scenario","version":1,"uas":{"responses":[{"code":999}]}})");
    f.close();
    QVERIFY(!w.openFile(path));
    QVERIFY(w.lastError().contains(QStringLiteral("uas.responses[0].code: 999")));
    QCOMPARE(w.scenario(), before);
    // A good file opens; saving writes it back.
    const QString good = dir.filePath(QStringLiteral("good.json"));
    QVERIFY(w.saveFile(good));
    QVERIFY(w.openFile(good));
    QCOMPARE(w.scenario(), before);
}

void TestMainWindow::codeModel()
{
    ResponseCodeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResponseCodeFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(filter.rowCount(), 73);
    filter.setClassFilter(6);
    QCOMPARE(filter.rowCount(), 6); // 600 603 604 606 607 608
    filter.setClassFilter(0);
    filter.setSearchText(QStringLiteral("忙"));
    QVERIFY(filter.rowCount() >= 2); // 486 忙，占线 and 600 ...
    filter.setSearchText(QStringLiteral("busy here"));
    QCOMPARE(filter.rowCount(), 2); // 486 itself, and 600 whose text points to 486 Busy Here
    QCOMPARE(filter.index(0, 0).data(ResponseCodeModel::CodeRole).toInt(), 486);
    filter.setSearchText(QStringLiteral("xyzzy"));
    QCOMPARE(filter.rowCount(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
