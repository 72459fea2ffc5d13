// Every lesson: its scenario loads and is valid, its texts exist in both languages (Chinese
// differs from English), and its ladder equals the reviewed golden file
// tests/data/lessons/<id>.txt. Set SIPLAB_UPDATE_GOLDEN=1 to rewrite the files after a reviewed change.
#include "engine.h"
#include "languagepack.h"
#include "lessonlibrary.h"
#include "responsecatalog.h"
#include "sipparser.h"
#include "textladderexporter.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace SipLab;

class TestLessonLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogue();
    void lesson_data();
    void lesson();
    void ladder_data() { lesson_data(); }
    void ladder();
    void roundTrip_data() { lesson_data(); }
    void roundTrip();
    void rfcDetails_data();
    void rfcDetails();
    void classLessonsUseDocumentCodes_data();
    void classLessonsUseDocumentCodes();
    void unknownLesson();
};

void TestLessonLibrary::catalogue()
{
    // The list: the RFC 3665 flows that fit the topology and one lesson per class.
    const QStringList expected = {
        "rfc3665-2.1-registration-401", "rfc3665-2.2-registration-update", "rfc3665-2.3-registration-query",
        "rfc3665-2.4-registration-cancel", "rfc3665-2.5-registration-unsuccessful", "rfc3665-3.1-session",
        "rfc3665-3.2-two-proxies", "rfc3665-3.3-multiple-proxy-auth", "rfc3665-3.4-proxy-failure",
        "rfc3665-3.5-alg", "rfc3665-3.6-redirect-302",
        "rfc3665-3.7-re-invite", "rfc3665-3.8-no-answer-cancel", "rfc3665-3.9-busy-486",
        "rfc3665-3.10-no-response-408", "rfc3665-3.11-unavailable-480", "fork-parallel-busy-answer",
        "fork-6xx-stops-search", "fork-sequential-5xx", "redirect-300-multiple", "fork-two-answers",
        "class-1xx", "class-2xx", "class-3xx",
        "class-4xx", "class-5xx", "class-6xx"};
    QCOMPARE(LessonLibrary::ids(), expected);
    QCOMPARE(QSet<QString>(expected.begin(), expected.end()).size(), expected.size());
}

void TestLessonLibrary::lesson_data()
{
    QTest::addColumn<QString>("id");
    for (const Lesson &lesson : LessonLibrary::lessons())
        QTest::newRow(lesson.id) << lesson.idString();
}

void TestLessonLibrary::lesson()
{
    QFETCH(QString, id);
    const Lesson *lesson = LessonLibrary::find(id);
    QVERIFY(lesson);
    const ScenarioLoadResult loaded = LessonLibrary::scenario(id);
    QVERIFY2(loaded.isValid(), qPrintable(loaded.error));
    QCOMPARE(ScenarioFile::validate(*loaded.scenario), QString());
    QVERIFY(QString::fromLatin1(lesson->reference).startsWith(QLatin1String("RFC ")));
    const QList<QPair<QString, QString>> texts = {
        {lesson->titleText(Language::English), lesson->titleText(Language::Chinese)},
        {lesson->goalsText(Language::English), lesson->goalsText(Language::Chinese)},
        {lesson->introductionText(Language::English), lesson->introductionText(Language::Chinese)}};
    QVERIFY(LanguagePack::hasChinese());
    for (const auto &[english, chinese] : texts) {
        QVERIFY(!english.trimmed().isEmpty());
        QVERIFY(!chinese.trimmed().isEmpty());
        QVERIFY2(english != chinese, qPrintable(QStringLiteral("not translated: ") + english));
        // Same number of goals in both languages (one a line).
        QCOMPARE(chinese.count(QLatin1Char('\n')), english.count(QLatin1Char('\n')));
    }
}

