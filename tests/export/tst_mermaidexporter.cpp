// MermaidExporter: sequenceDiagram text of several calls pinned in golden files, notes carrying
// the explanations, lost and retransmitted messages, escaping of Mermaid's special characters.
#include "exportscenarios.h"
#include "goldenfile.h"
#include "mermaidexporter.h"

#include <QTest>

Q_DECLARE_METATYPE(SipLab::Scenario)
Q_DECLARE_METATYPE(SipLab::ShownLanguages)

using namespace SipLab;

class TestMermaidExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void oneArrowPerMessage();
    void lostAndRetransmitted();
    void escape_data();
    void escape();
};

void TestMermaidExporter::golden_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<ShownLanguages>("notes");
    for (const auto &[name, s] : ExportScenarios::all())
        QTest::newRow(qPrintable(name)) << name << s << ShownLanguages::None;
    QTest::newRow("notes both") << QStringLiteral("basic-notes-both") << Scenario::defaultScenario()
                                << ShownLanguages::Both;
}

void TestMermaidExporter::golden()
{
    QFETCH(QString, name);
    QFETCH(Scenario, scenario);
    QFETCH(ShownLanguages, notes);
    LadderExportOptions o;
    o.notes = notes;
    o.title = QStringLiteral("SIP Lab: ") + name;
    QVERIFY(GoldenFile::matches(QStringLiteral("export/%1.mmd").arg(name),
                                MermaidExporter::toMermaid(Engine::run(scenario), o)));
}

void TestMermaidExporter::oneArrowPerMessage()
{
    Scenario s = Scenario::defaultScenario();
    s.setProxyCount(2);
    const CallTrace trace = Engine::run(s);
    LadderExportOptions o;
    o.notes = ShownLanguages::English;
    const QStringList lines =
        MermaidExporter::toMermaid(trace, o).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("sequenceDiagram"));
    QStringList arrows, notes;
    for (const QString &l : lines) {
        if (l.contains(QLatin1String("->>")) || l.contains(QLatin1String("-x")))
            arrows.append(l.trimmed());
        if (l.trimmed().startsWith(QLatin1String("Note over")))
            notes.append(l.trimmed());
    }
    QCOMPARE(arrows.size(), trace.messages.size());
    for (int i = 0; i < arrows.size(); ++i) {
        const TraceMessage &m = trace.messages[i];
        QVERIFY2(arrows[i].startsWith(QStringLiteral("%1->>%2: F%3 %4")
                                          .arg(trace.nodes[m.from].name(), trace.nodes[m.to].name())
                                          .arg(m.fNumber)
                                          .arg(m.label())),
                 qPrintable(arrows[i]));
    }
    QVERIFY(!notes.isEmpty());
    QVERIFY(notes.first().startsWith(QLatin1String("Note over UAC,P1: [1] ")));
    QVERIFY(notes.first().contains(QLatin1String("RFC 3261")));
}

void TestMermaidExporter::lostAndRetransmitted()
{
    Scenario s = Scenario::defaultScenario();
    s.network.drop = {1};
    const QString text = MermaidExporter::toMermaid(Engine::run(s));
    QVERIFY(text.contains(QLatin1String("    UAC-xP1: F1 INVITE (lost)\n")));
    QVERIFY(text.contains(QLatin1String("    UAC-->>P1: F2 INVITE (retransmission)\n")));
}

void TestMermaidExporter::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("180 Ringing") << QStringLiteral("180 Ringing");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a#59;b");
    QTest::newRow("hash") << QStringLiteral("#1") << QStringLiteral("#35;1");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a b");
    QTest::newRow("chinese") << QStringLiteral("主叫；") << QStringLiteral("主叫；");
}

void TestMermaidExporter::escape()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(MermaidExporter::escape(text), escaped);
}

QTEST_GUILESS_MAIN(TestMermaidExporter)
#include "tst_mermaidexporter.moc"
