// The main window through its widgets: editing a node's response changes the ladder as the
// engine says, selecting an arrow explains it in both languages, the language switch
// retranslates, playback moves the cursor, the registration actions and the server's password
// (RFC 3665 2.1-2.5) change the ladder and undo, a malformed file leaves the scenario intact.
#include "callbuilderpanel.h"
#include "capturecallspanel.h"
#include "codepicker.h"
#include "engine.h"
#include "explanationpanel.h"
#include "ladderview.h"
#include "mainwindow.h"
#include "pcapexporter.h"
#include "playbackcontroller.h"
#include "responsecodefiltermodel.h"
#include "responsecodemodel.h"
#include "textladderexporter.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTextBrowser>
#include <QToolBar>
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
    void laneHeaderOpensNodePage();
    void registrationThroughCallBuilder_data();
    void registrationThroughCallBuilder();
    void serverPasswordThroughCallBuilder();
    void registrationLessonsSetTheWidgets_data();
    void registrationLessonsSetTheWidgets();
    void selectingArrowExplainsBothLanguages();
    void languageSwitchRetranslates();
    void playbackMovesCursor();
    void malformedFileKeepsScenario();
    void codeModel();
    void tabReachesEveryPanel();
    void followsTheSystemFontSize_data();
    void followsTheSystemFontSize();
    void builderDockFitsEveryPage_data();
    void builderDockFitsEveryPage();
    void aboutBoxShowsVersionLicenceAndSource_data();
    void aboutBoxShowsVersionLicenceAndSource();
    // Captures (issue 15): File > Open and drag and drop, the call's ladder with its findings,
    // back to the scenario; a bad capture keeps the work.
    void openCaptureShowsCallWithFindings();
    void dropCapture();
    void badCaptureKeepsWork_data();
    void badCaptureKeepsWork();
};

namespace {
/// Sets the application font's size (0: leaves it) until the returned guard goes, also when a
/// check fails and the test returns early.
auto withApplicationFontSize(double pointSize)
{
    const QFont saved = QApplication::font();
    if (pointSize > 0) {
        QFont f = saved;
        f.setPointSizeF(pointSize);
        QApplication::setFont(f);
    }
    return qScopeGuard([saved] { QApplication::setFont(saved); });
}
} // namespace

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
    QCOMPARE(TextLadderExporter::list(w.trace(), false), TextLadderExporter::list(Engine::run(Scenario::defaultScenario()), false));
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
    QCOMPARE(TextLadderExporter::list(w.trace(), false), TextLadderExporter::list(Engine::run(expected), false));
    QCOMPARE(TextLadderExporter::list(w.ladderView()->trace(), false), TextLadderExporter::list(Engine::run(expected), false));
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

void TestMainWindow::laneHeaderOpensNodePage()
{
    // Three devices through the builder: the ladder gets lanes UAS1..UAS3, and a click on a lane
    // header opens that node's page in the call builder.
    MainWindow w;
    w.setInteractive(false);
    w.callBuilder()->deviceCountSpin()->setValue(3);
    QStringList lanes;
    for (const LadderLane &lane : w.ladderView()->ladderLayout().lanes())
        lanes.append(lane.title);
    QCOMPARE(lanes, (QStringList{"UAC", "P1", "UAS1", "UAS2", "UAS3"}));
    for (int node : {3, 1, 4, 0}) {
        Q_EMIT w.ladderView()->laneHeaderClicked(node);
        QCOMPARE(w.callBuilder()->selectedNode(), node);
    }
    QCOMPARE(w.callBuilder()->selectedDevice(), -1);
    Q_EMIT w.ladderView()->laneHeaderClicked(4);
    QCOMPARE(w.callBuilder()->selectedDevice(), 2);
    Q_EMIT w.ladderView()->laneHeaderClicked(9); // no such node (a lane a live run learnt of): ignored
    QCOMPARE(w.callBuilder()->selectedNode(), 4);
}

