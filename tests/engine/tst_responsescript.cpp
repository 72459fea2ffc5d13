// ResponseScript: the "180,183r,200" / "180@100,486@300" lists of run --uas and serve --uas.
#include "responsescript.h"

#include <QTest>

using namespace SipLab;

class TestResponseScript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void serveDefaults();
    void textRoundTrip_data();
    void textRoundTrip();
};

void TestResponseScript::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<ResponseStep>>("steps");
    QTest::addColumn<QString>("error");
    using L = QList<ResponseStep>;
    QTest::newRow("ringing then ok") << "180,200" << L{{180, 100}, {200, 1000}} << QString();
    QTest::newRow("spaces") << " 180 , 486 " << L{{180, 100}, {486, 1000}} << QString();
    QTest::newRow("reliable") << "183r,200" << L{{183, 100, true}, {200, 1000}} << QString();
    QTest::newRow("none") << "none" << L{} << QString();
    QTest::newRow("final only") << "486" << L{{486, 1000}} << QString();
    QTest::newRow("times from the request") << "180@100,486@300" << L{{180, 100}, {486, 200}} << QString();
    QTest::newRow("reliable with time") << "183r@50,200@50" << L{{183, 50, true}, {200, 0}} << QString();
    QTest::newRow("time then default") << "180@40,200" << L{{180, 40}, {200, 1000}} << QString();
    QTest::newRow("default then time") << "180,200@2000" << L{{180, 100}, {200, 1900}} << QString();
    QTest::newRow("unknown code") << "180,999" << L{} << "unknown response code: 999";
    QTest::newRow("two digits") << "42" << L{} << "unknown response code: 42";
    QTest::newRow("word") << "busy" << L{} << "unknown response code: busy";
    QTest::newRow("empty item") << "180,,200" << L{} << "unknown response code: ";
    QTest::newRow("bad time") << "180@soon" << L{} << "bad time in '180@soon'";
    QTest::newRow("negative time") << "180@-5" << L{} << "bad time in '180@-5'";
    QTest::newRow("backwards") << "180@300,200@100" << L{}
                               << "'200@100': the time goes backwards (the previous response is at 300 ms)";
}

void TestResponseScript::parse()
{
    QFETCH(QString, text);
    QFETCH(QList<ResponseStep>, steps);
    QFETCH(QString, error);
    QString actualError;
    const std::optional<QList<ResponseStep>> parsed = ResponseScript::parse(text, &actualError);
    if (error.isEmpty()) {
        QVERIFY2(parsed.has_value(), qPrintable(actualError));
        QCOMPARE(*parsed, steps);
    } else {
        QVERIFY(!parsed.has_value());
        QVERIFY2(actualError.startsWith(error), qPrintable(actualError));
    }
}

void TestResponseScript::serveDefaults()
{
    // serve --uas: provisional at once, the final after --answer-after-ms, and a final is required.
    ResponseScript::Defaults d;
    d.provisionalDelayMs = 0;
    d.finalDelayMs = 250;
    d.allowNone = false;
    d.requireFinal = true;
    QString error;
    QCOMPARE(*ResponseScript::parse(QStringLiteral("180,200"), d, &error),
             (QList<ResponseStep>{{180, 0}, {200, 250}}));
    QVERIFY(!ResponseScript::parse(QStringLiteral("180"), d, &error));
    QCOMPARE(error, QStringLiteral("must end with a final response (200-699): 180"));
    QVERIFY(!ResponseScript::parse(QStringLiteral("none"), d, &error));
    QCOMPARE(error, QStringLiteral("unknown response code: none"));
}

void TestResponseScript::textRoundTrip_data()
{
    QTest::addColumn<QList<ResponseStep>>("steps");
    QTest::addColumn<QString>("text");
    using L = QList<ResponseStep>;
    QTest::newRow("empty") << L{} << QString();
    QTest::newRow("ringing then ok") << L{{180, 100}, {200, 1000}} << "180@100,200@1100";
    QTest::newRow("reliable") << L{{183, 50, true}, {200, 0}} << "183r@50,200@50";
    QTest::newRow("final at once") << L{{486, 0}} << "486@0";
}

void TestResponseScript::textRoundTrip()
{
    QFETCH(QList<ResponseStep>, steps);
    QFETCH(QString, text);
    QCOMPARE(ResponseScript::text(steps), text);
    if (steps.isEmpty())
        return; // an empty string is no list to parse: the builder treats it as "none"
    QString error;
    const std::optional<QList<ResponseStep>> parsed = ResponseScript::parse(text, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QCOMPARE(*parsed, steps);
}

QTEST_GUILESS_MAIN(TestResponseScript)
#include "tst_responsescript.moc"
