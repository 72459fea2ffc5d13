// LadderFootnotes: one number per distinct rule in order of first use, the same number for
// every message sent for that rule, both languages when asked, hidden lanes left out.
#include "engine.h"
#include "ladderfootnotes.h"

#include <QTest>

Q_DECLARE_METATYPE(SipLab::NotesLanguage)

using namespace SipLab;

class TestLadderFootnotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numbering();
    void languages_data();
    void languages();
    void hiddenLanes();
    void parse_data();
    void parse();
};

void TestLadderFootnotes::numbering()
{
    const CallTrace trace = Engine::run(Scenario::defaultScenario());
    const LadderFootnotes f = LadderFootnotes::build(trace, NotesLanguage::English);
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
    QTest::addColumn<NotesLanguage>("language");
    QTest::addColumn<int>("linesPerNote");
    QTest::newRow("none") << NotesLanguage::None << 0;
    QTest::newRow("english") << NotesLanguage::English << 1;
    QTest::newRow("chinese") << NotesLanguage::Chinese << 1;
    QTest::newRow("both") << NotesLanguage::Both << 2;
}

void TestLadderFootnotes::languages()
{
    QFETCH(NotesLanguage, language);
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
    const bool chineseFirst = language == NotesLanguage::Chinese;
    QCOMPARE(first.contains(QLatin1String("INVITE carrying")), !chineseFirst);
    QCOMPARE(first != trace.messages[0].rule.toString(Language::English).prepend(QLatin1String("[1] ")), chineseFirst);
    if (language == NotesLanguage::Both) {
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
    const LadderFootnotes f = LadderFootnotes::build(trace, NotesLanguage::English, {uas});
    for (int i = 0; i < trace.messages.size(); ++i) {
        const bool hidden = trace.messages[i].from == uas || trace.messages[i].to == uas;
        QCOMPARE(f.numberOf(i) == 0, hidden);
    }
}

void TestLadderFootnotes::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<NotesLanguage>("language");
    QTest::newRow("en") << "en" << true << NotesLanguage::English;
    QTest::newRow("zh") << "zh" << true << NotesLanguage::Chinese;
    QTest::newRow("both") << "Both" << true << NotesLanguage::Both;
    QTest::newRow("none") << "none" << true << NotesLanguage::None;
    QTest::newRow("fr") << "fr" << false << NotesLanguage::None;
    QTest::newRow("empty") << "" << false << NotesLanguage::None;
}

void TestLadderFootnotes::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(NotesLanguage, language);
    NotesLanguage parsed = NotesLanguage::None;
    QCOMPARE(LadderFootnotes::parse(text, &parsed), ok);
    QCOMPARE(parsed, language);
}

QTEST_GUILESS_MAIN(TestLadderFootnotes)
#include "tst_ladderfootnotes.moc"