void TestMainWindow::registrationThroughCallBuilder_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QStringList>("contact");
    QTest::addColumn<QStringList>("expires");
    QTest::addColumn<QStringList>("okContact");
    const QString own = "<sip:alice@pc33.atlanta.example:5070>";
    const QString mail = "<mailto:alice@atlanta.example>";
    QTest::newRow("add a contact") << int(RegisterAction::Update) << QStringList{mail} << QStringList{"3600"}
                                   << QStringList{own + ";expires=3600", mail + ";expires=3600"}; // RFC 3665 2.2
    QTest::newRow("query") << int(RegisterAction::Query) << QStringList() << QStringList()
                           << QStringList{own + ";expires=3600"}; // RFC 3665 2.3
    QTest::newRow("remove all") << int(RegisterAction::Remove) << QStringList{"*"} << QStringList{"0"}
                                << QStringList(); // RFC 3665 2.4
}

void TestMainWindow::registrationThroughCallBuilder()
{
    QFETCH(int, action);
    QFETCH(QStringList, contact);
    QFETCH(QStringList, expires);
    QFETCH(QStringList, okContact);
    MainWindow w;
    w.setInteractive(false);
    CallBuilderPanel *b = w.callBuilder();
    b->selectNode(0); // the UAC
    QComboBox *combo = b->registerActionCombo();
    QVERIFY(!combo->isVisibleTo(b)); // INVITE: no registration to choose
    b->methodCombo()->setCurrentText(QStringLiteral("REGISTER"));
    QVERIFY(combo->isVisibleTo(b));
    QCOMPARE(combo->currentIndex(), int(RegisterAction::Bind));
    const Scenario bind = w.scenario();
    QCOMPARE(bind.method, QStringLiteral("REGISTER"));

    combo->setCurrentIndex(action);
    Scenario expected = bind;
    expected.uac.registerAction = RegisterAction(action);
    QCOMPARE(w.scenario(), expected);
    QCOMPARE(TextLadderExporter::list(w.trace(), false), TextLadderExporter::list(Engine::run(expected), false));
    QCOMPARE(TextLadderExporter::list(w.trace(), false), QStringLiteral("F1 UAC -> P1: REGISTER\nF2 P1 -> UAC: 200 OK\n"));
    const SipMessage &request = w.trace().messages[0].message;
    QCOMPARE(request.headerLines(QStringLiteral("Contact")), contact);
    QCOMPARE(request.headerLines(QStringLiteral("Expires")), expires);
    QCOMPARE(w.trace().messages[1].message.headerLines(QStringLiteral("Contact")), okContact);

    w.undoStack()->undo();
    QCOMPARE(w.scenario(), bind);
    QCOMPARE(combo->currentIndex(), int(RegisterAction::Bind));
    QCOMPARE(w.trace().messages[0].message.headerLines(QStringLiteral("Contact")),
             QStringList{"<sip:alice@pc33.atlanta.example:5070>"});
    w.undoStack()->redo();
    QCOMPARE(combo->currentIndex(), action);
    // Back to INVITE: the action exists for REGISTER only, and the combo hides again.
    b->methodCombo()->setCurrentText(QStringLiteral("INVITE"));
    QCOMPARE(w.scenario().uac.registerAction, RegisterAction::Bind);
    QVERIFY(!combo->isVisibleTo(b));
}

