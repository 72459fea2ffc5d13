#pragma once

#include "calltrace.h"
#include "explanationpanel.h"
#include "ladderlayout.h"
#include "scenario.h"
#include "uitheme.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSlider;
class QTableView;
class QToolBar;
class QUndoStack;

namespace SipLab {

class CallBuilderPanel;
class ClassroomServerPanel;
class CaptureCallsPanel;
struct CapturedCall;
class ClassroomTools;
class LadderView;
class PlaybackController;
class PlaybackFollower;
class ResponseCodePanel;

/// The SIP Lab window: the call builder (left), the animated ladder (centre), the explanation
/// of the selected message (right) and the code reference (bottom). Every edit is an undoable
/// command that re-runs the engine at once.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    const Scenario &scenario() const { return m_scenario; }
    const CallTrace &trace() const { return m_trace; }
    /// Replaces the scenario as one undoable edit.
    void editScenario(const Scenario &scenario, const QString &description);
    /// Opens a scenario, or a capture (CaptureCallsPanel::isCaptureFile(): by its first bytes).
    bool openFile(const QString &path);
    /// Shows the calls of a capture (pcap, pcapng) and the first one; the scenario is kept and
    /// comes back with showScenario() or any edit. False (message box) when it cannot be read.
    bool openCapture(const QString &path);
    void showScenario();
    bool isShowingCapture() const { return m_captureShown; }
    /// The calls and findings of an opened capture (made when first asked for).
    CaptureCallsPanel *captureCalls();
    bool saveFile(const QString &path);
    QString lastError() const { return m_lastError; }
    /// Tests and --screenshot turn off modal dialogs (errors then only go to lastError()).
    void setInteractive(bool interactive) { m_interactive = interactive; }
    void setUiLanguage(Language language);
    Language uiLanguage() const { return m_uiLanguage; }

    LadderView *ladderView() const { return m_ladder; }
    CallBuilderPanel *callBuilder() const { return m_builder; }
    ExplanationPanel *explanationPanel() const { return m_explanation; }
    PlaybackController *playback() const { return m_playback; }
    QUndoStack *undoStack() const { return m_undo; }
    ClassroomTools *classroom() const { return m_classroom; }
    QMenu *viewMenu() const { return m_viewMenu; }
    /// Simulation > Classroom server: the dock with the live classroom SIP server (its panel is
    /// made on the first call or when the dock is first shown).
    ClassroomServerPanel *serverPanel();
    QDockWidget *serverDock() const { return m_serverDock; }
    QMenu *helpMenu() const { return m_helpMenu; }
    PlaybackFollower *follower() const { return m_follower; }
    QAction *followAction() const { return m_followAction; }
    QAction *highContrastAction() const { return m_highContrastAction; }
    ThemeKind themeKind() const;
    /// View > High contrast: palette, ladder and explanation colours (saved in QSettings).
    void setHighContrast(bool on);
    /// Help > Welcome (and main() on the first run): does what the user chooses there.
    void showWelcome();
    void showLadderGuide();
    /// Holds the playback clock until the window's first frame is on screen (main() at start):
    /// the call then plays from its first message where the user sees it, and the first frame
    /// is not delayed by explaining a message that nobody has seen yet.
    /// Emits firstFrameShown() then (or after 1 s, whatever the window system does).
    void holdPlaybackUntilExposed();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void traceChanged(); // a new scenario was applied and run
    void firstFrameShown(); // see holdPlaybackUntilExposed()

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void releaseFirstFrameHold();
    void createActions();
    void createMenus();
    void createDocks();
    /// What the call builder's dock needs for its fields, at most 40 % of the window's width.
    int builderWidth(int windowWidth) const;
    void createClassroomTools();
    void retranslateUi();
    void updateWidgets();
    void applyScenario(const Scenario &scenario);
    void showTrace(const CallTrace &trace, const QList<MarkerSeverity> &markers); // on the ladder, playing
    void showCapturedCall(const CapturedCall &call);
    void openPath(const QString &path); // File > Open, recent files, a dropped file
    void addRecentFile(const QString &path);
    QString ladderTitle() const;
    void showError(const QString &message);
    bool maybeSave();
    void newFile();
    void open();
    bool save();
    bool saveAs();
    void exportLadder();
    void copyLadderAsImage();
    void copyLadderAsText();
    void setCurrentFile(const QString &path);
    void updateRecentMenu();
    void updateLanesMenu();
    void setTheme(bool dark);
    void applyTheme();
    void openCapture(); // the welcome's third choice: File > Open with captures in the filter
    void setFontScale(double scale);
    static double systemFontScale();   // >= 1: the desktop's text size against 10 pt
    double systemGeometryScale() const; // >= 1: the same in pixels (font size and DPI)
    void readSettings();
    void setLive(bool on);                      // Simulation > Live: run the scenario over real UDP
    void showLiveTrace(const CallTrace &trace); // the live trace so far, newest message animated
    void writeSettings();

    Scenario m_scenario;
    CallTrace m_trace;
    QString m_currentFile;
    QString m_lastError;
    bool m_interactive = true;
    bool m_holdUntilExposed = false; // holdPlaybackUntilExposed(): waiting for the first Expose
    bool m_dark = false;
    bool m_highContrast = false;
    double m_fontScale = 1.0;
    Language m_uiLanguage = Language::English;

    QUndoStack *m_undo = nullptr;
    LadderView *m_ladder = nullptr;
    CallBuilderPanel *m_builder = nullptr;
    ExplanationPanel *m_explanation = nullptr;
    PlaybackController *m_playback = nullptr;
    PlaybackFollower *m_follower = nullptr;
    ClassroomTools *m_classroom = nullptr; // Lessons menu, guided playback, quiz, presenter mode
    CaptureCallsPanel *m_captures = nullptr; // the calls and findings of an opened capture
    QDockWidget *m_capturesDock = nullptr;
    bool m_captureShown = false; // the ladder shows a captured call, not m_scenario

    QDockWidget *m_builderDock = nullptr;
    QDockWidget *m_explanationDock = nullptr;
    QDockWidget *m_codesDock = nullptr;
    ResponseCodePanel *m_codes = nullptr;
    QDockWidget *m_serverDock = nullptr;
    ClassroomServerPanel *m_serverPanel = nullptr;

    QToolBar *m_playbackBar = nullptr;
    QSlider *m_scrubber = nullptr;
    QComboBox *m_speed = nullptr;
    QComboBox *m_timeMode = nullptr;
    QLabel *m_status = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_lanesMenu = nullptr;
    QMenu *m_explainMenu = nullptr;
    QMenu *m_simulationMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_liveAction = nullptr;
    class LiveController *m_live = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_copyImageAction = nullptr;
    QAction *m_copyTextAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_explainBoth = nullptr;
    QAction *m_explainZh = nullptr;
    QAction *m_explainEn = nullptr;
    QAction *m_darkAction = nullptr;
    QAction *m_highContrastAction = nullptr;
    QAction *m_followAction = nullptr;
    QAction *m_welcomeAction = nullptr;
    QAction *m_ladderGuideAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_biggerFont = nullptr;
    QAction *m_smallerFont = nullptr;
    QAction *m_detailAction = nullptr;
    QAction *m_notesAction = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_stepBackAction = nullptr;
    QAction *m_stepForwardAction = nullptr;
    QAction *m_restartAction = nullptr;
    QAction *m_endAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_guideAction = nullptr;
};

} // namespace SipLab
