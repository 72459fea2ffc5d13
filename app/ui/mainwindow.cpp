#include "mainwindow.h"

#include "callbuilderpanel.h"
#include "classroomserverpanel.h"
#include "capturecallspanel.h"
#include "classroomtools.h"
#include "engine.h"
#include "exportdialog.h"
#include "ladderguidedialog.h"
#include "ladderimageexporter.h"
#include "ladderview.h"
#include "livecontroller.h"
#include "livedialog.h"
#include "languagepack.h"
#include "playbackcontroller.h"
#include "playbackfollower.h"
#include "responsecodepanel.h"
#include "scenariocommand.h"
#include "scenariofile.h"
#include "textladderexporter.h"
#include "welcomedialog.h"

#include <QActionGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWindow>

namespace SipLab {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undo(new QUndoStack(this))
    , m_ladder(new LadderView)
    , m_playback(new PlaybackController(this))
    , m_follower(new PlaybackFollower(m_playback, m_ladder, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setCentralWidget(m_ladder);
    createDocks();
    createActions();
    createMenus();
    m_status = new QLabel;
    statusBar()->addWidget(m_status, 1);

    connect(m_builder, &CallBuilderPanel::scenarioEdited, this, &MainWindow::editScenario);
    // A lane header opens that node's page in the call builder (trace nodes are the builder's;
    // lanes a live run learns of have no page).
    connect(m_ladder, &LadderView::laneHeaderClicked, this, [this](int node) {
        if (node >= m_builder->nodeCount())
            return;
        m_builderDock->show();
        m_builderDock->raise();
        m_builder->selectNode(node);
    });
    connect(m_ladder, &LadderView::messageSelected, m_explanation, &ExplanationPanel::setMessage);
    connect(m_ladder, &LadderView::messageCompareRequested, m_explanation, &ExplanationPanel::setCompareMessage);
    connect(m_ladder, &LadderView::messageSelected, this, [this](int) { m_explanation->setCompareMessage(-1); m_ladder->setCompareMessage(-1); });
    // The ladder shows the cursor before PlaybackFollower (connected in its constructor, so
    // earlier) selects the message being sent; a message the user picks pins the explanation.
    connect(m_playback, &PlaybackController::cursorChanged, this, [this](int cursor) {
        m_ladder->setPlaybackCursor(cursor, m_playback->travel());
        const QSignalBlocker blocker(m_scrubber);
        m_scrubber->setValue(cursor + 1);
    });
    connect(m_playback, &PlaybackController::travelChanged, this, [this](double travel) {
        m_ladder->setPlaybackCursor(m_playback->cursor(), travel);
    });
    connect(m_ladder, &LadderView::messageChosen, m_follower, &PlaybackFollower::pin);
    connect(m_follower, &PlaybackFollower::followingChanged, this, [this](bool following) {
        const QSignalBlocker blocker(m_followAction);
        m_followAction->setChecked(following);
        m_explanation->setFollowing(following);
        if (!following && m_follower->isEnabled())
            statusBar()->showMessage(tr("Message pinned: following playback resumes at Restart or with View > Follow playback"), 8000);
    });
    connect(m_followAction, &QAction::toggled, m_follower, &PlaybackFollower::setEnabled);
    connect(m_explanation, &ExplanationPanel::followToggled, m_follower, &PlaybackFollower::setEnabled);
    m_followAction->setChecked(m_follower->isFollowing());
    m_explanation->setFollowing(m_follower->isFollowing());
    connect(m_playback, &PlaybackController::playingChanged, this, [this] { updateWidgets(); });
    connect(m_scrubber, &QSlider::valueChanged, this, [this](int v) { m_playback->pause(); m_playback->seek(v - 1); });
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { updateWidgets(); });

    // 1500x920 where the screen has room, else what the screen offers (a 1366x768 laptop, a
    // projector): a window wider than the screen hides the explanation panel.
    QSize size(1500, 920);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size() * 0.95);
    resize(size);
    // The builder as wide as its fields need (they do not shrink), the explanation less; on a
    // small or scaled screen they take at most 40 % and 30 % of the width, the ladder the rest.
    resizeDocks({m_builderDock, m_explanationDock}, {builderWidth(size.width()), qMin(420, size.width() * 3 / 10)}, Qt::Horizontal);
    // The builder's proxy and device pages are made when first chosen; one wider than the UAC's
    // widens the dock then, rather than showing a horizontal scroll bar.
    connect(m_builder, &CallBuilderPanel::pageBuilt, this, [this] {
        const int needed = builderWidth(width());
        if (isVisible() && m_builderDock->isVisible() && m_builderDock->width() < needed)
            resizeDocks({m_builderDock}, {needed}, Qt::Horizontal);
    });
    readSettings();
    m_capturesDock->hide(); // until a capture is opened
    retranslateUi();
    applyScenario(Scenario::defaultScenario());
    m_undo->setClean();
    createClassroomTools();
    updateWidgets();
}

MainWindow::~MainWindow()
{
    // The undo stack and the playback controller are children destroyed after this class is
    // gone; the undo stack still emits cleanChanged() while it dies. Cut them off first.
    disconnect(m_undo, nullptr, this, nullptr);
    disconnect(m_playback, nullptr, this, nullptr);
    m_playback->pause();
}