void TestMainWindow::serverPasswordThroughCallBuilder()
{
    MainWindow w;
    w.setInteractive(false);
    CallBuilderPanel *b = w.callBuilder();
    b->methodCombo()->setCurrentText(QStringLiteral("REGISTER"));
    b->selectNode(0);
    QCheckBox *accepts = b->serverAcceptsPasswordCheck();
    QVERIFY(accepts->isVisibleTo(b));
    QVERIFY(accepts->isChecked());
    QVERIFY(!accepts->isEnabled()); // nobody challenges yet
    Scenario challenged = w.scenario();
    challenged.auth = AuthAt::Proxy; // RFC 3665 2.1: the registrar challenges with 401
    w.editScenario(challenged, QStringLiteral("challenge"));
    b->selectNode(0);
    QVERIFY(accepts->isEnabled());
    QCOMPARE(TextLadderExporter::list(w.trace(), false), QStringLiteral("F1 UAC -> P1: REGISTER\nF2 P1 -> UAC: 401 Unauthorized\n"
                                                "F3 UAC -> P1: REGISTER\nF4 P1 -> UAC: 200 OK\n"));
    accepts->click();
    QVERIFY(!accepts->isChecked());
    QVERIFY(!w.scenario().uac.serverPassword.isEmpty());
    QVERIFY(w.scenario().uac.serverPassword != w.scenario().uac.password);
    // RFC 3665 2.5: the credentials are refused with a second 401.
    QCOMPARE(TextLadderExporter::list(w.trace(), false), QStringLiteral("F1 UAC -> P1: REGISTER\nF2 P1 -> UAC: 401 Unauthorized\n"
                                                "F3 UAC -> P1: REGISTER\nF4 P1 -> UAC: 401 Unauthorized\n"));
    QVERIFY(w.trace().messages[2].message.header(QStringLiteral("Authorization")).startsWith(QStringLiteral("Digest ")));
    w.undoStack()->undo();
    QCOMPARE(w.scenario(), challenged);
    QVERIFY(accepts->isChecked());
    QCOMPARE(w.trace().messages.last().message.header(QStringLiteral("CSeq")), QStringLiteral("2 REGISTER"));
    QCOMPARE(w.trace().messages.last().label(), QStringLiteral("200 OK"));
}

void TestMainWindow::registrationLessonsSetTheWidgets_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("accepts");
    QTest::addColumn<QString>("lastResponse");
    QTest::newRow("2.1") << "rfc3665-2.1-registration-401" << int(RegisterAction::Bind) << true << "200 OK";
    QTest::newRow("2.2") << "rfc3665-2.2-registration-update" << int(RegisterAction::Update) << true << "200 OK";
    QTest::newRow("2.3") << "rfc3665-2.3-registration-query" << int(RegisterAction::Query) << true << "200 OK";
    QTest::newRow("2.4") << "rfc3665-2.4-registration-cancel" << int(RegisterAction::Remove) << true << "200 OK";
    QTest::newRow("2.5") << "rfc3665-2.5-registration-unsuccessful" << int(RegisterAction::Bind) << false << "401 Unauthorized";
}

void TestMainWindow::registrationLessonsSetTheWidgets()
{
    QFETCH(QString, lesson);
    QFETCH(int, action);
    QFETCH(bool, accepts);
    QFETCH(QString, lastResponse);
    MainWindow w;
    w.setInteractive(false);
    CallBuilderPanel *b = w.callBuilder();
    b->selectNode(0);
    QVERIFY(w.openFile(QStringLiteral(":/resources/lessons/%1.json").arg(lesson)));
    QCOMPARE(b->methodCombo()->currentText(), QStringLiteral("REGISTER"));
    QVERIFY(b->registerActionCombo()->isVisibleTo(b));
    QCOMPARE(b->registerActionCombo()->currentIndex(), action);
    QCOMPARE(b->serverAcceptsPasswordCheck()->isChecked(), accepts);
    QCOMPARE(w.trace().messages.last().label(), lastResponse);
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
    w.playback()->pause(); // still before F1: the panel's "No message selected" shows the language
    const QString fileEnglish = w.menuBar()->actions().first()->text();
    QCOMPARE(fileEnglish, QStringLiteral("&File"));
    w.setUiLanguage(Language::Chinese);
    QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
    QVERIFY(w.windowTitle().contains(QStringLiteral("未命名")));
    // The other panels retranslate on the posted LanguageChange event.
    QTRY_COMPARE(w.callBuilder()->proxyCountSpin()->parentWidget()->findChild<QLabel *>()->text().isEmpty(), false);
    QTRY_VERIFY(w.explanationPanel()->plainText().contains(QStringLiteral("未选择消息")));
    w.setUiLanguage(Language::English);
    QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
}