void TestLessonLibrary::ladder()
{
    QFETCH(QString, id);
    const ScenarioLoadResult loaded = LessonLibrary::scenario(id);
    QVERIFY2(loaded.isValid(), qPrintable(loaded.error));
    const QString actual = TextLadderExporter::list(Engine::run(*loaded.scenario), true);
    const QString path = QStringLiteral(SIPLAB_TEST_DATA_DIR "/lessons/") + id + QStringLiteral(".txt");
    if (qEnvironmentVariableIsSet("SIPLAB_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(actual, QString::fromUtf8(file.readAll()));
}

void TestLessonLibrary::roundTrip()
{
    QFETCH(QString, id);
    const CallTrace trace = Engine::run(*LessonLibrary::scenario(id).scenario);
    for (const TraceMessage &m : trace.messages) {
        const SipParseResult parsed = SipParser::parse(m.message.toBytes());
        QVERIFY2(parsed.isValid(), qPrintable(QStringLiteral("F%1: %2").arg(m.fNumber).arg(parsed.error.toString())));
        QVERIFY(*parsed.message == m.message);
    }
}

void TestLessonLibrary::rfcDetails_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("f");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("expected"); // every value of the header, in order; {} = absent

    // RFC 3261 10.2.1 / RFC 3665 2.2: the new contact, and the 200 lists both bindings.
    QTest::newRow("2.2 REGISTER new contact") << "rfc3665-2.2-registration-update" << 1 << "Contact"
                                              << QStringList{"<mailto:alice@atlanta.example>"};
    QTest::newRow("2.2 200 both bindings") << "rfc3665-2.2-registration-update" << 2 << "Contact"
                                           << QStringList{"<sip:alice@pc33.atlanta.example:5070>;expires=3600",
                                                          "<mailto:alice@atlanta.example>;expires=3600"};
    // RFC 3261 10.2.3 / RFC 3665 2.3: a query has no Contact (and no Expires).
    QTest::newRow("2.3 query no Contact") << "rfc3665-2.3-registration-query" << 1 << "Contact" << QStringList{};
    QTest::newRow("2.3 query no Expires") << "rfc3665-2.3-registration-query" << 1 << "Expires" << QStringList{};
    QTest::newRow("2.3 200 lists binding") << "rfc3665-2.3-registration-query" << 2 << "Contact"
                                           << QStringList{"<sip:alice@pc33.atlanta.example:5070>;expires=3600"};
    // RFC 3261 10.2.2 / RFC 3665 2.4: Contact: * with Expires: 0; nothing left in the 200.
    QTest::newRow("2.4 Contact star") << "rfc3665-2.4-registration-cancel" << 1 << "Contact" << QStringList{"*"};
    QTest::newRow("2.4 Expires 0") << "rfc3665-2.4-registration-cancel" << 1 << "Expires" << QStringList{"0"};
    QTest::newRow("2.4 200 no Contact") << "rfc3665-2.4-registration-cancel" << 2 << "Contact" << QStringList{};
    // RFC 3665 2.5: the second REGISTER carries credentials and is challenged again.
    QTest::newRow("2.5 retry CSeq") << "rfc3665-2.5-registration-unsuccessful" << 3 << "CSeq" << QStringList{"2 REGISTER"};
    // RFC 3665 3.3: the third INVITE answers both realms.
    QTest::newRow("3.3 third INVITE CSeq") << "rfc3665-3.3-multiple-proxy-auth" << 11 << "CSeq" << QStringList{"3 INVITE"};
    // RFC 3665 3.6: no SDP in the INVITEs; the 200 carries the offer, the ACK the answer (RFC 3261 13.2.2.4).
    QTest::newRow("3.6 first INVITE without SDP") << "rfc3665-3.6-redirect-302" << 1 << "Content-Type" << QStringList{};
    QTest::newRow("3.6 retried INVITE CSeq") << "rfc3665-3.6-redirect-302" << 4 << "CSeq" << QStringList{"2 INVITE"};
    QTest::newRow("3.6 retried INVITE without SDP") << "rfc3665-3.6-redirect-302" << 4 << "Content-Type" << QStringList{};
    QTest::newRow("3.6 offer in the 200") << "rfc3665-3.6-redirect-302" << 10 << "Content-Type" << QStringList{"application/sdp"};
    QTest::newRow("3.6 answer in the ACK") << "rfc3665-3.6-redirect-302" << 11 << "Content-Type" << QStringList{"application/sdp"};
    // RFC 3665 3.7: the proxy does not record-route, so the ACK has no Route; Bob's re-INVITE has his own CSeq.
    QTest::newRow("3.7 ACK without Route") << "rfc3665-3.7-re-invite" << 8 << "Route" << QStringList{};
    QTest::newRow("3.7 callee's re-INVITE CSeq") << "rfc3665-3.7-re-invite" << 9 << "CSeq" << QStringList{"1 INVITE"};
    QTest::newRow("3.7 ACK of the re-INVITE") << "rfc3665-3.7-re-invite" << 11 << "CSeq" << QStringList{"1 ACK"};
    // RFC 3665 3.11: Retry-After in the 480.
    QTest::newRow("3.11 Retry-After") << "rfc3665-3.11-unavailable-480" << 13 << "Retry-After" << QStringList{"3600"};
    // RFC 3665 3.8: the CANCEL is answered hop by hop (F10 from P1, F12 from P2, F14 from the UAS).
    QTest::newRow("3.8 CANCEL CSeq") << "rfc3665-3.8-no-answer-cancel" << 9 << "CSeq" << QStringList{"1 CANCEL"};
    QTest::newRow("3.8 200 for CANCEL at P1") << "rfc3665-3.8-no-answer-cancel" << 10 << "CSeq" << QStringList{"1 CANCEL"};
    QTest::newRow("3.8 487 to the UAC") << "rfc3665-3.8-no-answer-cancel" << 19 << "CSeq" << QStringList{"1 INVITE"};
    // RFC 3261 21.5.4: 503 with Retry-After from P1.
    QTest::newRow("5xx Retry-After") << "class-5xx" << 2 << "Retry-After" << QStringList{"2"};
    // RFC 3262: the reliable 183.
    QTest::newRow("1xx 183 RSeq") << "class-1xx" << 9 << "Require" << QStringList{"100rel"};
}

void TestLessonLibrary::rfcDetails()
{
    QFETCH(QString, id);
    QFETCH(int, f);
    QFETCH(QString, header);
    QFETCH(QStringList, expected);
    const CallTrace trace = Engine::run(*LessonLibrary::scenario(id).scenario);
    QVERIFY(f >= 1 && f <= trace.messages.size());
    const SipMessage &m = trace.messages[f - 1].message;
    QCOMPARE(trace.messages[f - 1].fNumber, f);
    QStringList values;
    for (const QString &v : m.headerLines(header))
        values.append(v.trimmed());
    QCOMPARE(values, expected);
}

void TestLessonLibrary::classLessonsUseDocumentCodes_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("responseClass");
    for (int c = 1; c <= 6; ++c)
        QTest::newRow(qPrintable(QStringLiteral("class-%1xx").arg(c))) << QStringLiteral("class-%1xx").arg(c) << c;
}

