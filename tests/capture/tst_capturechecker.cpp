// CaptureChecker: flows made by the engine, written as pcap by PcapExporter and read back.
// Clean flows give no error; each crafted fault gives its finding at the right message.
#include "textladderexporter.h"
#include "capturecalls.h"
#include "capturefile.h"
#include "engine.h"
#include "exportscenarios.h"
#include "lessonlibrary.h"
#include "pcapexporter.h"
#include "sipparser.h"

#include <QtTest>

using namespace SipLab;

Q_DECLARE_METATYPE(SipLab::Scenario)

namespace {

QList<CapturedCall> roundTrip(const CallTrace &trace)
{
    QString error;
    const QByteArray pcap = PcapExporter::toPcap(trace, &error);
    if (pcap.isEmpty())
        qWarning("%s", qPrintable(error));
    const CaptureReadResult r = CaptureFile::readBytes(pcap, QStringLiteral("crafted.pcap"));
    if (!r.ok())
        qWarning("%s", qPrintable(r.error));
    return CaptureCalls::group(r);
}

/// The message with the first occurrence of `from` replaced by `to` (re-parsed).
SipMessage edited(const SipMessage &m, const QByteArray &from, const QByteArray &to, const QByteArray &from2 = {},
                  const QByteArray &to2 = {})
{
    QByteArray bytes = m.toBytes();
    const int at = int(bytes.indexOf(from));
    if (at < 0)
        qFatal("'%s' not in the message", from.constData());
    bytes.replace(at, from.size(), to);
    if (!from2.isEmpty()) {
        const int at2 = int(bytes.indexOf(from2));
        if (at2 < 0)
            qFatal("'%s' not in the message", from2.constData());
        bytes.replace(at2, from2.size(), to2);
    }
    const SipParseResult r = SipParser::parse(bytes);
    if (!r.isValid())
        qFatal("edited message does not parse: %s", qPrintable(r.error.toString()));
    return *r.message;
}

void renumber(CallTrace &trace)
{
    for (int i = 0; i < trace.messages.size(); ++i)
        trace.messages[i].fNumber = i + 1;
}

int find(const CallTrace &trace, const QString &from, const QString &to, const QString &label, int after = 0)
{
    for (const TraceMessage &m : trace.messages) {
        if (m.fNumber > after && trace.nodes[m.from].name() == from && trace.nodes[m.to].name() == to && m.label() == label)
            return m.fNumber - 1;
    }
    qFatal("no %s -> %s: %s", qPrintable(from), qPrintable(to), qPrintable(label));
    return -1;
}

QString describe(const QList<CaptureFinding> &findings)
{
    QStringList out;
    for (const CaptureFinding &f : findings)
        out.append(f.toString(Language::English));
    return out.join(QLatin1Char('\n'));
}

bool hasFinding(const QList<CaptureFinding> &findings, int f, FindingSeverity severity, const QString &section)
{
    for (const CaptureFinding &x : findings) {
        if (x.fNumber == f && x.severity == severity && x.section() == section)
            return true;
    }
    return false;
}

QStringList errors(const QList<CapturedCall> &calls)
{
    QStringList out;
    for (const CapturedCall &c : calls) {
        for (const CaptureFinding &f : c.findings) {
            if (f.severity == FindingSeverity::Error)
                out.append(f.toString(Language::English));
        }
    }
    return out;
}

} // namespace

class TestCaptureChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanFlowsHaveNoError_data()
    {
        QTest::addColumn<Scenario>("scenario");
        for (const auto &[name, s] : ExportScenarios::all())
            QTest::newRow(qPrintable(name)) << s;
        for (const QString &id : LessonLibrary::ids()) {
            const ScenarioLoadResult loaded = LessonLibrary::scenario(id);
            if (loaded.isValid())
                QTest::newRow(qPrintable(QStringLiteral("lesson ") + id)) << *loaded.scenario;
        }
        Scenario tcp = Scenario::defaultScenario();
        tcp.network.transport = Transport::Tcp;
        QTest::newRow("basic over TCP") << tcp;
    }

    void cleanFlowsHaveNoError()
    {
        QFETCH(Scenario, scenario);
        const CallTrace trace = Engine::run(scenario);
        const QList<CapturedCall> calls = roundTrip(trace);
        QVERIFY(!calls.isEmpty());
        int messages = 0;
        for (const CapturedCall &c : calls)
            messages += int(c.messages.size());
        QCOMPARE(messages, trace.messages.size()); // every message on the wire is in the capture
        const QStringList e = errors(calls);
        QVERIFY2(e.isEmpty(), qPrintable(e.join(QLatin1Char('\n'))));
    }

    void lanesAreNamedFromTheMessages()
    {
        const QList<CapturedCall> calls = roundTrip(Engine::run(Scenario::defaultScenario()));
        QCOMPARE(calls.size(), 1);
        const CallTrace &t = calls.first().trace;
        QCOMPARE(t.nodes.size(), 3);
        QCOMPARE(t.nodes[0].name(), QStringLiteral("alice@atlanta.example"));
        QCOMPARE(t.nodes[0].role, NodeRole::Uac);
        QCOMPARE(t.nodes[1].role, NodeRole::Proxy);
        QCOMPARE(t.nodes[2].role, NodeRole::Uas);
        QVERIFY(TextLadderExporter::list(t, false).startsWith(QStringLiteral("F1 alice@atlanta.example -> ")));
    }

    void forwarded100()
    {
        // A proxy that passes the UAS's 100 Trying upstream (RFC 3261 16.7 step 5).
        CallTrace trace = Engine::run(Scenario::defaultScenario());
        const int ringing = find(trace, QStringLiteral("UAS"), QStringLiteral("P1"), QStringLiteral("180 Ringing"));
        const int ringingUp = find(trace, QStringLiteral("P1"), QStringLiteral("UAC"), QStringLiteral("180 Ringing"));
        TraceMessage tryingIn = trace.messages[ringing];
        tryingIn.message = edited(tryingIn.message, "SIP/2.0 180 Ringing", "SIP/2.0 100 Trying");
        TraceMessage tryingOut = trace.messages[ringingUp];
        tryingOut.message = edited(tryingOut.message, "SIP/2.0 180 Ringing", "SIP/2.0 100 Trying");
        trace.messages.insert(ringing, tryingOut);
        trace.messages.insert(ringing, tryingIn);
        renumber(trace);
        const QList<CapturedCall> calls = roundTrip(trace);
        QCOMPARE(calls.size(), 1);
        const int f = ringing + 2; // the forwarded copy
        QVERIFY2(hasFinding(calls[0].findings, f, FindingSeverity::Error, QStringLiteral("RFC 3261 16.7 step 5")),
                 qPrintable(describe(calls[0].findings)));
        QCOMPARE(errors(calls).size(), 1);
    }

    void ackForNon2xxWithNewBranch()
    {
        Scenario busy = Scenario::defaultScenario();
        busy.uas.responses = {{180, 100, false}, {486, 1000, false}};
        CallTrace trace = Engine::run(busy);
        const int ack = find(trace, QStringLiteral("UAC"), QStringLiteral("P1"), QStringLiteral("ACK"));
        QVERIFY(roundTrip(trace).first().findings.isEmpty());
        trace.messages[ack].message = edited(trace.messages[ack].message, "branch=z9hG4bK", "branch=z9hG4bKnew");
        const QList<CapturedCall> calls = roundTrip(trace);
        QVERIFY2(hasFinding(calls[0].findings, ack + 1, FindingSeverity::Error, QStringLiteral("RFC 3261 17.1.1.3")),
                 qPrintable(describe(calls[0].findings)));
        QCOMPARE(errors(calls).size(), 1);
    }

    void ackFor2xxInTheInviteTransaction()
    {
        CallTrace trace = Engine::run(Scenario::defaultScenario());
        const int ack = find(trace, QStringLiteral("UAC"), QStringLiteral("P1"), QStringLiteral("ACK"));
        const QString inviteBranch = trace.messages[0].message.topVia()->branch();
        const QString ackBranch = trace.messages[ack].message.topVia()->branch();
        trace.messages[ack].message = edited(trace.messages[ack].message, ackBranch.toUtf8(), inviteBranch.toUtf8());
        const QList<CapturedCall> calls = roundTrip(trace);
        QVERIFY2(hasFinding(calls[0].findings, ack + 1, FindingSeverity::Error, QStringLiteral("RFC 3261 13.2.2.4")),
                 qPrintable(describe(calls[0].findings)));
    }

    void noAckFor200()
    {
        CallTrace trace = Engine::run(Scenario::defaultScenario());
        const int ok = find(trace, QStringLiteral("UAS"), QStringLiteral("P1"), QStringLiteral("200 OK"));
        trace.messages.removeIf([](const TraceMessage &m) { return m.message.isRequest() && m.message.method() == QLatin1String("ACK"); });
        renumber(trace);
        const QList<CapturedCall> calls = roundTrip(trace);
        QVERIFY2(hasFinding(calls[0].findings, ok + 1, FindingSeverity::Warning, QStringLiteral("RFC 3261 13.2.2.4")),
                 qPrintable(describe(calls[0].findings)));
    }

    void lostAckMakesThe2xxComeAgain()
    {
        // The engine loses the ACK: the UAS retransmits its 200 (RFC 3261 13.3.1.4).
        Scenario s = Scenario::defaultScenario();
        const CallTrace clean = Engine::run(s);
        const int ack = find(clean, QStringLiteral("P1"), QStringLiteral("UAS"), QStringLiteral("ACK"));
        s.network.drop = {ack + 1};
        const CallTrace trace = Engine::run(s);
        const QList<CapturedCall> calls = roundTrip(trace);
        int resent = -1;
        for (const TraceMessage &m : calls[0].trace.messages) {
            if (m.retransmission && m.label() == QLatin1String("200 OK") && calls[0].trace.nodes[m.from].role == NodeRole::Uas) {
                resent = m.fNumber;
                break;
            }
        }
        QVERIFY(resent > 0);
        QVERIFY2(hasFinding(calls[0].findings, resent, FindingSeverity::Warning, QStringLiteral("RFC 3261 13.3.1.4")),
                 qPrintable(describe(calls[0].findings)));
        QVERIFY2(errors(calls).isEmpty(), qPrintable(errors(calls).join('\n')));
    }

    void cseqNotIncreasedAfter407()
    {
        Scenario auth = Scenario::defaultScenario();
        auth.auth = AuthAt::Proxy;
        CallTrace trace = Engine::run(auth);
        const int challenge = find(trace, QStringLiteral("P1"), QStringLiteral("UAC"), QStringLiteral("407 Proxy Authentication Required"));
        const int retry = find(trace, QStringLiteral("UAC"), QStringLiteral("P1"), QStringLiteral("INVITE"), challenge + 1);
        QVERIFY(trace.messages[retry].message.hasHeader(QStringLiteral("Proxy-Authorization")));
        trace.messages[retry].message = edited(trace.messages[retry].message, "CSeq: 2 INVITE", "CSeq: 1 INVITE");
        const QList<CapturedCall> calls = roundTrip(trace);
        QVERIFY2(hasFinding(calls[0].findings, retry + 1, FindingSeverity::Error, QStringLiteral("RFC 3261 8.1.3.5, 22.2")),
                 qPrintable(describe(calls[0].findings)));
    }

    void maxForwardsNotDecremented()
    {
        CallTrace trace = Engine::run(Scenario::defaultScenario());
        const int forwarded = find(trace, QStringLiteral("P1"), QStringLiteral("UAS"), QStringLiteral("INVITE"));
        trace.messages[forwarded].message = edited(trace.messages[forwarded].message, "Max-Forwards: 69", "Max-Forwards: 70");
        const QList<CapturedCall> calls = roundTrip(trace);
        QVERIFY2(hasFinding(calls[0].findings, forwarded + 1, FindingSeverity::Error, QStringLiteral("RFC 3261 16.6 step 3")),
                 qPrintable(describe(calls[0].findings)));
    }

    void missingHeaderToTagContactAndCookie()
    {
        CallTrace trace = Engine::run(Scenario::defaultScenario());
        const int ok = find(trace, QStringLiteral("UAS"), QStringLiteral("P1"), QStringLiteral("200 OK"));
        SipMessage &m = trace.messages[ok].message;
        m.removeHeader(QStringLiteral("Contact"));
        const int ringing = find(trace, QStringLiteral("UAS"), QStringLiteral("P1"), QStringLiteral("180 Ringing"));
        NameAddr to = trace.messages[ringing].message.to();
        to.removeParam(QStringLiteral("tag"));
        trace.messages[ringing].message.setHeader(QStringLiteral("To"), to.toString());
        trace.messages[0].message.removeHeader(QStringLiteral("Max-Forwards"));
        const QList<CapturedCall> calls = roundTrip(trace);
        const QList<CaptureFinding> &f = calls[0].findings;
        QVERIFY2(hasFinding(f, 1, FindingSeverity::Error, QStringLiteral("RFC 3261 8.1.1")), qPrintable(describe(f)));
        QVERIFY2(hasFinding(f, ringing + 1, FindingSeverity::Error, QStringLiteral("RFC 3261 8.2.6.2")), qPrintable(describe(f)));
        QVERIFY2(hasFinding(f, ok + 1, FindingSeverity::Error, QStringLiteral("RFC 3261 12.1.1")), qPrintable(describe(f)));
    }

    void cancelAfterFinalAndUnknown()
    {
        Scenario busy = Scenario::defaultScenario();
        busy.uas.responses = {{180, 100, false}, {486, 1000, false}};
        CallTrace trace = Engine::run(busy);
        const int ack = find(trace, QStringLiteral("UAC"), QStringLiteral("P1"), QStringLiteral("ACK"));
        // A CANCEL after the 486 (built from the INVITE), and one for CSeq 9 that never was.
        TraceMessage cancel = trace.messages[0];
        cancel.message = edited(cancel.message, "INVITE sip:", "CANCEL sip:", "CSeq: 1 INVITE", "CSeq: 1 CANCEL");
        cancel.message.setBody(QByteArray());
        TraceMessage unknown = cancel;
        unknown.message = edited(unknown.message, "CSeq: 1 CANCEL", "CSeq: 9 CANCEL");
        trace.messages.insert(ack + 1, unknown);
        trace.messages.insert(ack + 1, cancel);
        renumber(trace);
        const QList<CapturedCall> calls = roundTrip(trace);
        const QList<CaptureFinding> &f = calls[0].findings;
        QVERIFY2(hasFinding(f, ack + 2, FindingSeverity::Warning, QStringLiteral("RFC 3261 9.1")), qPrintable(describe(f)));
        QVERIFY2(hasFinding(f, ack + 3, FindingSeverity::Warning, QStringLiteral("RFC 3261 9.1")), qPrintable(describe(f)));
    }

    void branchWithoutCookieIsANote()
    {
        CallTrace trace = Engine::run(Scenario::defaultScenario());
        trace.messages[0].message = edited(trace.messages[0].message, "branch=z9hG4bK", "branch=old");
        const QList<CapturedCall> calls = roundTrip(trace);
        QVERIFY2(hasFinding(calls[0].findings, 1, FindingSeverity::Note, QStringLiteral("RFC 3261 8.1.1.7")),
                 qPrintable(describe(calls[0].findings)));
    }

    void retransmissionIntervals()
    {
        // The INVITE sent at 0, 500, 1000, 1500 ms: not doubling (RFC 3261 17.1.1.2) -> a note
        // at the third send; the engine's own lost INVITE (0, 500, 1500 ...) gives none.
        Scenario lost = Scenario::defaultScenario();
        lost.network.drop = {1, 2};
        CallTrace trace = Engine::run(lost);
        QVERIFY(trace.messages[1].retransmission);
        const QList<CapturedCall> clean = roundTrip(trace);
        for (const CaptureFinding &f : clean[0].findings)
            QVERIFY2(f.section() != QLatin1String("RFC 3261 17.1.1.2"), qPrintable(describe(clean[0].findings)));
        CallTrace flat = trace;
        flat.messages.clear();
        TraceMessage invite = trace.messages[0];
        for (int i = 0; i < 4; ++i) {
            invite.sendTimeMs = invite.receiveTimeMs = 500 * i;
            flat.messages.append(invite);
        }
        renumber(flat);
        const QList<CapturedCall> calls = roundTrip(flat);
        QVERIFY2(hasFinding(calls[0].findings, 3, FindingSeverity::Note, QStringLiteral("RFC 3261 17.1.1.2")),
                 qPrintable(describe(calls[0].findings)));
        QVERIFY(calls[0].trace.messages[1].retransmission);
    }
};

QTEST_GUILESS_MAIN(TestCaptureChecker)
#include "tst_capturechecker.moc"
