// TextMeasure: what it answers is what QFontMetricsF answers (widths and elided texts), for
// rooms just above, at and just below a text's width (Qt compares in 1/64 pixel), for Latin,
// Chinese, a mixed line, U+009C length variants and the empty text; asked twice (the second
// answer comes from its memory). Widths of printable ASCII summed from characters and checked
// pairs equal Qt's on every label and note of a few calls and 3,000 random texts.
#include "engine.h"
#include "ladderrenderer.h"
#include "textmeasure.h"

#include <QFont>
#include <QFontMetricsF>
#include <QTest>

#include <random>

using namespace SipLab;

class TestTextMeasure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAsQt_data();
    void answersAsQt();
    void remembersPerText();
    void sumsOfCharactersAsQt_data();
    void sumsOfCharactersAsQt();
};

void TestTextMeasure::answersAsQt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("mode");
    QTest::addColumn<double>("delta"); // room = the text's width + delta

    const QList<QPair<const char *, QString>> texts{
        {"label", QStringLiteral("F12 180 Ringing")},
        {"retransmission", QStringLiteral("F3 INVITE ⟲")},
        {"detail", QStringLiteral("z9hG4bK-proxy-1-ab7c sip:bob@biloxi.example:5060;transport=udp")},
        {"chinese", QStringLiteral("180 振铃")},
        {"mixed", QStringLiteral("[1] 486 Busy Here 被叫忙")},
        {"variants", QStringLiteral("a long label variant") + QChar(0x9C) + QStringLiteral("short")},
        {"one letter", QStringLiteral("W")},
        {"empty", QString()},
    };
    const QList<QPair<const char *, double>> deltas{
        {"room far below", -40}, {"room 1 px below", -1},    {"room 1/64 below", -1.0 / 64}, {"room 1/128 below", -1.0 / 128},
        {"room at width", 0},    {"room 1/128 above", 1.0 / 128}, {"room 1/64 above", 1.0 / 64}, {"room 1/32 above", 1.0 / 32},
        {"room 1 px above", 1},  {"room far above", 200},
    };
    const QList<QPair<const char *, Qt::TextElideMode>> modes{{"right", Qt::ElideRight}, {"middle", Qt::ElideMiddle}};
    for (const auto &t : texts) {
        for (const auto &m : modes) {
            for (const auto &d : deltas)
                QTest::addRow("%s, %s, %s", t.first, m.first, d.first) << t.second << int(m.second) << d.second;
        }
    }
}

void TestTextMeasure::answersAsQt()
{
    QFETCH(QString, text);
    QFETCH(int, mode);
    QFETCH(double, delta);
    QFont font;
    font.setPointSizeF(9.5);
    const QFontMetricsF qt(font);
    TextMeasure measure(font);
    const double room = qMax(0.0, qt.horizontalAdvance(text) + delta);
    QCOMPARE(measure.height(), qt.height());
    QCOMPARE(measure.ascent(), qt.ascent());
    for (int pass = 0; pass < 2; ++pass) {
        QCOMPARE(measure.width(text), qt.horizontalAdvance(text));
        QCOMPARE(measure.elided(text, Qt::TextElideMode(mode), room), qt.elidedText(text, Qt::TextElideMode(mode), room));
    }
}

void TestTextMeasure::remembersPerText()
{
    // Two texts, two rooms: each answer belongs to its own question.
    QFont font;
    const QFontMetricsF qt(font);
    TextMeasure measure(font);
    const QString a = QStringLiteral("F1 INVITE sip:bob@biloxi.example");
    const QString b = QStringLiteral("F2 100 Trying");
    const double narrow = qt.horizontalAdvance(b) / 2;
    QCOMPARE(measure.elided(a, Qt::ElideRight, narrow), qt.elidedText(a, Qt::ElideRight, narrow));
    QCOMPARE(measure.elided(a, Qt::ElideRight, 1000), a);
    QCOMPARE(measure.elided(b, Qt::ElideRight, narrow), qt.elidedText(b, Qt::ElideRight, narrow));
    QVERIFY(measure.elided(a, Qt::ElideRight, narrow) != a);
    QCOMPARE(measure.elided(a, Qt::ElideMiddle, narrow), qt.elidedText(a, Qt::ElideMiddle, narrow));
    QVERIFY(measure.width(a) > measure.width(b));
}

void TestTextMeasure::sumsOfCharactersAsQt_data()
{
    // Printable ASCII is measured as the sum of its characters when every adjacent pair is
    // (pairs checked against Qt); the answer must still be QFontMetricsF's, in the ladder's
    // fonts and the default one.
    QTest::addColumn<QFont>("font");
    const LadderTheme theme = LadderTheme::light();
    QTest::newRow("ladder label font") << theme.font;
    QTest::newRow("ladder small font (notes, time)") << theme.smallFont;
    QTest::newRow("ladder header font (bold)") << theme.headerFont;
    QTest::newRow("application font") << QFont();
}

void TestTextMeasure::sumsOfCharactersAsQt()
{
    QFETCH(QFont, font);
    const QFontMetricsF qt(font);
    QStringList texts{QStringLiteral("AV"), QStringLiteral("To"), QStringLiteral("Ty"), QStringLiteral("Wa"),
                      QStringLiteral("LT"), QStringLiteral("P."), QStringLiteral("F."), QStringLiteral("r,"),
                      QStringLiteral("F3 INVITE"), QStringLiteral("F12 100 Trying"), QStringLiteral("F999 180 Ringing"),
                      QStringLiteral("F7 407 Proxy Authentication Required"), QStringLiteral("Timer F fired"),
                      QStringLiteral("INVITE -> Proceeding"), QStringLiteral("  "), QStringLiteral("fifty ffi ffl")};
    // Every label and note of a few calls, as the ladder sets them.
    Scenario forked = Scenario::defaultScenario();
    forked.setProxyCount(2);
    for (const Scenario &s : {Scenario::defaultScenario(), forked}) {
        const CallTrace trace = Engine::run(s);
        for (const TraceMessage &m : trace.messages)
            texts << QStringLiteral("F%1 %2").arg(m.fNumber).arg(m.labelWithFlags());
        for (const TraceAnnotation &a : trace.annotations)
            texts << a.subject + QStringLiteral(" -> ") + a.state << a.subject + QStringLiteral(" fired");
    }
    // And random printable ASCII, 'f' and runs of spaces included.
    std::mt19937 random(20261128u);
    for (int i = 0; i < 3000; ++i) {
        QString t;
        const int length = 2 + int(random() % 40);
        for (int k = 0; k < length; ++k)
            t += QChar(char16_t(0x20 + random() % 95));
        texts << t;
    }
    TextMeasure measure(font);
    TextMeasure again(font); // a second measure of the font shares what the first learnt
    for (const QString &t : std::as_const(texts)) {
        QCOMPARE(measure.width(t), qt.horizontalAdvance(t));
        QCOMPARE(again.width(t), qt.horizontalAdvance(t));
    }
}

QTEST_MAIN(TestTextMeasure)
#include "tst_textmeasure.moc"
