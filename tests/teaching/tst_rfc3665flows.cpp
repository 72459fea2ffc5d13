// Each RFC 3665 lesson's ladder against the RFC's own message list, read at test time from
// rfc3665.txt in shared/reference/rfc (the "Message Details" headings, "F1 INVITE Alice -> Proxy 1"):
// same number of messages, same senders and receivers, same methods and status codes, same
// order. Two differences are allowed, both stated in the lesson texts: a proxy's 100 Trying and the
// INVITE it forwards at the same instant may come in either order, and 3.10's 480 is a 408 here
// (RFC 3261 16.7 step 6). A missing RFC folder is a failure.
#include "engine.h"
#include "lessonlibrary.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace SipLab;

namespace {

using Lanes = QMap<QString, QString>; // RFC participant -> lane

struct Step
{
    QString from;
    QString to;
    QString label; // "INVITE", "180 Ringing", "Unauthorized" (RFC 3665 2.5 F2 has no code)
};

QString describe(const QList<Step> &steps)
{
    QStringList lines;
    for (int i = 0; i < steps.size(); ++i)
        lines.append(QStringLiteral("F%1 %2 -> %3: %4").arg(i + 1).arg(steps[i].from, steps[i].to, steps[i].label));
    return lines.join(QLatin1Char('\n'));
}

/// The RFC's participants, longest first so that "Proxy 1" wins over "Proxy".
const QStringList Participants = {QStringLiteral("Redirect Server"), QStringLiteral("Redirect Proxy"), QStringLiteral("SIP Server"),
                                  QStringLiteral("SIP ALG"),         QStringLiteral("Proxy 1"),        QStringLiteral("Proxy 2"),
                                  QStringLiteral("Proxy 3"),         QStringLiteral("Proxy"),          QStringLiteral("Alice"),
                                  QStringLiteral("Bob")};

/// The message list of RFC 3665 section `section` ("3.6"), in the RFC's participant names.
QList<Step> rfcFlow(const QString &text, const QString &section)
{
    // The section runs from its heading ("3.6.  Session via ...") to the next heading.
    const QRegularExpression start(QStringLiteral("\\n%1\\.  [A-Z]").arg(QRegularExpression::escape(section)));
    const QRegularExpressionMatch s = start.match(text);
    if (!s.hasMatch())
        return {};
    const QRegularExpression next(QStringLiteral(R"(\n\d+\.\d+\.  [A-Z]|\n\d+\.  [A-Z])"));
    const QRegularExpressionMatch n = next.match(text, s.capturedEnd(0));
    const QString body = text.mid(s.capturedEnd(0), n.hasMatch() ? n.capturedStart(0) - s.capturedEnd(0) : -1);
    QList<Step> steps;
    static const QRegularExpression heading(QStringLiteral(R"(^   F(\d+) (.+)$)"), QRegularExpression::MultilineOption);
    QRegularExpressionMatchIterator it = heading.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString rest = m.captured(2).trimmed();
        const int arrow = rest.lastIndexOf(QLatin1String(" -> "));
        if (arrow < 0)
            continue;
        const QString to = rest.mid(arrow + 4).trimmed();
        QString head = rest.left(arrow);
        QString from;
        for (const QString &p : Participants) {
            if (head.endsWith(QLatin1Char(' ') + p)) {
                from = p;
                break;
            }
        }
        if (from.isEmpty() || !Participants.contains(to))
            continue;
        head.chop(from.size() + 1);
        if (m.captured(1).toInt() != steps.size() + 1)
            return {}; // a gap in the F-numbers: the parse went wrong
        steps.append({from, to, head.trimmed()});
    }
    return steps;
}

/// A proxy's 100 Trying and the INVITE it forwards, next to each other, in a fixed order (the
/// 100 first), so that both orders compare equal.
void canonicalOrder(QList<Step> &steps)
{
    for (int i = 0; i + 1 < steps.size(); ++i) {
        Step &a = steps[i];
        Step &b = steps[i + 1];
        if (a.from == b.from && a.label == QLatin1String("INVITE") && b.label.startsWith(QLatin1String("100 ")))
            std::swap(a, b);
    }
}