void MainWindow::createClassroomTools()
{
    ClassroomTools::Context context;
    context.window = this;
    context.ladder = m_ladder;
    context.playback = m_playback;
    context.viewMenu = m_viewMenu;
    context.helpMenu = m_helpMenu;
    context.presenterPanels = {m_explanation};
    context.editingDocks = {m_builderDock, m_codesDock};
    context.language = [this] { return m_uiLanguage; };
    context.trace = [this]() -> const CallTrace & { return m_trace; };
    context.scenario = [this]() -> const Scenario & { return m_scenario; };
    m_classroom = new ClassroomTools(context);
    connect(this, &MainWindow::traceChanged, m_classroom, &ClassroomTools::traceChanged);
    connect(m_classroom, &ClassroomTools::scenarioRequested, this, &MainWindow::editScenario);
    connect(m_classroom, &ClassroomTools::errorOccurred, this, &MainWindow::errorOccurred);
}

int MainWindow::builderWidth(int windowWidth) const
{
    const int fields = m_builder->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
    return qMin(qMax(330, fields), windowWidth * 2 / 5);
}

void MainWindow::createDocks()
{
    m_builder = new CallBuilderPanel;
    m_builderDock = new QDockWidget(this);
    m_builderDock->setObjectName(QStringLiteral("CallBuilderDock"));
    // Scrollable: with large text (150 %) or on a short screen the builder is taller than the
    // window, and an unscrollable dock would push the window off the screen.
    auto *builderScroll = new QScrollArea;
    builderScroll->setObjectName(QStringLiteral("CallBuilderScroll"));
    builderScroll->setWidgetResizable(true);
    builderScroll->setFrameShape(QFrame::NoFrame);
    builderScroll->setWidget(m_builder);
    builderScroll->setFocusPolicy(Qt::NoFocus); // Tab goes into the builder's fields, which it scrolls to
    m_builderDock->setWidget(builderScroll);
    addDockWidget(Qt::LeftDockWidgetArea, m_builderDock);

    m_explanation = new ExplanationPanel;
    m_explanationDock = new QDockWidget(this);
    m_explanationDock->setObjectName(QStringLiteral("ExplanationDock"));
    m_explanationDock->setWidget(m_explanation);
    addDockWidget(Qt::RightDockWidgetArea, m_explanationDock);

    // Code reference: every code, filter by class or by text in either language. It starts
    // hidden, so its panel is made when the dock is first shown (a faster start).
    m_codesDock = new QDockWidget(this);
    m_codesDock->setObjectName(QStringLiteral("CodeReferenceDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_codesDock);
    m_codesDock->hide();
    connect(m_codesDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_codes) {
            m_codes = new ResponseCodePanel;
            m_codesDock->setWidget(m_codes);
            connect(m_codes, &ResponseCodePanel::codeChosen, m_builder, &CallBuilderPanel::useCode);
        }
    });

    // Simulation > Classroom server: the live registrar + proxy; the selected call's ladder
    // is shown like a live call's. Its panel too is made when first shown or asked for.
    m_serverDock = new QDockWidget(this);
    m_serverDock->setObjectName(QStringLiteral("ClassroomServerDock"));
    addDockWidget(Qt::LeftDockWidgetArea, m_serverDock);
    tabifyDockWidget(m_builderDock, m_serverDock);
    m_serverDock->hide();
    connect(m_serverDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            serverPanel();
    });
    // An opened capture: its calls and findings, beside the call builder. Its panel too is
    // made when a capture is opened or the dock is first shown.
    m_capturesDock = new QDockWidget(this);
    m_capturesDock->setObjectName(QStringLiteral("CaptureCallsDock"));
    addDockWidget(Qt::LeftDockWidgetArea, m_capturesDock);
    tabifyDockWidget(m_builderDock, m_capturesDock);
    connect(m_capturesDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            captureCalls();
    });
}

CaptureCallsPanel *MainWindow::captureCalls()
{
    if (!m_captures) {
        m_captures = new CaptureCallsPanel;
        m_captures->setLanguage(m_uiLanguage);
        m_capturesDock->setWidget(m_captures);
        connect(m_captures, &CaptureCallsPanel::callChosen, this, &MainWindow::showCapturedCall);
        connect(m_captures, &CaptureCallsPanel::backToScenarioRequested, this, &MainWindow::showScenario);
        connect(m_captures, &CaptureCallsPanel::findingActivated, this, [this](int message) {
            if (m_ladder->playbackCursor() < message)
                m_playback->toEnd();
            m_ladder->setSelectedMessage(message);
        });
        connect(m_ladder, &LadderView::messageSelected, m_captures, &CaptureCallsPanel::showMessage);
    }
    return m_captures;
}

