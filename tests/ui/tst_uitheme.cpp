// UiTheme: the high-contrast theme's palette, ladder and explanation colours all reach WCAG
// contrast (7:1 for text on its background, 4.5:1 for a label on the selection); the light
// theme leaves the desktop's palette alone; View > High contrast applies the palette to the
// application and the colours to the ladder, and is remembered.
#include "explanationpanel.h"
#include "ladderview.h"
#include "mainwindow.h"
#include "uitheme.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace SipLab;

namespace {
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}
} // namespace

class TestUiTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void highContrastPairs_data();
    void highContrastPairs();
    void lightKeepsTheDesktopPalette();
    void viewMenuAppliesAndRemembers();
};

void TestUiTheme::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SIP Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_uitheme"));
    QSettings().clear();
}

void TestUiTheme::highContrastPairs_data()
{
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<double>("minimum");
    const UiTheme t = UiTheme::make(ThemeKind::HighContrast);
    const QPalette &p = t.palette;
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive}) {
        const char *group = g == QPalette::Active ? "active" : "inactive";
        QTest::addRow("%s text on base", group) << p.color(g, QPalette::Text) << p.color(g, QPalette::Base) << 7.0;
        QTest::addRow("%s window text", group) << p.color(g, QPalette::WindowText) << p.color(g, QPalette::Window) << 7.0;
        QTest::addRow("%s button text", group) << p.color(g, QPalette::ButtonText) << p.color(g, QPalette::Button) << 7.0;
        QTest::addRow("%s highlighted text", group) << p.color(g, QPalette::HighlightedText) << p.color(g, QPalette::Highlight) << 7.0;
        QTest::addRow("%s tooltip", group) << p.color(g, QPalette::ToolTipText) << p.color(g, QPalette::ToolTipBase) << 7.0;
        QTest::addRow("%s link", group) << p.color(g, QPalette::Link) << p.color(g, QPalette::Base) << 7.0;
    }
    QTest::newRow("disabled text") << p.color(QPalette::Disabled, QPalette::Text) << p.color(QPalette::Disabled, QPalette::Base) << 4.5;
    const LadderTheme &l = t.ladder;
    QTest::newRow("ladder text") << l.text << l.background << 7.0;
    QTest::newRow("ladder header") << l.headerText << l.headerBackground << 7.0;
    QTest::newRow("ladder notes") << l.note << l.background << 7.0;
    QTest::newRow("ladder muted text") << l.mutedText << l.background << 7.0;
    QTest::newRow("lane lines") << l.laneLine << l.background << 7.0;
    const QList<QPair<const char *, ArrowKind>> kinds = {
        {"request", ArrowKind::Request},          {"1xx", ArrowKind::Provisional}, {"2xx", ArrowKind::Success},
        {"3xx", ArrowKind::Redirection},          {"4xx", ArrowKind::ClientError}, {"5xx", ArrowKind::ServerError},
        {"6xx", ArrowKind::GlobalFailure}};
    for (const auto &[name, kind] : kinds) {
        QTest::addRow("%s arrow on the ladder", name) << l.colorFor(kind) << l.background << 7.0;
        QTest::addRow("%s label on the selection", name) << l.colorFor(kind) << l.selection << 4.5;
        QTest::addRow("%s heading in the explanation", name) << t.classColor(int(kind) * 100) << p.color(QPalette::Base) << 7.0;
    }
    QTest::newRow("explanation muted") << t.muted << p.color(QPalette::Base) << 7.0;
    QTest::newRow("explanation code") << t.text << t.codeBackground << 7.0;
    QTest::newRow("explanation header names") << t.link << t.codeBackground << 7.0;
    QTest::newRow("explanation RFC note") << t.noteText << t.noteBackground << 7.0;
    QTest::newRow("compare: added") << t.text << t.added << 7.0;
    QTest::newRow("compare: removed") << t.text << t.removed << 7.0;
    QTest::newRow("compare: changed") << t.text << t.changed << 7.0;
}

void TestUiTheme::highContrastPairs()
{
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    QFETCH(double, minimum);
    const double ratio = contrast(foreground, background);
    QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1 on %2: %3:1")
                                              .arg(foreground.name(), background.name())
                                              .arg(ratio, 0, 'f', 2)));
}

void TestUiTheme::lightKeepsTheDesktopPalette()
{
    for (ThemeKind kind : {ThemeKind::Light, ThemeKind::Dark}) {
        const UiTheme t = UiTheme::make(kind);
        QCOMPARE(t.palette.resolveMask(), QPalette::ResolveMask(0)); // nothing of ours: the desktop's
        QCOMPARE(t.ladder.background, kind == ThemeKind::Dark ? LadderTheme::dark().background : LadderTheme::light().background);
    }
}

void TestUiTheme::viewMenuAppliesAndRemembers()
{
    const QColor desktopBase = QApplication::palette().color(QPalette::Base);
    {
        MainWindow w;
        w.setInteractive(false);
        QCOMPARE(w.themeKind(), ThemeKind::Light);
        w.highContrastAction()->trigger();
        QCOMPARE(w.themeKind(), ThemeKind::HighContrast);
        QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::black));
        QCOMPARE(QApplication::palette().color(QPalette::Text), QColor(Qt::white));
        QCOMPARE(w.ladderView()->theme().background, LadderTheme::highContrast().background);
        QCOMPARE(w.ladderView()->theme().colorFor(ArrowKind::Provisional), LadderTheme::highContrast().provisional);
        QVERIFY(w.close());
    }
    QVERIFY(QSettings().value(QStringLiteral("highContrast")).toBool());
    MainWindow again;
    again.setInteractive(false);
    QVERIFY(again.highContrastAction()->isChecked());
    QCOMPARE(again.ladderView()->theme().background, LadderTheme::highContrast().background);
    again.highContrastAction()->trigger();
    QCOMPARE(again.themeKind(), ThemeKind::Light);
    QCOMPARE(QApplication::palette().color(QPalette::Base), desktopBase);
    QCOMPARE(again.ladderView()->theme().background, LadderTheme::light().background);
}

QTEST_MAIN(TestUiTheme)
#include "tst_uitheme.moc"
