// siplab: the GUI. Only main(): options, translations, the main window; what the window shows
// at start (classroom mode, --screenshot) is ScreenshotScript's.
#include "classroomserverpanel.h"
#include "capturecallspanel.h"
#include "classroomtools.h"
#include "mainwindow.h"
#include "screenshotscript.h"
#include "startupwarmup.h"
#include "welcomedialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QHostAddress>
#include <QIcon>
#include <QScopeGuard>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    // --help and --version print and quit: they need no display (help2man runs them at build time).
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if ((a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Fills fontconfig's and Qt's process-wide caches on the second core while the window is
    // built (before the QApplication, so fontconfig starts while Qt connects to the display).
    SipLab::StartupWarmup warmup;
    QApplication app(argc, argv);
    warmup.applicationReady();
    const auto warmupDone = qScopeGuard([&warmup] { warmup.finish(); }); // before `app` goes
    QApplication::setApplicationName(QStringLiteral("SIP Lab"));
    QApplication::setOrganizationName(QStringLiteral("SIP Lab"));
    QApplication::setApplicationVersion(QStringLiteral(SIPLAB_VERSION_STRING));
    QGuiApplication::setDesktopFileName(QStringLiteral(SIPLAB_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Learn SIP: build a call, choose each node's response, watch the RFC 3261 ladder."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language: en or zh."), QStringLiteral("lang"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Show everything, save the window to FILE (PNG) and quit."), QStringLiteral("file"));
    QCommandLineOption select(QStringLiteral("select"), QStringLiteral("Select message F<N> (with --screenshot)."), QStringLiteral("n"));
    parser.addOption(lang);
    parser.addOption(screenshot);
    parser.addOption(select);
    QCommandLineOption lesson(QStringLiteral("lesson"), QStringLiteral("Open a built-in lesson (see siplab-cli lesson --list)."),
                              QStringLiteral("name"));
    parser.addOption(lesson);
    QCommandLineOption classroom(QStringLiteral("classroom"),
                                 QStringLiteral("Start in guided, quiz or presenter mode (docs/lessons.md); with --select F<N>, "
                                                "guided shows message N and quiz asks question N."),
                                 QStringLiteral("mode"));
    parser.addOption(classroom);
    QCommandLineOption server(QStringLiteral("server"),
                              QStringLiteral("Open Simulation > Classroom server and start it on HOST:PORT (e.g. 127.0.0.1:5060)."),
                              QStringLiteral("host:port"));
    parser.addOption(server);
    QCommandLineOption call(QStringLiteral("call"), QStringLiteral("Show call N of the capture opened (the numbers of its call list)."),
                            QStringLiteral("n"));
    parser.addOption(call);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A scenario file (.json) or a capture (.pcap, .pcapng) to open."));
    QCommandLineOption noWelcome(QStringLiteral("no-welcome"),
                                 QStringLiteral("Do not show the first-run welcome (nor does SIPLAB_NO_WELCOME=1, a file, "
                                                "--lesson, --classroom or --screenshot)."));
    parser.addOption(noWelcome);
    // process() prints and calls exit() for --help, --version and a bad option: the helper must
    // not be running while exit() destroys Qt's statics.
    if (!parser.parse(QCoreApplication::arguments()) || parser.isSet(help) || parser.isSet(version)
        || parser.isSet(QStringLiteral("help-all")))
        warmup.finish();
    parser.process(app);

    QString language = parser.value(lang);
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("language"), QStringLiteral("en")).toString();
    if (language != QLatin1String("en") && language != QLatin1String("zh")) {
        std::fprintf(stderr, "siplab: --lang must be en or zh, not '%s'\n", qPrintable(language));
        return 2;
    }

    SipLab::MainWindow window;
    if (language == QLatin1String("zh"))
        window.setUiLanguage(SipLab::Language::Chinese);
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && !window.openFile(files.first()) && parser.isSet(screenshot)) {
        std::fprintf(stderr, "siplab: %s\n", qPrintable(window.lastError()));
        return 1;
    }
    if (parser.isSet(call) && window.isShowingCapture())
        window.captureCalls()->selectCall(parser.value(call).toInt() - 1);
    if (parser.isSet(lesson) && !window.classroom()->loadLesson(parser.value(lesson))) {
        std::fprintf(stderr, "siplab: no lesson named '%s'; siplab-cli lesson --list lists them\n",
                     qPrintable(parser.value(lesson)));
        return 2;
    }
    const std::optional<SipLab::ScreenshotScript::Classroom> mode =
        SipLab::ScreenshotScript::classroomFromName(parser.value(classroom));
    if (!mode) {
        std::fprintf(stderr, "siplab: --classroom must be guided, quiz or presenter, not '%s'\n",
                     qPrintable(parser.value(classroom)));
        return 2;
    }
    if (parser.isSet(server)) {
        const QString value = parser.value(server);
        const int colon = value.lastIndexOf(QLatin1Char(':'));
        const QHostAddress address(value.left(colon));
        bool ok = false;
        const int port = value.mid(colon + 1).toInt(&ok);
        if (colon < 0 || address.isNull() || !ok || port < 1 || port > 65535) {
            std::fprintf(stderr, "siplab: --server needs HOST:PORT, e.g. 127.0.0.1:5060, not '%s'\n", qPrintable(value));
            return 2;
        }
        window.serverDock()->show();
        // Raised once the window is shown: the dock shares its tab with the call builder.
        QTimer::singleShot(0, &window, [&window] {
            window.serverDock()->raise();
            window.resizeDocks({window.serverDock()}, {580}, Qt::Horizontal); // room for its tables
        });
        window.serverPanel()->setAddress(address);
        window.serverPanel()->setPort(quint16(port));
        if (!window.serverPanel()->start())
            std::fprintf(stderr, "siplab: %s\n", qPrintable(window.serverPanel()->lastError()));
    }
    // The window icon is an SVG (Qt's SVG library and icon plugin): set once the first frame is
    // on screen, which it does not delay then.
    const auto setIcon = [] { QApplication::setWindowIcon(QIcon(QStringLiteral(":/resources/icons/siplab.svg"))); };
    SipLab::ScreenshotScript script(&window, *mode, parser.value(select).toInt());
    if (parser.isSet(screenshot)) {
        setIcon();
        script.saveScreenshot(parser.value(screenshot));
    } else {
        QObject::connect(&window, &SipLab::MainWindow::firstFrameShown, &app, setIcon);
        script.show();
    }
    // The welcome once per user, unless the command line already says what to show.
    const bool suppressed = parser.isSet(noWelcome) || parser.isSet(screenshot) || parser.isSet(lesson)
        || parser.isSet(classroom) || !files.isEmpty();
    if (SipLab::WelcomeDialog::showAtStart(QSettings(), suppressed))
        QTimer::singleShot(0, &window, &SipLab::MainWindow::showWelcome);
    return app.exec();
}