ClassroomServerPanel *MainWindow::serverPanel()
{
    if (!m_serverPanel) {
        m_serverPanel = new ClassroomServerPanel;
        m_serverDock->setWidget(m_serverPanel);
        connect(m_serverPanel, &ClassroomServerPanel::callSelected, this, &MainWindow::showLiveTrace);
        connect(m_serverPanel, &ClassroomServerPanel::errorOccurred, this, &MainWindow::showError);
    }
    return m_serverPanel;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newFile);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    m_saveAsAction = new QAction(this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportLadder);
    m_copyImageAction = new QAction(this);
    connect(m_copyImageAction, &QAction::triggered, this, &MainWindow::copyLadderAsImage);
    m_copyTextAction = new QAction(this);
    m_copyTextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyTextAction, &QAction::triggered, this, &MainWindow::copyLadderAsText);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_undoAction = m_undo->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);

    auto *languages = new QActionGroup(this);
    m_englishAction = new QAction(QStringLiteral("English"), languages);
    m_chineseAction = new QAction(QStringLiteral("中文"), languages);
    m_englishAction->setCheckable(true);
    m_chineseAction->setCheckable(true);
    connect(m_englishAction, &QAction::triggered, this, [this] { setUiLanguage(Language::English); });
    connect(m_chineseAction, &QAction::triggered, this, [this] { setUiLanguage(Language::Chinese); });

    auto *explain = new QActionGroup(this);
    m_explainBoth = new QAction(explain);
    m_explainZh = new QAction(explain);
    m_explainEn = new QAction(explain);
    for (QAction *a : {m_explainBoth, m_explainZh, m_explainEn})
        a->setCheckable(true);
    m_explainBoth->setChecked(true);
    connect(m_explainBoth, &QAction::triggered, this, [this] { m_explanation->setLanguages(ShownLanguages::Both); });
    connect(m_explainZh, &QAction::triggered, this, [this] { m_explanation->setLanguages(ShownLanguages::Chinese); });
    connect(m_explainEn, &QAction::triggered, this, [this] { m_explanation->setLanguages(ShownLanguages::English); });

    m_darkAction = new QAction(this);
    m_darkAction->setCheckable(true);
    connect(m_darkAction, &QAction::toggled, this, &MainWindow::setTheme);
    m_highContrastAction = new QAction(this);
    m_highContrastAction->setObjectName(QStringLiteral("HighContrastAction"));
    m_highContrastAction->setCheckable(true);
    connect(m_highContrastAction, &QAction::toggled, this, &MainWindow::setHighContrast);
    m_followAction = new QAction(this);
    m_followAction->setObjectName(QStringLiteral("FollowPlaybackAction"));
    m_followAction->setCheckable(true);
    m_followAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_zoomInAction = new QAction(this);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, m_ladder, &LadderView::zoomIn);
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_ladder, &LadderView::zoomOut);
    m_fitAction = new QAction(this);
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_fitAction, &QAction::triggered, m_ladder, &LadderView::fitToWindow);
    m_biggerFont = new QAction(this);
    m_biggerFont->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Plus));
    connect(m_biggerFont, &QAction::triggered, this, [this] { setFontScale(m_fontScale * 1.2); });
    m_smallerFont = new QAction(this);
    m_smallerFont->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Minus));
    connect(m_smallerFont, &QAction::triggered, this, [this] { setFontScale(m_fontScale / 1.2); });
    m_detailAction = new QAction(this);
    m_detailAction->setCheckable(true);
    connect(m_detailAction, &QAction::toggled, this, [this](bool on) {
        LadderLayoutOptions o = m_ladder->layoutOptions();
        o.labelMode = on ? LabelMode::Detailed : LabelMode::Short;
        m_ladder->setLayoutOptions(o);
    });
    m_notesAction = new QAction(this);
    m_notesAction->setCheckable(true);
    m_notesAction->setChecked(true);
    connect(m_notesAction, &QAction::toggled, this, [this](bool on) {
        LadderLayoutOptions o = m_ladder->layoutOptions();
        o.showAnnotations = on;
        m_ladder->setLayoutOptions(o);
    });

    m_playAction = new QAction(this);
    m_playAction->setShortcut(QKeySequence(Qt::Key_Space));
    connect(m_playAction, &QAction::triggered, m_playback, &PlaybackController::togglePlay);
    m_stepBackAction = new QAction(this);
    m_stepBackAction->setShortcut(QKeySequence(Qt::Key_Left));
    connect(m_stepBackAction, &QAction::triggered, m_playback, &PlaybackController::stepBack);
    m_stepForwardAction = new QAction(this);
    m_stepForwardAction->setShortcut(QKeySequence(Qt::Key_Right));
    connect(m_stepForwardAction, &QAction::triggered, m_playback, &PlaybackController::stepForward);
    m_restartAction = new QAction(this);
    m_restartAction->setShortcuts({QKeySequence(Qt::Key_Home), QKeySequence(Qt::CTRL | Qt::Key_Home)});
    connect(m_restartAction, &QAction::triggered, m_playback, &PlaybackController::restart);
    m_liveAction = new QAction(this);
    m_liveAction->setObjectName(QStringLiteral("LiveAction"));
    m_liveAction->setCheckable(true);
    m_liveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_liveAction, &QAction::toggled, this, &MainWindow::setLive);
    m_endAction = new QAction(this);
    m_endAction->setShortcuts({QKeySequence(Qt::Key_End), QKeySequence(Qt::CTRL | Qt::Key_End)});
    connect(m_endAction, &QAction::triggered, m_playback, &PlaybackController::toEnd);
    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("AboutAction"));
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About SIP Lab"),
                           tr("<h3>SIP Lab %1</h3><p>Build a call between a UAC, up to two proxies and a UAS, choose what "
                              "each node answers, and watch the ladder RFC 3261 says would follow, with every response "
                              "code explained in Chinese and English.</p>")
                                   .arg(QStringLiteral(SIPLAB_VERSION_STRING))
                               + tr("<p>Licence: see the repository (it contains no licence file yet).</p>")
                               + tr("<p>The Chinese texts of the response codes are the words of the Chinese article on "
                                    "SIP response codes dated 12 September 2016 (author not named; its figure was hosted "
                                    "on blog.csdn.net), kept verbatim in docs/source-article-sip-response-codes.md, with "
                                    "RFC notes where the article is loose.</p>"));
    });
    m_welcomeAction = new QAction(this);
    connect(m_welcomeAction, &QAction::triggered, this, &MainWindow::showWelcome);
    m_ladderGuideAction = new QAction(this);
    connect(m_ladderGuideAction, &QAction::triggered, this, &MainWindow::showLadderGuide);
    m_guideAction = new QAction(this);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, [this] {
        QMessageBox::information(this, tr("User guide"),
                                 tr("1. Pick the request and the number of proxies under Call.\n"
                                    "2. Click a node (UAC, P1, P2, UAS) and choose what it returns.\n"
                                    "3. The ladder re-runs at once and plays; Space plays or pauses, Left/Right step, "
                                    "Home restarts, End shows everything.\n"
                                    "4. Click an arrow to read why it was sent and what its code means; Ctrl+click a "
                                    "second arrow to compare the two.\n"
                                    "5. View > Code reference lists every code; \"Use this code\" applies it.\n"
                                    "6. File > Open also opens captures (pcap, pcapng): choose a call in the Capture "
                                    "panel; a badge marks each message with a finding.\n"
                                    "The full guide is docs/user-guide.md."));
    });

    m_playbackBar = addToolBar(QString());
    m_playbackBar->setObjectName(QStringLiteral("PlaybackToolBar"));
    m_playbackBar->addAction(m_restartAction);
    m_playbackBar->addAction(m_stepBackAction);
    m_playbackBar->addAction(m_playAction);
    m_playbackBar->addAction(m_stepForwardAction);
    m_playbackBar->addAction(m_endAction);
    m_speed = new QComboBox;
    for (double s : {0.25, 0.5, 1.0, 2.0, 4.0, 8.0})
        m_speed->addItem(QStringLiteral("%1×").arg(s), s);
    m_speed->setCurrentIndex(2);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this](int) { m_playback->setSpeed(m_speed->currentData().toDouble()); });
    m_playbackBar->addWidget(m_speed);
    m_scrubber = new QSlider(Qt::Horizontal);
    m_scrubber->setMinimumWidth(200);
    m_playbackBar->addWidget(m_scrubber);
    m_timeMode = new QComboBox;
    m_timeMode->addItems({QString(), QString()});
    connect(m_timeMode, &QComboBox::currentIndexChanged, this, [this](int i) {
        LadderLayoutOptions o = m_ladder->layoutOptions();
        o.timeMode = i == 0 ? TimeMode::Absolute : TimeMode::Delta;
        m_ladder->setLayoutOptions(o);
    });
    m_playbackBar->addWidget(m_timeMode);
    m_playbackBar->addSeparator();
    m_playbackBar->addAction(m_liveAction);
    m_playbackBar->addSeparator();
    m_playbackBar->addAction(m_undoAction);
    m_playbackBar->addAction(m_redoAction);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_copyImageAction);
    m_editMenu->addAction(m_copyTextAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->addAction(m_chineseAction);
    m_explainMenu = m_viewMenu->addMenu(QString());
    m_explainMenu->addAction(m_explainBoth);
    m_explainMenu->addAction(m_explainZh);
    m_explainMenu->addAction(m_explainEn);
    m_viewMenu->addAction(m_followAction);
    m_viewMenu->addAction(m_darkAction);
    m_viewMenu->addAction(m_highContrastAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_fitAction);
    m_viewMenu->addAction(m_biggerFont);
    m_viewMenu->addAction(m_smallerFont);
    m_viewMenu->addAction(m_detailAction);
    m_viewMenu->addAction(m_notesAction);
    m_lanesMenu = m_viewMenu->addMenu(QString());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_builderDock->toggleViewAction());
    m_viewMenu->addAction(m_explanationDock->toggleViewAction());
    m_viewMenu->addAction(m_codesDock->toggleViewAction());
    m_simulationMenu = menuBar()->addMenu(QString());
    m_simulationMenu->addAction(m_playAction);
    m_simulationMenu->addAction(m_stepBackAction);
    m_simulationMenu->addAction(m_stepForwardAction);
    m_simulationMenu->addAction(m_restartAction);
    m_simulationMenu->addAction(m_endAction);
    m_simulationMenu->addSeparator();
    m_simulationMenu->addAction(m_liveAction);
    m_simulationMenu->addAction(m_serverDock->toggleViewAction());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_welcomeAction);
    m_helpMenu->addAction(m_ladderGuideAction);
    m_helpMenu->addAction(m_guideAction);
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslateUi()
{
    m_capturesDock->setWindowTitle(tr("Capture"));
    if (m_captures)
        m_captures->setLanguage(m_uiLanguage);
    m_explanationDock->setWindowTitle(tr("Explanation"));
    m_codesDock->setWindowTitle(tr("Code reference"));
    m_serverDock->setWindowTitle(tr("Classroom server"));
    m_newAction->setText(tr("&New"));
    m_openAction->setText(tr("&Open…"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_exportAction->setText(tr("&Export ladder…"));
    m_copyImageAction->setText(tr("Copy ladder as &image"));
    m_copyTextAction->setText(tr("Copy ladder as &text"));
    m_quitAction->setText(tr("&Quit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_explainMenu->setTitle(tr("E&xplanations in"));
    m_lanesMenu->setTitle(tr("La&nes"));
    m_explainBoth->setText(tr("Chinese and English"));
    m_explainZh->setText(tr("Chinese only"));
    m_explainEn->setText(tr("English only"));
    m_darkAction->setText(tr("&Dark theme"));
    m_highContrastAction->setText(tr("&High contrast"));
    m_followAction->setText(tr("Follow &playback"));
    m_followAction->setToolTip(tr("The explanation follows the message being sent; a click on a message pins it"));
    m_welcomeAction->setText(tr("&Welcome…"));
    m_ladderGuideAction->setText(tr("How to &read a ladder"));
    m_zoomInAction->setText(tr("Zoom &in"));
    m_zoomOutAction->setText(tr("Zoom &out"));
    m_fitAction->setText(tr("&Fit to window"));
    m_biggerFont->setText(tr("Larger fonts (projector)"));
    m_smallerFont->setText(tr("Smaller fonts"));
    m_detailAction->setText(tr("Show CSeq and &branch"));
    m_notesAction->setText(tr("Show timers and &states"));
    m_simulationMenu->setTitle(tr("&Simulation"));
    m_stepBackAction->setText(tr("Step &back"));
    m_stepForwardAction->setText(tr("Step &forward"));
    m_restartAction->setText(tr("&Restart"));
    m_endAction->setText(tr("Show &all"));
    m_liveAction->setText(tr("&Live (real UDP)"));
    m_liveAction->setToolTip(tr("Run this call over real UDP sockets on the real clock (Wireshark sees it)"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User guide"));
    m_aboutAction->setText(tr("&About SIP Lab"));
    m_playbackBar->setWindowTitle(tr("Playback"));
    m_speed->setToolTip(tr("Playback speed"));
    m_scrubber->setToolTip(tr("Move through the ladder"));
    // Screen readers name the bar's fields as their tooltips say.
    m_speed->setAccessibleName(m_speed->toolTip());
    m_scrubber->setAccessibleName(m_scrubber->toolTip());
    m_timeMode->setAccessibleName(tr("Time column"));
    m_timeMode->setItemText(0, tr("Absolute time"));
    m_timeMode->setItemText(1, tr("Time since previous"));
    updateWidgets();
}

void MainWindow::updateWidgets()
{
    m_playAction->setText(m_playback->isPlaying() ? tr("&Pause") : tr("&Play"));
    const QString name = m_currentFile.isEmpty() ? tr("untitled") : QFileInfo(m_currentFile).fileName();
    if (m_captureShown)
        setWindowTitle(QStringLiteral("%1 — SIP Lab").arg(ladderTitle()));
    else
        setWindowTitle(QStringLiteral("%1[*] — %2 — SIP Lab").arg(name, m_scenario.title.isEmpty() ? m_scenario.method : m_scenario.title));
    setWindowModified(!m_captureShown && !m_undo->isClean());
    // A capture is not a scenario: nothing of it can be edited or saved as one.
    m_builderDock->setWindowTitle(m_captureShown ? tr("Call builder (read-only: a capture is shown)") : tr("Call builder"));
    m_builder->setEnabled(!m_captureShown);
    m_saveAction->setEnabled(!m_captureShown);
    m_saveAsAction->setEnabled(!m_captureShown);
    m_liveAction->setEnabled(!m_captureShown || m_live);
    m_scrubber->setRange(0, int(m_trace.messages.size()));
    m_englishAction->setChecked(m_uiLanguage == Language::English);
    m_chineseAction->setChecked(m_uiLanguage == Language::Chinese);
    QString outcome = m_trace.outcome.explanation(m_uiLanguage == Language::Chinese ? Language::Chinese : Language::English);
    m_status->setText(tr("%n message(s) on the wire", nullptr, int(m_trace.messages.size()))
                      + (outcome.isEmpty() ? QString() : QStringLiteral(" · ") + outcome)
                      + (m_trace.finalStatus ? tr(" · final response %1").arg(m_trace.finalStatus) : QString()));
    if (m_captureShown) {
        const int call = m_captures->currentCall();
        const int findings = call < 0 ? 0 : int(m_captures->calls().value(call).findings.size());
        m_status->setText(tr("Capture, call %1 of %2: %n message(s)", nullptr, int(m_trace.messages.size()))
                              .arg(call + 1)
                              .arg(m_captures->calls().size())
                          + tr(" · %n finding(s)", nullptr, findings));
    }
}

void MainWindow::editScenario(const Scenario &scenario, const QString &description)
{
    if (scenario == m_scenario)
        return;
    const QString problem = ScenarioFile::validate(scenario);
    if (!problem.isEmpty()) {
        showError(tr("This change would make an impossible call: %1").arg(problem));
        m_builder->setScenario(m_scenario);
        return;
    }
    m_undo->push(new ScenarioCommand(m_scenario, scenario, description, [this](const Scenario &s) { applyScenario(s); }));
}

void MainWindow::applyScenario(const Scenario &scenario)
{
    if (m_live && !(scenario == m_scenario))
        m_liveAction->setChecked(false); // an edited call ends the live run of the old one
    m_scenario = scenario;
    m_captureShown = false;
    m_builder->setScenario(scenario);
    showTrace(Engine::run(scenario), {});
}

void MainWindow::showTrace(const CallTrace &trace, const QList<MarkerSeverity> &markers)
{
    m_trace = trace;
    LadderLayoutOptions options = m_ladder->layoutOptions();
    if (options.markers != markers) {
        options.markers = markers;
        m_ladder->setLayoutOptions(options);
    }
    m_ladder->setTrace(m_trace);
    m_explanation->setTrace(m_trace);
    m_playback->setMessageCount(int(m_trace.messages.size()));
    m_ladder->setPlaybackCursor(-1);
    updateLanesMenu();
    updateWidgets();
    m_playback->play();
    Q_EMIT traceChanged();
}

bool MainWindow::openCapture(const QString &path)
{
    QString error;
    if (!captureCalls()->open(path, &error)) { // what is shown stays as it was
        showError(tr("Cannot open the capture %1:\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    addRecentFile(path);
    if (!m_captures->warnings().isEmpty())
        statusBar()->showMessage(m_captures->warnings().join(QLatin1Char(' ')), 15000);
    return true;
}

void MainWindow::showCapturedCall(const CapturedCall &call)
{
    if (m_live)
        m_liveAction->setChecked(false);
    m_captureShown = true;
    if (m_capturesDock->isHidden()) {
        m_capturesDock->show();
        resizeDocks({m_capturesDock}, {500}, Qt::Horizontal); // room for the call list's columns
    }
    m_capturesDock->raise();
    QTimer::singleShot(0, m_capturesDock, &QDockWidget::raise); // once the window is shown too
    LadderLayoutOptions options = m_ladder->layoutOptions();
    options.hiddenNodes.clear(); // another call, other lanes
    m_ladder->setLayoutOptions(options);
    showTrace(call.trace, CaptureCallsPanel::markers(call));
}

void MainWindow::showScenario()
{
    if (m_captureShown)
        applyScenario(m_scenario);
}

QString MainWindow::ladderTitle() const
{
    if (!m_captureShown || !m_captures || m_captures->currentCall() < 0)
        return m_scenario.title;
    const int call = m_captures->currentCall();
    return QStringLiteral("%1 — %2").arg(QFileInfo(m_captures->path()).fileName(), m_captures->calls().value(call).callId);
}

void MainWindow::showError(const QString &message)
{
    m_lastError = message;
    Q_EMIT errorOccurred(message);
    statusBar()->showMessage(message, 10000);
    if (m_interactive)
        QMessageBox::warning(this, tr("SIP Lab"), message);
}

bool MainWindow::maybeSave()
{
    if (m_undo->isClean() || !m_interactive)
        return true;
    const auto answer = QMessageBox::warning(this, tr("SIP Lab"), tr("The scenario has been modified.\nSave your changes?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newFile()
{
    if (!maybeSave())
        return;
    applyScenario(Scenario::defaultScenario());
    m_undo->clear();
    setCurrentFile(QString());
}

void MainWindow::open()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a scenario or a capture"), QString(),
        tr("Scenarios and captures (*.json *.pcap *.pcapng *.cap);;SIP Lab scenarios (*.json);;Captures (*.pcap *.pcapng *.cap);;All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::openPath(const QString &path)
{
    // Opening a capture keeps the scenario, so there is nothing to save first.
    if (CaptureCallsPanel::isCaptureFile(path))
        openCapture(path);
    else if (maybeSave())
        openFile(path);
}

void MainWindow::openCapture()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a capture or a scenario"), QString(),
                                                      tr("Scenarios and captures (*.json *.pcap *.pcapng);;"
                                                         "SIP Lab scenarios (*.json);;Captures (*.pcap *.pcapng)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showWelcome()
{
    QSettings settings;
    WelcomeDialog::markShown(settings);
    WelcomeDialog dialog(m_uiLanguage, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    switch (dialog.choice()) {
    case WelcomeDialog::Choice::None:
        break;
    case WelcomeDialog::Choice::DefaultCall:
        newFile();
        break;
    case WelcomeDialog::Choice::Lesson:
        m_classroom->loadLesson(dialog.lessonId());
        break;
    case WelcomeDialog::Choice::Capture:
        openCapture();
        break;
    case WelcomeDialog::Choice::LadderGuide:
        showLadderGuide();
        break;
    }
    m_ladder->setFocus();
}

void MainWindow::showLadderGuide()
{
    LadderGuideDialog dialog(this);
    dialog.exec();
}

bool MainWindow::openFile(const QString &path)
{
    if (CaptureCallsPanel::isCaptureFile(path))
        return openCapture(path);
    const ScenarioLoadResult loaded = ScenarioFile::load(path);
    if (!loaded.isValid()) {
        // The open scenario stays as it was.
        showError(tr("Cannot open the scenario:\n%1").arg(loaded.error));
        return false;
    }
    applyScenario(*loaded.scenario);
    m_undo->clear();
    setCurrentFile(path);
    return true;
}

bool MainWindow::save()
{
    if (m_currentFile.isEmpty())
        return saveAs();
    return saveFile(m_currentFile);
}

bool MainWindow::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save scenario"), QStringLiteral("scenario.json"),
                                                      tr("SIP Lab scenarios (*.json)"));
    return !path.isEmpty() && saveFile(path);
}

bool MainWindow::saveFile(const QString &path)
{
    QString error;
    if (!ScenarioFile::save(m_scenario, path, &error)) {
        showError(error);
        return false;
    }
    m_undo->setClean();
    setCurrentFile(path);
    return true;
}

void MainWindow::exportLadder()
{
    ExportDialog dialog(m_trace, m_ladder->layoutOptions(), ladderTitle(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported the ladder"), 5000);
}

void MainWindow::copyLadderAsImage()
{
    LadderImageOptions options;
    options.layout = m_ladder->layoutOptions();
    options.hiddenNodes = options.layout.hiddenNodes;
    options.showTimes = options.layout.showTimeColumn;
    QString error;
    const QImage image = LadderImageExporter::png(m_trace, options, &error);
    if (image.isNull()) {
        showError(error);
        return;
    }
    QGuiApplication::clipboard()->setImage(image);
    statusBar()->showMessage(tr("Copied the ladder as an image"), 5000);
}

void MainWindow::copyLadderAsText()
{
    LadderExportOptions options;
    options.hiddenNodes = m_ladder->layoutOptions().hiddenNodes;
    options.showTimes = false;
    QGuiApplication::clipboard()->setText(TextLadderExporter::list(m_trace, options));
    statusBar()->showMessage(tr("Copied the ladder as text"), 5000);
}

void MainWindow::setCurrentFile(const QString &path)
{
    m_currentFile = path;
    addRecentFile(path);
    updateWidgets();
}

void MainWindow::addRecentFile(const QString &path)
{
    if (!path.isEmpty()) {
        QSettings settings;
        QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
        recent.removeAll(path);
        recent.prepend(path);
        settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, 8));
    }
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openPath(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateLanesMenu()
{
    // One checkable entry per node; a hidden lane hides the messages to and from it.
    m_lanesMenu->clear();
    LadderLayoutOptions options = m_ladder->layoutOptions();
    QSet<int> hidden;
    for (int node : options.hiddenNodes) {
        if (node < m_trace.nodes.size())
            hidden.insert(node);
    }
    if (hidden != options.hiddenNodes) {
        options.hiddenNodes = hidden;
        m_ladder->setLayoutOptions(options);
    }
    for (int i = 0; i < m_trace.nodes.size(); ++i) {
        QAction *a = m_lanesMenu->addAction(m_trace.nodes[i].name());
        a->setCheckable(true);
        a->setChecked(!hidden.contains(i));
        connect(a, &QAction::toggled, this, [this, i](bool shown) {
            LadderLayoutOptions o = m_ladder->layoutOptions();
            if (shown)
                o.hiddenNodes.remove(i);
            else if (o.hiddenNodes.size() + 2 <= m_trace.nodes.size())
                o.hiddenNodes.insert(i); // keep at least two lanes
            m_ladder->setLayoutOptions(o);
            updateLanesMenu();
        });
    }
}

void MainWindow::setTheme(bool dark)
{
    m_dark = dark;
    applyTheme();
}

void MainWindow::setHighContrast(bool on)
{
    m_highContrast = on;
    applyTheme();
}

ThemeKind MainWindow::themeKind() const
{
    if (m_highContrast)
        return ThemeKind::HighContrast;
    return m_dark ? ThemeKind::Dark : ThemeKind::Light;
}

void MainWindow::applyTheme()
{
    // Palette, ladder and explanation colours all come from UiTheme.
    const UiTheme theme = UiTheme::make(themeKind());
    LadderTheme ladder = theme.ladder;
    for (QFont *f : {&ladder.font, &ladder.headerFont, &ladder.smallFont})
        f->setPointSizeF(f->pointSizeF() * m_fontScale * systemFontScale());
    m_ladder->setTheme(ladder);
    m_explanation->setTheme(theme);
    QApplication::setPalette(theme.palette);
    if (qApp->styleSheet() != theme.styleSheet)
        qApp->setStyleSheet(theme.styleSheet);
    const QSignalBlocker darkBlocker(m_darkAction);
    m_darkAction->setChecked(m_dark);
    const QSignalBlocker contrastBlocker(m_highContrastAction);
    m_highContrastAction->setChecked(m_highContrast);
}

double MainWindow::systemFontScale()
{
    // The desktop's text size: the application font against the 10 pt the ladder is drawn for.
    return qMax(1.0, QApplication::font().pointSizeF() / 10.0);
}

double MainWindow::systemGeometryScale() const
{
    // Fonts are in points, the ladder's geometry in pixels: a larger font DPI (text scaling)
    // makes the text wider and taller, so lanes and rows grow with it.
    return systemFontScale() * qMax(1.0, logicalDpiY() / 96.0);
}

void MainWindow::setFontScale(double scale)
{
    m_fontScale = qBound(0.6, scale, 3.0);
    const double g = qMax(1.0, m_fontScale) * systemGeometryScale();
    LadderLayoutOptions o = m_ladder->layoutOptions();
    o.laneWidth = 200 * g;
    o.rowHeight = 36 * g;
    o.headerHeight = 64 * g;
    o.annotationHeight = 18 * g;
    o.timeColumnWidth = 72 * g;
    m_ladder->setLayoutOptions(o);
    applyTheme();
    QFont f = QApplication::font();
    f.setPointSizeF(qMax(10.0, f.pointSizeF()) * m_fontScale);
    m_explanation->setFont(f);
}

void MainWindow::setUiLanguage(Language language)
{
    // Installing or removing the translator sends QEvent::LanguageChange to every widget,
    // which retranslates itself.
    m_uiLanguage = language;
    QTranslator *chinese = LanguagePack::chineseTranslator();
    QCoreApplication::removeTranslator(chinese);
    if (language == Language::Chinese)
        QCoreApplication::installTranslator(chinese);
    // The LanguageChange events are posted; the window itself retranslates at once.
    retranslateUi();
    QSettings().setValue(QStringLiteral("language"), language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en"));
}

void MainWindow::holdPlaybackUntilExposed()
{
    m_holdUntilExposed = true;
    m_playback->setClockHeld(true);
    // Whatever the window system does (an unmapped or covered window), the call plays in 1 s.
    QTimer::singleShot(1000, this, &MainWindow::releaseFirstFrameHold);
}

void MainWindow::releaseFirstFrameHold()
{
    if (!m_holdUntilExposed)
        return;
    m_holdUntilExposed = false;
    m_playback->setClockHeld(false);
    Q_EMIT firstFrameShown();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_holdUntilExposed && windowHandle())
        windowHandle()->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The Expose is painted and flushed when the window handles it; the clock starts after that.
    if (watched == windowHandle() && event->type() == QEvent::Expose && windowHandle()->isExposed()) {
        windowHandle()->removeEventFilter(this);
        QTimer::singleShot(0, this, &MainWindow::releaseFirstFrameHold);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave()) {
        writeSettings();
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    openPath(event->mimeData()->urls().first().toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    m_fontScale = settings.value(QStringLiteral("fontScale"), 1.0).toDouble();
    m_dark = settings.value(QStringLiteral("darkTheme"), false).toBool();
    m_highContrast = settings.value(QStringLiteral("highContrast"), false).toBool();
    setFontScale(m_fontScale);
    updateRecentMenu();
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
    settings.setValue(QStringLiteral("fontScale"), m_fontScale);
    settings.setValue(QStringLiteral("darkTheme"), m_dark);
    settings.setValue(QStringLiteral("highContrast"), m_highContrast);
}

void MainWindow::setLive(bool on)
{
    if (!on) {
        if (m_live) {
            m_live->stop();
            m_live->deleteLater();
            m_live = nullptr;
            m_status->setText(tr("Live mode stopped."));
            applyScenario(m_scenario); // back to the simulated ladder
        }
        return;
    }
    LiveDialog dialog(m_scenario, this);
    if (m_interactive && dialog.exec() != QDialog::Accepted) {
        const QSignalBlocker blocker(m_liveAction);
        m_liveAction->setChecked(false);
        return;
    }
    m_live = new LiveController(this);
    connect(m_live, &LiveController::traceChanged, this, &MainWindow::showLiveTrace);
    connect(m_live, &LiveController::transportError, this, &MainWindow::showError);
    connect(m_live, &LiveController::finished, this, [this](int status) {
        m_status->setText(tr("Live call finished: %1. Uncheck Live to go back to the simulation.").arg(status));
    });
    QString error;
    if (!m_live->start(m_scenario, dialog.bindAddress(), dialog.externalNodes(), &error)) {
        showError(tr("Cannot start live mode: %1").arg(error));
        m_live->deleteLater();
        m_live = nullptr;
        const QSignalBlocker blocker(m_liveAction);
        m_liveAction->setChecked(false);
        return;
    }
    m_status->setText(tr("Live: the nodes listen on %1; messages appear as they arrive.").arg(dialog.bindAddress().toString()));
}

void MainWindow::showLiveTrace(const CallTrace &trace)
{
    m_trace = trace;
    m_ladder->setTrace(m_trace);
    m_explanation->setTrace(m_trace);
    const int count = int(m_trace.messages.size());
    m_playback->setMessageCount(count);
    m_scrubber->setRange(0, count);
    // Follow the end: everything before the newest message is shown, the newest one travels.
    m_playback->seek(count - 2);
    m_playback->play();
}

} // namespace SipLab