void TestMainWindow::tabReachesEveryPanel()
{
    // Tab from the ladder goes round every panel, left to right, and comes back: the call
    // builder, the explanation (its check box, then the text), the playback bar, the ladder.
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QTRY_VERIFY(w.isActiveWindow());
    LadderView *ladder = w.ladderView();
    ladder->setFocus();
    QTRY_VERIFY(ladder->hasFocus());
    QList<QWidget *> chain;
    for (int i = 0; i < 300; ++i) { // a text browser keeps the focus while Tab walks its links
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        if (focus == ladder)
            break;
        if (chain.isEmpty() || chain.last() != focus)
            chain.append(focus);
    }
    QCOMPARE(QApplication::focusWidget(), ladder); // the chain is a cycle
    auto indexOf = [&chain](auto predicate) {
        for (int i = 0; i < chain.size(); ++i)
            if (predicate(chain[i]))
                return i;
        return -1;
    };
    auto inside = [](QWidget *ancestor) { return [ancestor](QWidget *wdg) { return ancestor->isAncestorOf(wdg); }; };
    const int explanation = indexOf(inside(w.explanationPanel()));
    const int toolbar = indexOf(inside(w.findChild<QToolBar *>(QStringLiteral("PlaybackToolBar"))));
    const int builder = indexOf(inside(w.callBuilder()));
    QVERIFY(builder >= 0);
    QVERIFY(explanation > builder);
    QCOMPARE(chain[explanation], w.explanationPanel()->followCheckBox());
    QCOMPARE(chain[explanation + 1], w.explanationPanel()->browser());
    QVERIFY(toolbar > explanation);
    for (QWidget *wdg : std::as_const(chain))
        QVERIFY2(wdg->isVisible() && wdg->isEnabled(), wdg->metaObject()->className());
}

void TestMainWindow::followsTheSystemFontSize_data()
{
    QTest::addColumn<double>("pointSize"); // the desktop's font
    QTest::addColumn<double>("scale");     // what the ladder grows by
    QTest::newRow("9 pt: as designed") << 9.0 << 1.0;
    QTest::newRow("10 pt: as designed") << 10.0 << 1.0;
    QTest::newRow("15 pt: 150 %") << 15.0 << 1.5;
    QTest::newRow("20 pt: 200 %") << 20.0 << 2.0;
}

void TestMainWindow::followsTheSystemFontSize()
{
    QFETCH(double, pointSize);
    QFETCH(double, scale);
    const auto font = withApplicationFontSize(pointSize);
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(qFuzzyCompare(w.ladderView()->layoutOptions().laneWidth, 200 * scale));
    QVERIFY(qFuzzyCompare(w.ladderView()->layoutOptions().rowHeight, 36 * scale));
    QVERIFY(qFuzzyCompare(w.ladderView()->theme().font.pointSizeF(), LadderTheme::light().font.pointSizeF() * scale));
    QVERIFY(w.explanationPanel()->font().pointSizeF() >= pointSize);
}

void TestMainWindow::builderDockFitsEveryPage_data()
{
    // The builder's proxy and device pages are made when first chosen (issue 16), after the
    // dock's width was set from the UAC page: every page still fits it (the dock widens for a
    // page that needs more, up to 40 % of the window), so no field is cut or scrolled sideways.
    // The 14-point rows make the pages wider than the dock's 330-pixel minimum.
    QTest::addColumn<double>("pointSize");
    QTest::addColumn<QString>("language");
    QTest::newRow("default font, English") << 0.0 << "en";
    QTest::newRow("default font, Chinese") << 0.0 << "zh";
    QTest::newRow("14 pt, English") << 14.0 << "en";
    QTest::newRow("14 pt, Chinese") << 14.0 << "zh";
}

