// PlantUmlExporter: the text of several calls (with notes in English and Chinese, lost and
// retransmitted messages, a title with characters PlantUML treats specially) is rendered by
// the real plantuml in one run; every file must give an SVG showing every message.
#include "exportscenarios.h"
#include "plantumlexporter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace SipLab;

class TestPlantUmlExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void structure();
    void plantumlRendersEveryCall();
    void escape_data();
    void escape();
};

void TestPlantUmlExporter::structure()
{
    Scenario s = Scenario::defaultScenario();
    s.network.drop = {1};
    const CallTrace trace = Engine::run(s);
    LadderExportOptions o;
    o.notes = ShownLanguages::Chinese;
    const QString text = PlantUmlExporter::toPlantUml(trace, o);
    QVERIFY(text.startsWith(QLatin1String("@startuml\n")));
    QVERIFY(text.endsWith(QLatin1String("@enduml\n")));
    QVERIFY(text.contains(QLatin1String("participant \"UAC\\n192.0.2.10:5070\" as UAC\n")));
    QVERIFY(text.contains(QLatin1String("UAC ->x P1 : F1 INVITE (lost) [1]\n")));
    QVERIFY(text.contains(QLatin1String("UAC --> P1 : F2 INVITE (retransmission) [2]\n")));
    QVERIFY(text.contains(QLatin1String("note over UAC, P1 : [1] ")));
    QVERIFY(text.contains(QLatin1String("skinparam defaultFontName \"Noto Sans CJK SC\"")));
    int arrows = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        arrows += QRegularExpression(QStringLiteral("^\\w+ --?>x? \\w+ : F\\d+ ")).match(line).hasMatch();
    QCOMPARE(arrows, trace.messages.size());
}

void TestPlantUmlExporter::plantumlRendersEveryCall()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<QPair<QString, CallTrace>> traces;
    for (const auto &[name, s] : ExportScenarios::all())
        traces.append({name, Engine::run(s)});
    QStringList files;
    for (int i = 0; i < traces.size(); ++i) {
        LadderExportOptions o;
        o.notes =
            i % 3 == 0 ? ShownLanguages::Both : (i % 3 == 1 ? ShownLanguages::Chinese : ShownLanguages::None);
        o.title = QStringLiteral("%1 \"quoted\" \\ back-slash <b>").arg(traces[i].first);
        QFile f(dir.filePath(traces[i].first + QStringLiteral(".puml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(PlantUmlExporter::toPlantUml(traces[i].second, o).toUtf8());
        files.append(f.fileName());
    }
    // One JVM for all files; -failfast2 checks the syntax of every file before drawing any.
    QProcess p;
    p.start(QStringLiteral("plantuml"), QStringList{QStringLiteral("-tsvg"), QStringLiteral("-failfast2"),
                                                    QStringLiteral("-charset"), QStringLiteral("UTF-8")} +
                                            files);
    QVERIFY2(p.waitForStarted(), "plantuml is needed (scripts/deps.sh test installs it)");
    QVERIFY(p.waitForFinished(240000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    for (int i = 0; i < traces.size(); ++i) {
        QFile svg(dir.filePath(traces[i].first + QStringLiteral(".svg")));
        QVERIFY2(svg.open(QIODevice::ReadOnly), qPrintable(svg.fileName()));
        const QString content = QString::fromUtf8(svg.readAll());
        QVERIFY2(!content.contains(QLatin1String("Syntax Error")), qPrintable(traces[i].first));
        for (const TraceMessage &m : traces[i].second.messages)
            QVERIFY2(content.contains(QStringLiteral(">F%1 ").arg(m.fNumber)),
                     qPrintable(QStringLiteral("%1: F%2").arg(traces[i].first).arg(m.fNumber)));
        if (i % 3 != 2)
            QVERIFY2(content.contains(QStringLiteral("代理")), qPrintable(traces[i].first));
    }
}

void TestPlantUmlExporter::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("486 Busy Here") << QStringLiteral("486 Busy Here");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
    QTest::newRow("cr") << QStringLiteral("a\r\nb") << QStringLiteral("a\\nb");
}

void TestPlantUmlExporter::escape()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(PlantUmlExporter::escape(text), escaped);
}

QTEST_GUILESS_MAIN(TestPlantUmlExporter)
#include "tst_plantumlexporter.moc"