bool sameMessage(const Step &rfc, const Step &ours, int allowedFrom, int allowedTo)
{
    if (rfc.from != ours.from || rfc.to != ours.to)
        return false;
    const QString rfcFirst = rfc.label.section(QLatin1Char(' '), 0, 0);
    const QString ourFirst = ours.label.section(QLatin1Char(' '), 0, 0);
    bool isCode = false;
    const int rfcCode = rfcFirst.toInt(&isCode);
    if (!isCode) {
        if (rfcFirst.front().isUpper() && rfcFirst == rfcFirst.toUpper())
            return rfcFirst == ourFirst; // a method
        // A response named by its reason phrase only (RFC 3665 2.5 F2 "Unauthorized").
        return ours.label.section(QLatin1Char(' '), 1) == rfc.label;
    }
    const int ourCode = ourFirst.toInt();
    return ourCode == rfcCode || (rfcCode == allowedFrom && ourCode == allowedTo);
}

} // namespace

class TestRfc3665Flows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void flow_data();
    void flow();
    void everyRfc3665LessonIsCompared();

private:
    QString m_rfc;
};

void TestRfc3665Flows::initTestCase()
{
    QFile file(QStringLiteral(SIPLAB_RFC_DIR "/rfc3665.txt"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("cannot read %1 (shared/reference/rfc beside the "
                                                                       "repository, or cmake -DSIPLAB_RFC_DIR=...)")
                                                            .arg(file.fileName())));
    m_rfc = QString::fromUtf8(file.readAll());
}

void TestRfc3665Flows::flow_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Lanes>("lanes");
    QTest::addColumn<int>("allowedFrom");              // an RFC status code the lesson replaces ...
    QTest::addColumn<int>("allowedTo");                // ... with this one (its text says why)
    const Lanes registration{{"Bob", "UAC"}, {"SIP Server", "P1"}};
    const Lanes direct{{"Alice", "UAC"}, {"Bob", "UAS"}};
    const Lanes twoProxies{{"Alice", "UAC"}, {"Proxy 1", "P1"}, {"Proxy 2", "P2"}, {"Bob", "UAS"}};
    QTest::newRow("2.1") << "rfc3665-2.1-registration-401" << registration << 0 << 0;
    QTest::newRow("2.2") << "rfc3665-2.2-registration-update" << registration << 0 << 0;
    QTest::newRow("2.3") << "rfc3665-2.3-registration-query" << registration << 0 << 0;
    QTest::newRow("2.4") << "rfc3665-2.4-registration-cancel" << registration << 0 << 0;
    QTest::newRow("2.5") << "rfc3665-2.5-registration-unsuccessful" << registration << 0 << 0;
    QTest::newRow("3.1") << "rfc3665-3.1-session" << direct << 0 << 0;
    QTest::newRow("3.2") << "rfc3665-3.2-two-proxies" << twoProxies << 0 << 0;
    QTest::newRow("3.3") << "rfc3665-3.3-multiple-proxy-auth" << twoProxies << 0 << 0;
    QTest::newRow("3.4") << "rfc3665-3.4-proxy-failure" << twoProxies << 0 << 0;
    QTest::newRow("3.5") << "rfc3665-3.5-alg" << Lanes{{"Alice", "UAC"}, {"SIP ALG", "ALG"}, {"ALG", "ALG"}, {"Proxy 2", "P2"}, {"Bob", "UAS"}}
                         << 0 << 0;
    // The RFC names the redirect server "Redirect Proxy" in F2 and Proxy 3 "Proxy" in F10.
    QTest::newRow("3.6") << "rfc3665-3.6-redirect-302"
                         << Lanes{{"Alice", "UAC"}, {"Redirect Server", "RS"}, {"Redirect Proxy", "RS"}, {"Proxy 3", "P2"},
                                  {"Proxy", "P2"}, {"Bob", "UAS"}}
                         << 0 << 0;
    QTest::newRow("3.7") << "rfc3665-3.7-re-invite" << Lanes{{"Alice", "UAC"}, {"Proxy 2", "P1"}, {"Bob", "UAS"}} << 0 << 0;
    QTest::newRow("3.8") << "rfc3665-3.8-no-answer-cancel" << twoProxies << 0 << 0;
    QTest::newRow("3.9") << "rfc3665-3.9-busy-486" << twoProxies << 0 << 0;
    QTest::newRow("3.10") << "rfc3665-3.10-no-response-408" << twoProxies << 480 << 408;
    QTest::newRow("3.11") << "rfc3665-3.11-unavailable-480" << twoProxies << 0 << 0;
}