void TestLessonLibrary::classLessonsUseDocumentCodes()
{
    // Each class lesson shows at least one code of its class, and every response in it is a
    // code of the source document.
    QFETCH(QString, id);
    QFETCH(int, responseClass);
    const CallTrace trace = Engine::run(*LessonLibrary::scenario(id).scenario);
    int ofClass = 0;
    for (const TraceMessage &m : trace.messages) {
        if (!m.message.isResponse())
            continue;
        const ResponseCodeInfo *info = ResponseCatalog::find(m.message.statusCode());
        QVERIFY(info);
        QVERIFY2(info->fromDocument, qPrintable(m.label()));
        if (m.message.statusCode() / 100 == responseClass)
            ++ofClass;
    }
    QVERIFY(ofClass > 0);
}

void TestLessonLibrary::unknownLesson()
{
    QVERIFY(!LessonLibrary::find(QStringLiteral("no-such-lesson")));
    const ScenarioLoadResult loaded = LessonLibrary::scenario(QStringLiteral("no-such-lesson"));
    QVERIFY(!loaded.isValid());
    QVERIFY(loaded.error.contains(QLatin1String("no-such-lesson")));
}

QTEST_GUILESS_MAIN(TestLessonLibrary)
#include "tst_lessonlibrary.moc"
