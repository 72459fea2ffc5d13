// The baseline of bench_startup: a bare Qt Widgets main window as big as SIP Lab's (1500x920),
// with what every main window has and nothing of SIP Lab: a menu bar, one dock, a status bar.
// Built only for the benchmark.
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bare window"));
    QMainWindow window;
    for (const char *title : {"&File", "&Edit", "&View", "&Simulation", "&Help"})
        window.menuBar()->addMenu(QString::fromLatin1(title))->addAction(QStringLiteral("&Quit"), &window, &QWidget::close);
    window.setCentralWidget(new QLabel(QStringLiteral("Central widget")));
    auto *dock = new QDockWidget(QStringLiteral("Dock"), &window);
    dock->setWidget(new QLabel(QStringLiteral("Dock contents")));
    window.addDockWidget(Qt::LeftDockWidgetArea, dock);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1500, 920);
    window.show();
    return app.exec();
}