void TestRfc3665Flows::flow()
{
    QFETCH(QString, id);
    QFETCH(Lanes, lanes);
    QFETCH(int, allowedFrom);
    QFETCH(int, allowedTo);
    const Lesson *lesson = LessonLibrary::find(id);
    QVERIFY(lesson);
    const QString section = QString::fromLatin1(lesson->reference).section(QLatin1Char(' '), 2, 2);
    QList<Step> expected = rfcFlow(m_rfc, section);
    QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("no message list found for RFC 3665 %1").arg(section)));
    for (Step &s : expected) {
        QVERIFY2(lanes.contains(s.from) && lanes.contains(s.to), qPrintable(s.from + QStringLiteral(" -> ") + s.to));
        s.from = lanes.value(s.from);
        s.to = lanes.value(s.to);
    }
    const ScenarioLoadResult loaded = LessonLibrary::scenario(id);
    QVERIFY2(loaded.isValid(), qPrintable(loaded.error));
    const CallTrace trace = Engine::run(*loaded.scenario);
    QList<Step> actual;
    for (const TraceMessage &m : trace.messages)
        actual.append({trace.nodes[m.from].name(), trace.nodes[m.to].name(), m.label()});
    canonicalOrder(expected);
    canonicalOrder(actual);
    const QString both = QStringLiteral("\nRFC 3665 %1:\n%2\nlesson:\n%3").arg(section, describe(expected), describe(actual));
    QVERIFY2(actual.size() == expected.size(), qPrintable(QStringLiteral("%1 messages, the RFC has %2").arg(actual.size()).arg(expected.size()) + both));
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(sameMessage(expected[i], actual[i], allowedFrom, allowedTo), qPrintable(QStringLiteral("message %1 differs").arg(i + 1) + both));
}

void TestRfc3665Flows::everyRfc3665LessonIsCompared()
{
    // A new RFC 3665 lesson must be added to flow_data().
    QStringList compared;
    compared << "rfc3665-2.1-registration-401" << "rfc3665-2.2-registration-update" << "rfc3665-2.3-registration-query"
             << "rfc3665-2.4-registration-cancel" << "rfc3665-2.5-registration-unsuccessful" << "rfc3665-3.1-session"
             << "rfc3665-3.2-two-proxies" << "rfc3665-3.3-multiple-proxy-auth" << "rfc3665-3.4-proxy-failure"
             << "rfc3665-3.5-alg" << "rfc3665-3.6-redirect-302"
             << "rfc3665-3.7-re-invite" << "rfc3665-3.8-no-answer-cancel" << "rfc3665-3.9-busy-486"
             << "rfc3665-3.10-no-response-408" << "rfc3665-3.11-unavailable-480";
    QStringList lessons;
    for (const QString &id : LessonLibrary::ids()) {
        if (id.startsWith(QLatin1String("rfc3665-")))
            lessons.append(id);
    }
    QCOMPARE(lessons, compared);
}

QTEST_GUILESS_MAIN(TestRfc3665Flows)
#include "tst_rfc3665flows.moc"
