// TextLadderExporter: the RFC-style list and the UTF-8 ladder of several calls are pinned in
// golden files (tests/data/export); every row of a drawing has the same lane columns, also with
// Chinese in the lane names; display width follows UAX #11.
#include "exportscenarios.h"
#include "goldenfile.h"
#include "textladderexporter.h"

#include <QTest>

Q_DECLARE_METATYPE(SipLab::Scenario)
Q_DECLARE_METATYPE(SipLab::ShownLanguages)

using namespace SipLab;

class TestTextLadderExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void lanesStayAligned_data();
    void lanesStayAligned();
    void hiddenLanes();
    void displayWidth_data();
    void displayWidth();
};

void TestTextLadderExporter::golden_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<ShownLanguages>("notes");
    for (const auto &[name, s] : ExportScenarios::all())
        QTest::newRow(qPrintable(name)) << name << s << ShownLanguages::None;
    QTest::newRow("basic notes en") << QStringLiteral("basic-notes-en") << Scenario::defaultScenario()
                                    << ShownLanguages::English;
    QTest::newRow("basic notes both")
        << QStringLiteral("basic-notes-both") << Scenario::defaultScenario() << ShownLanguages::Both;
}

void TestTextLadderExporter::golden()
{
    QFETCH(QString, name);
    QFETCH(Scenario, scenario);
    QFETCH(ShownLanguages, notes);
    const CallTrace trace = Engine::run(scenario);
    LadderExportOptions o;
    o.notes = notes;
    QVERIFY(
        GoldenFile::matches(QStringLiteral("export/%1.txt").arg(name), TextLadderExporter::list(trace, o)));
    QVERIFY(GoldenFile::matches(QStringLiteral("export/%1.ladder.txt").arg(name),
                                TextLadderExporter::drawing(trace, o)));
    // Without notes or title the list is the plain one siplab-cli run always printed.
    if (notes == ShownLanguages::None) {
        o.showTimes = false;
        QCOMPARE(TextLadderExporter::list(trace, o), TextLadderExporter::list(trace, false));
    }
}

void TestTextLadderExporter::lanesStayAligned_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<bool>("chineseNames");
    for (const auto &[name, s] : ExportScenarios::all())
        QTest::newRow(qPrintable(name)) << s << false;
    Scenario cjk = Scenario::defaultScenario();
    cjk.uac.address.name = QStringLiteral("主叫");
    cjk.uas.address.name = QStringLiteral("被叫终端");
    QTest::newRow("chinese lane names") << cjk << true;
}

void TestTextLadderExporter::lanesStayAligned()
{
    QFETCH(Scenario, scenario);
    QFETCH(bool, chineseNames);
    const CallTrace trace = Engine::run(scenario);
    LadderExportOptions o;
    o.notes = ShownLanguages::Chinese;
    const QStringList rows = TextLadderExporter::drawing(trace, o).split(QLatin1Char('\n'));
    // Row 2 has a ┬ at every lane; each message row has a lane mark or an arrow there.
    const QString top = rows.value(2);
    QList<int> columns;
    int col = 0;
    for (QChar c : top) {
        if (c == QChar(0x252C))
            columns.append(col);
        col += TextLadderExporter::displayWidth(QString(c));
    }
    QCOMPARE(columns.size(), trace.nodes.size());
    const QString marks = QStringLiteral("│►◄─┄x");
    for (int r = 3; r < 3 + trace.messages.size(); ++r) {
        // The cell at each lane column, counted in display columns.
        QList<QChar> atColumn;
        int c = 0;
        for (QChar ch : rows[r]) {
            if (columns.contains(c))
                atColumn.append(ch);
            c += TextLadderExporter::displayWidth(QString(ch));
        }
        QVERIFY2(atColumn.size() >= columns.size() - 1, qPrintable(rows[r]));
        for (QChar ch : atColumn)
            QVERIFY2(marks.contains(ch), qPrintable(QStringLiteral("row %1: '%2'").arg(r).arg(rows[r])));
    }
    // The header's lane names are centred on the lane columns.
    const QString header = rows[0];
    if (chineseNames)
        QVERIFY(header.contains(QStringLiteral("主叫")));
    int c = 0;
    int found = 0;
    for (int i = 0; i < header.size(); ++i) {
        if (!header[i].isSpace()) {
            int end = i;
            int width = 0;
            while (end < header.size() && !header[end].isSpace())
                width += TextLadderExporter::displayWidth(QString(header[end++]));
            const int centre = c + width / 2;
            QVERIFY2(
                columns.contains(centre),
                qPrintable(QStringLiteral("'%1' centred at %2").arg(header.mid(i, end - i)).arg(centre)));
            ++found;
            c += width;
            i = end - 1;
            continue;
        }
        ++c;
    }
    QCOMPARE(found, trace.nodes.size());
}

void TestTextLadderExporter::hiddenLanes()
{
    Scenario s = Scenario::defaultScenario();
    s.setProxyCount(2);
    const CallTrace trace = Engine::run(s);
    LadderExportOptions o;
    o.showTimes = false;
    o.hiddenNodes = {trace.nodeIndex(QStringLiteral("P2")), trace.nodeIndex(QStringLiteral("UAS"))};
    const QString list = TextLadderExporter::list(trace, o);
    QVERIFY(!list.contains(QLatin1String("P2")));
    QVERIFY(!list.contains(QLatin1String("UAS")));
    int expected = 0;
    for (const TraceMessage &m : trace.messages)
        expected += !o.hiddenNodes.contains(m.from) && !o.hiddenNodes.contains(m.to);
    QCOMPARE(list.count(QLatin1Char('\n')), expected);
    QVERIFY(list.startsWith(QLatin1String("F1 UAC -> P1: INVITE\n")));
    const QString drawing = TextLadderExporter::drawing(trace, o);
    QVERIFY(!drawing.contains(QLatin1String("UAS")));
    QCOMPARE(drawing.split(QLatin1Char('\n')).value(2).count(QChar(0x252C)), 2);
}

void TestTextLadderExporter::displayWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("ascii") << QStringLiteral("F1 INVITE") << 9;
    QTest::newRow("chinese") << QStringLiteral("主叫") << 4;
    QTest::newRow("mixed") << QStringLiteral("UAC 主叫") << 8;
    QTest::newRow("fullwidth colon") << QStringLiteral("：") << 2;
    QTest::newRow("box drawing") << QStringLiteral("──►") << 3;
    QTest::newRow("combining") << QStringLiteral("e\u0301") << 1;
    QTest::newRow("empty") << QString() << 0;
}

void TestTextLadderExporter::displayWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(TextLadderExporter::displayWidth(text), width);
}

QTEST_GUILESS_MAIN(TestTextLadderExporter)
#include "tst_textladderexporter.moc"