void TestMainWindow::builderDockFitsEveryPage()
{
    QFETCH(double, pointSize);
    QFETCH(QString, language);
    const auto font = withApplicationFontSize(pointSize);
    MainWindow w;
    w.setInteractive(false);
    w.setUiLanguage(language == QLatin1String("zh") ? Language::Chinese : Language::English);
    const auto english = qScopeGuard([&w] { w.setUiLanguage(Language::English); });
    QCoreApplication::processEvents(); // the panels retranslate on the posted LanguageChange
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    CallBuilderPanel *builder = w.callBuilder();
    auto *scroll = qobject_cast<QScrollArea *>(builder->parentWidget()->parentWidget());
    QVERIFY(scroll);
    for (int node : {0, 1, 2, 1, 0}) {
        builder->selectNode(node);
        QTRY_VERIFY2(scroll->viewport()->width() >= builder->minimumSizeHint().width() || scroll->width() >= w.width() * 2 / 5 - 1,
                     qPrintable(QStringLiteral("node %1: the builder needs %2 pixels, its dock shows %3")
                                    .arg(node)
                                    .arg(builder->minimumSizeHint().width())
                                    .arg(scroll->viewport()->width())));
        QVERIFY(!scroll->horizontalScrollBar()->isVisible() || scroll->width() >= w.width() * 2 / 5 - 1);
    }
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

void TestMainWindow::aboutBoxShowsVersionLicenceAndSource_data()
{
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<QString>("licence");
    QTest::newRow("english") << false << QStringLiteral("Licence: see the repository");
    QTest::newRow("chinese") << true << QStringLiteral("许可证：见代码仓库");
}

// Help > About SIP Lab: the version of project(VERSION), the licence (none in the repository yet)
// and where the response-code texts come from.
void TestMainWindow::aboutBoxShowsVersionLicenceAndSource()
{
    QFETCH(bool, chinese);
    QFETCH(QString, licence);
    MainWindow w;
    w.setInteractive(false);
    w.setUiLanguage(chinese ? Language::Chinese : Language::English);
    auto *about = w.findChild<QAction *>(QStringLiteral("AboutAction"));
    QVERIFY(about);
    QVERIFY(w.menuBar()->actions().last()->menu()->actions().contains(about));
    QString text;
    QTimer::singleShot(0, &w, [&text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            text = box->text();
            box->accept();
        }
    });
    about->trigger();
    QVERIFY2(text.contains(QStringLiteral(SIPLAB_VERSION_STRING)), qPrintable(text));
    QVERIFY2(text.contains(licence), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("docs/source-article-sip-response-codes.md")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2016")), qPrintable(text));
}

namespace {
/// The basic call with a proxy that keeps Max-Forwards (an error at F3), as a pcap.
QString faultyCapture(const QTemporaryDir &dir)
{
    CallTrace trace = Engine::run(Scenario::defaultScenario());
    for (TraceMessage &m : trace.messages) {
        if (m.message.isRequest() && m.message.maxForwards() == 69) {
            m.message.setHeader(QStringLiteral("Max-Forwards"), QStringLiteral("70"));
            break;
        }
    }
    const QString path = dir.filePath(QStringLiteral("faulty.pcap"));
    return PcapExporter::exportTo(trace, path) ? path : QString();
}
} // namespace

void TestMainWindow::openCaptureShowsCallWithFindings()
{
    MainWindow w;
    w.setInteractive(false);
    w.callBuilder()->proxyCountSpin()->setValue(2); // unsaved work
    const Scenario scenario = w.scenario();
    const int undoIndex = w.undoStack()->index();
    QTemporaryDir dir;
    const QString path = faultyCapture(dir);
    QVERIFY(w.openFile(path)); // told from a scenario by its first bytes
    QVERIFY(w.isShowingCapture());
    const CapturedCall &call = w.captureCalls()->calls().first();
    QCOMPARE(TextLadderExporter::list(w.trace(), false), TextLadderExporter::list(call.trace, false));
    QCOMPARE(w.ladderView()->trace().messages.size(), call.messages.size());
    // The finding's badge is on F3's arrow, in the layout every export draws from.
    QCOMPARE(w.ladderView()->layoutOptions().markers.value(2), MarkerSeverity::Error);
    const LadderLayout &layout = w.ladderView()->ladderLayout();
    QCOMPARE(layout.arrows()[layout.arrowOfMessage(2)].marker, MarkerSeverity::Error);
    QCOMPARE(layout.arrows()[layout.arrowOfMessage(0)].marker, MarkerSeverity::None);
    // A capture is not a scenario: the builder is read-only, the scenario and its undo stay.
    QVERIFY(!w.callBuilder()->isEnabled());
    QVERIFY(w.windowTitle().contains(QLatin1String("faulty.pcap")));
    QCOMPARE(w.scenario(), scenario);
    QCOMPARE(w.undoStack()->index(), undoIndex);
    // Clicking the finding selects and explains its message; playback works on the capture.
    Q_EMIT w.captureCalls()->findingActivated(2);
    QCOMPARE(w.ladderView()->selectedMessage(), 2);
    QCOMPARE(w.explanationPanel()->message(), 2);
    QVERIFY(w.explanationPanel()->plainText().contains(QLatin1String("INVITE")));
    w.playback()->pause();
    w.playback()->seek(-1);
    w.playback()->stepForward();
    QCOMPARE(w.playback()->cursor(), 0);
    w.playback()->toEnd();
    QCOMPARE(w.playback()->cursor(), int(call.messages.size()) - 1);
    // Back to the scenario: the same call as before, editable, without badges.
    w.showScenario();
    QVERIFY(!w.isShowingCapture());
    QCOMPARE(w.scenario(), scenario);
    QCOMPARE(TextLadderExporter::list(w.trace(), false), TextLadderExporter::list(Engine::run(scenario), false));
    QVERIFY(w.callBuilder()->isEnabled());
    QVERIFY(w.ladderView()->layoutOptions().markers.isEmpty());
    // ... and the capture is one click away; an edit also leaves it.
    w.captureCalls()->selectCall(0);
    QVERIFY(w.isShowingCapture());
    w.undoStack()->undo();
    QVERIFY(!w.isShowingCapture());
    QCOMPARE(w.scenario().proxies.size(), Scenario::defaultScenario().proxies.size());
}

void TestMainWindow::dropCapture()
{
    MainWindow w;
    w.setInteractive(false);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QStringLiteral(SIPLAB_PCAP_DIR "/sip-rtp-g711.pcap"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &drop);
    QVERIFY(w.isShowingCapture());
    QCOMPARE(w.captureCalls()->calls().size(), 2);
    QCOMPARE(w.trace().messages.size(), 6);
}

void TestMainWindow::badCaptureKeepsWork_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("problem");
    QTest::newRow("NetMon file") << QStringLiteral(SIPLAB_PCAP_DIR "/c07-sip-r2.cap") << QStringLiteral("not a capture");
    QTest::newRow("cut in its header") << QStringLiteral(":cut") << QStringLiteral("not a capture");
}

void TestMainWindow::badCaptureKeepsWork()
{
    QFETCH(QString, path);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    if (path == QLatin1String(":cut")) {
        QFile in(QStringLiteral(SIPLAB_PCAP_DIR "/sip-rtp-g711.pcap"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        path = dir.filePath(QStringLiteral("cut.pcap"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.read(10));
    }
    MainWindow w;
    w.setInteractive(false);
    w.setUiLanguage(Language::English); // the messages below are the English ones
    w.callBuilder()->proxyCountSpin()->setValue(2);
    const Scenario scenario = w.scenario();
    const QString ladder = TextLadderExporter::list(w.trace(), false);
    QSignalSpy errors(&w, &MainWindow::errorOccurred);
    QVERIFY(!w.openFile(path));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(w.lastError().contains(QFileInfo(path).fileName()), qPrintable(w.lastError()));
    QVERIFY2(w.lastError().contains(problem), qPrintable(w.lastError()));
    QVERIFY(!w.isShowingCapture());
    QCOMPARE(w.scenario(), scenario);
    QCOMPARE(TextLadderExporter::list(w.trace(), false), ladder);
    QVERIFY(w.callBuilder()->isEnabled());
    QVERIFY(w.isWindowModified());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
