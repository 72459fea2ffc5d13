// LadderFootnotes: one number per distinct rule in order of first use, the same number for
// every message sent for that rule, both languages when asked, hidden lanes left out.
#include "engine.h"
#include "ladderfootnotes.h"

#include <QTest>

Q_DECLARE_METATYPE(SipLab::ShownLanguages)

using namespace SipLab;

class TestLadderFootnotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numbering();
    void languages_data();
    void languages();
    void hiddenLanes();
};

void TestLadderFootnotes::numbering()
{
    const CallTrace trace = Engine::run(Scenario::defaultScenario());
    const LadderFootnotes f = LadderFootnotes::build(trace, ShownLanguages::English);
    QVERIFY(!f.isEmpty());
    QCOMPARE(f.marks().size(), trace.messages.size());
    int highest = 0;
    for (int i = 0; i < trace.messages.size(); ++i) {
        const int n = f.numberOf(i);
        QVERIFY(n > 0);           // every message of the basic call has a rule
        QVERIFY(n <= highest + 1); // numbers appear in order of first use
        highest = qMax(highest, n);
        const LadderFootnote &note = f.notes()[n - 1];
        QCOMPARE(note.number, n);
        QCOMPARE(note.texts, QStringList{trace.messages[i].rule.toString(Language::English)});
    }
    QCOMPARE(highest, f.notes().size());
    // Both 200 OKs forwarded by the proxy (to INVITE and to BYE) follow the same rule: one number.
    QVERIFY(f.notes().size() < trace.messages.size());
    QCOMPARE(f.numberOf(12), f.numberOf(6)); // F13 200 OK (BYE) and F7 200 OK (INVITE), both from P1
}

void TestLadderFootnotes::languages_data()
{
    QTest::addColumn<ShownLanguages>("language");
    QTest::addColumn<int>("linesPerNote");
    QTest::newRow("none") << ShownLanguages::None << 0;
    QTest::newRow("english") << ShownLanguages::English << 1;
    QTest::newRow("chinese") << ShownLanguages::Chinese << 1;
    QTest::newRow("both") << ShownLanguages::Both << 2;
}

void TestLadderFootnotes::languages()
{
    QFETCH(ShownLanguages, language);
    QFETCH(int, linesPerNote);
    const CallTrace trace = Engine::run(Scenario::defaultScenario());
    const LadderFootnotes f = LadderFootnotes::build(trace, language);
    QCOMPARE(f.lines().size(), f.notes().size() * linesPerNote);
    if (linesPerNote == 0) {
        QVERIFY(f.isEmpty());
        QCOMPARE(f.numberOf(0), 0);
        return;
    }
    const QString first = f.lines().first();
    QVERIFY(first.startsWith(QLatin1String("[1] ")));
    QVERIFY(first.contains(QLatin1String("(RFC 3261 13.2.1)")));
    const bool chineseFirst = language == ShownLanguages::Chinese;
    QCOMPARE(first.contains(QLatin1String("INVITE carrying")), !chineseFirst);
    QCOMPARE(first != trace.messages[0].rule.toString(Language::English).prepend(QLatin1String("[1] ")), chineseFirst);
    if (language == ShownLanguages::Both) {
        const QString second = f.lines().at(1);
        QVERIFY(second.startsWith(QLatin1String("    "))); // indented under "[1] "
        QCOMPARE(second.trimmed(), trace.messages[0].rule.toString(Language::Chinese));
        QVERIFY(second.trimmed() != trace.messages[0].rule.toString(Language::English)); // really translated
    }
}

void TestLadderFootnotes::hiddenLanes()
{
    Scenario s = Scenario::defaultScenario();
    s.setProxyCount(2);
    const CallTrace trace = Engine::run(s);
    const int uas = trace.nodeIndex(QStringLiteral("UAS"));
    const LadderFootnotes f = LadderFootnotes::build(trace, ShownLanguages::English, {uas});
    for (int i = 0; i < trace.messages.size(); ++i) {
        const bool hidden = trace.messages[i].from == uas || trace.messages[i].to == uas;
        QCOMPARE(f.numberOf(i) == 0, hidden);
    }
}

QTEST_GUILESS_MAIN(TestLadderFootnotes)
#include "tst_ladderfootnotes.moc"
