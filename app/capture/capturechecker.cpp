#include "capturechecker.h"

#include "capturecalls.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace SipLab {

namespace {

// The findings' texts, in context "SipLab::Rules" like the engine's rules (Chinese in the .ts).
constexpr TraceRule ParseError{QT_TRANSLATE_NOOP("SipLab::Rules", "The message does not parse: %1"), "RFC 3261 7"};
constexpr TraceRule MissingRequestHeader{
    QT_TRANSLATE_NOOP("SipLab::Rules", "The %1 header is missing: every request carries To, From, CSeq, Call-ID, Max-Forwards and Via"),
    "RFC 3261 8.1.1"};
constexpr TraceRule MissingResponseHeader{
    QT_TRANSLATE_NOOP("SipLab::Rules", "The %1 header is missing: a response copies From, Call-ID, CSeq, Via and To from the request"),
    "RFC 3261 8.2.6.2"};
constexpr TraceRule NoToTag{
    QT_TRANSLATE_NOOP("SipLab::Rules", "The %1 response has no To tag: every response except 100 carries the tag of the UAS"),
    "RFC 3261 8.2.6.2"};
constexpr TraceRule Forwarded100{
    QT_TRANSLATE_NOOP("SipLab::Rules", "A stateful proxy forwarded a 100 Trying: it answers 100 itself, hop by hop, and never forwards one"),
    "RFC 3261 16.7 step 5"};
constexpr TraceRule MaxForwardsKept{
    QT_TRANSLATE_NOOP("SipLab::Rules", "The proxy forwarded the request with Max-Forwards %1 (it received %2): it must decrement it by one"),
    "RFC 3261 16.6 step 3"};
constexpr TraceRule AckNon2xxNewBranch{
    QT_TRANSLATE_NOOP("SipLab::Rules", "The ACK for the %1 has a new branch: the ACK for a non-2xx final response belongs to the INVITE's transaction and carries its branch"),
    "RFC 3261 17.1.1.3"};
constexpr TraceRule Ack2xxSameBranch{
    QT_TRANSLATE_NOOP("SipLab::Rules", "The ACK for the %1 reuses the INVITE's branch: the ACK for a 2xx is a new transaction with a new branch"),
    "RFC 3261 13.2.2.4"};
constexpr TraceRule TwoXxResent{
    QT_TRANSLATE_NOOP("SipLab::Rules", "The %1 is sent again because no ACK arrived: the UAS retransmits a 2xx to INVITE until the ACK comes"),
    "RFC 3261 13.3.1.4"};
constexpr TraceRule NoAck{
    QT_TRANSLATE_NOOP("SipLab::Rules", "No ACK for this %1 to INVITE is in the capture: the UAC must acknowledge every 2xx"),
    "RFC 3261 13.2.2.4"};
constexpr TraceRule CSeqNotIncreased{
    QT_TRANSLATE_NOOP("SipLab::Rules", "The retry with credentials has CSeq %1, not more than the challenged request's %2: a retry is a new request with CSeq + 1"),
    "RFC 3261 8.1.3.5, 22.2"};
constexpr TraceRule CancelAfterFinal{
    QT_TRANSLATE_NOOP("SipLab::Rules", "CANCEL sent after the final response %1: it has no effect, a CANCEL only stops a pending INVITE"),
    "RFC 3261 9.1"};
constexpr TraceRule CancelUnknown{
    QT_TRANSLATE_NOOP("SipLab::Rules", "CANCEL for a transaction not in the capture: no INVITE with CSeq %1 went this way first (the UAS answers 481)"),
    "RFC 3261 9.1"};
constexpr TraceRule CancelBranch{
    QT_TRANSLATE_NOOP("SipLab::Rules", "The CANCEL's branch differs from the INVITE's: a CANCEL carries the Via of the request it cancels"),
    "RFC 3261 9.1"};
constexpr TraceRule NoCookie{
    QT_TRANSLATE_NOOP("SipLab::Rules", "The branch '%1' lacks the z9hG4bK cookie: an RFC 2543 element, whose transactions are matched by the older rules"),
    "RFC 3261 8.1.1.7"};
constexpr TraceRule NoContact2xx{
    QT_TRANSLATE_NOOP("SipLab::Rules", "The %1 to INVITE has no Contact: the UAS must give the address of the dialog's remote target"),
    "RFC 3261 12.1.1"};
constexpr TraceRule IntervalsOff{
    QT_TRANSLATE_NOOP("SipLab::Rules", "Retransmission intervals %1 ms do not follow T1 doubling (500, 1000, 2000 ms ...)"),
    "RFC 3261 17.1.1.2"};

struct Checker
{
    const CapturedCall &call;
    const QList<TraceMessage> &msgs;
    QList<CaptureFinding> findings;

    void add(int index, FindingSeverity severity, const TraceRule &rule, const QStringList &args = {})
    {
        findings.append(CaptureFinding{msgs[index].fNumber, severity, rule, args});
    }
    bool forwarded(int i) const { return call.forwardedFrom.value(i, -1) >= 0; }
    static QString branch(const SipMessage &m)
    {
        const auto v = m.topVia();
        return v ? v->branch() : QString();
    }
    static quint32 cseqNumber(const SipMessage &m)
    {
        const auto c = m.cseq();
        return c ? c->number : 0;
    }
    static QString cseqMethod(const SipMessage &m)
    {
        const auto c = m.cseq();
        return c ? c->method : QString();
    }
    /// The latest INVITE before `before` sent on the hop from -> to with this CSeq number.
    int inviteOnHop(int before, int from, int to, quint32 number) const
    {
        for (int j = before - 1; j >= 0; --j) {
            const TraceMessage &m = msgs[j];
            if (m.from == from && m.to == to && m.message.isRequest() && m.message.method() == QLatin1String("INVITE")
                && cseqNumber(m.message) == number)
                return j;
        }
        return -1;
    }
    /// The first final response to that INVITE on the way back, between the INVITE and `before`.
    int finalOnHop(int invite, int before) const
    {
        const TraceMessage &inv = msgs[invite];
        for (int k = invite + 1; k < before; ++k) {
            const TraceMessage &r = msgs[k];
            if (r.from == inv.to && r.to == inv.from && r.message.isResponse() && r.message.statusCode() >= 200
                && cseqMethod(r.message) == QLatin1String("INVITE") && cseqNumber(r.message) == cseqNumber(inv.message))
                return k;
        }
        return -1;
    }

    void run()
    {
        QSet<int> cookieNoted;
        QHash<QByteArray, QList<int>> sends; // same sender, receiver and bytes -> every send
        for (int i = 0; i < msgs.size(); ++i) {
            const TraceMessage &tm = msgs[i];
            const SipMessage &m = tm.message;
            const CapturedMessage &cm = call.messages[i];
            sends[cm.payload.srcAddress().toLatin1() + '>' + cm.payload.dstAddress().toLatin1() + '\n' + cm.payload.bytes].append(i);
            if (tm.retransmission) {
                // RFC 3261 13.3.1.4: a 2xx to INVITE is retransmitted only while no ACK comes.
                if (m.isResponse() && m.statusCode() >= 200 && m.statusCode() < 300 && cseqMethod(m) == QLatin1String("INVITE"))
                    add(i, FindingSeverity::Warning, TwoXxResent, {tm.label()});
                continue;
            }
            if (!cm.parseError.isEmpty())
                add(i, FindingSeverity::Error, ParseError, {cm.parseError});
            checkHeaders(i);
            if (m.isResponse())
                checkResponse(i);
            else
                checkRequest(i, &cookieNoted);
        }
        checkIntervals(sends);
        std::stable_sort(findings.begin(), findings.end(),
                         [](const CaptureFinding &a, const CaptureFinding &b) { return a.fNumber < b.fNumber; });
    }

    void checkHeaders(int i)
    {
        const SipMessage &m = msgs[i].message;
        // RFC 3261 8.1.1: To, From, CSeq, Call-ID, Max-Forwards and Via in every request;
        // 8.2.6.2: a response copies From, Call-ID, CSeq, Via (and To).
        static const QStringList requestHeaders = {QStringLiteral("To"), QStringLiteral("From"), QStringLiteral("CSeq"),
                                                   QStringLiteral("Call-ID"), QStringLiteral("Max-Forwards"), QStringLiteral("Via")};
        static const QStringList responseHeaders = {QStringLiteral("To"), QStringLiteral("From"), QStringLiteral("CSeq"),
                                                    QStringLiteral("Call-ID"), QStringLiteral("Via")};
        for (const QString &h : m.isRequest() ? requestHeaders : responseHeaders) {
            if (!m.hasHeader(h))
                add(i, FindingSeverity::Error, m.isRequest() ? MissingRequestHeader : MissingResponseHeader, {h});
        }
    }

    void checkResponse(int i)
    {
        const TraceMessage &tm = msgs[i];
        const SipMessage &m = tm.message;
        const int code = m.statusCode();
        // RFC 3261 8.2.6.2: every response but 100 carries a To tag.
        if (code > 100 && m.hasHeader(QStringLiteral("To")) && m.to().tag().isEmpty())
            add(i, FindingSeverity::Error, NoToTag, {QString::number(code)});
        // RFC 3261 16.7 step 5: a stateful proxy MUST NOT forward any 100 (Trying).
        if (code == 100 && forwarded(i))
            add(i, FindingSeverity::Error, Forwarded100);
        if (code >= 200 && code < 300 && cseqMethod(m) == QLatin1String("INVITE")) {
            // RFC 3261 12.1.1: the 2xx to INVITE MUST carry a Contact.
            if (!m.hasHeader(QStringLiteral("Contact")))
                add(i, FindingSeverity::Error, NoContact2xx, {tm.label()});
            // RFC 3261 13.2.2.4: the UAC MUST send an ACK for every 2xx. Only a first copy that
            // is not a forward of one already checked.
            if (!forwarded(i)) {
                bool acked = false, resent = false;
                for (int k = i + 1; k < msgs.size() && !acked; ++k) {
                    const SipMessage &a = msgs[k].message;
                    acked = a.isRequest() && a.method() == QLatin1String("ACK") && cseqNumber(a) == cseqNumber(m);
                    resent = resent || (msgs[k].retransmission && msgs[k].message == m);
                }
                if (!acked)
                    add(i, resent ? FindingSeverity::Error : FindingSeverity::Warning, NoAck, {tm.label()});
            }
        }
    }

    void checkRequest(int i, QSet<int> *cookieNoted)
    {
        const TraceMessage &tm = msgs[i];
        const SipMessage &m = tm.message;
        const QString method = m.method();
        const QString br = branch(m);
        // RFC 3261 8.1.1.7: the branch starts with the magic cookie z9hG4bK (note once per lane).
        if (!br.isEmpty() && !br.startsWith(QLatin1String("z9hG4bK")) && !cookieNoted->contains(tm.from)) {
            cookieNoted->insert(tm.from);
            add(i, FindingSeverity::Note, NoCookie, {br});
        }
        // RFC 3261 16.6 step 3: the proxy decrements Max-Forwards by one.
        if (forwarded(i)) {
            const SipMessage &in = msgs[call.forwardedFrom[i]].message;
            const int received = in.maxForwards(), sent = m.maxForwards();
            if (received >= 0 && sent >= received)
                add(i, FindingSeverity::Error, MaxForwardsKept, {QString::number(sent), QString::number(received)});
            return; // the rest concerns the element that created the request
        }
        if (method == QLatin1String("ACK")) {
            const int invite = inviteOnHop(i, tm.from, tm.to, cseqNumber(m));
            const int final = invite < 0 ? -1 : finalOnHop(invite, i);
            if (final >= 0) {
                const int code = msgs[final].message.statusCode();
                const QString inviteBranch = branch(msgs[invite].message);
                if (code >= 300 && br != inviteBranch) // RFC 3261 17.1.1.3
                    add(i, FindingSeverity::Error, AckNon2xxNewBranch, {msgs[final].label()});
                else if (code < 300 && br == inviteBranch && inviteBranch.startsWith(QLatin1String("z9hG4bK"))) // 13.2.2.4
                    add(i, FindingSeverity::Error, Ack2xxSameBranch, {msgs[final].label()});
            }
        } else if (method == QLatin1String("CANCEL")) {
            // RFC 3261 9.1: same CSeq number and top Via branch as the INVITE; useless after its final response.
            const int invite = inviteOnHop(i, tm.from, tm.to, cseqNumber(m));
            if (invite < 0) {
                add(i, FindingSeverity::Warning, CancelUnknown, {QString::number(cseqNumber(m))});
            } else {
                if (branch(msgs[invite].message) != br)
                    add(i, FindingSeverity::Error, CancelBranch);
                const int final = finalOnHop(invite, i);
                if (final >= 0)
                    add(i, FindingSeverity::Warning, CancelAfterFinal, {msgs[final].label()});
            }
        } else if (m.hasHeader(QStringLiteral("Authorization")) || m.hasHeader(QStringLiteral("Proxy-Authorization"))) {
            // RFC 3261 8.1.3.5, 22.2: the retry after 401/407 is a new request, CSeq + 1.
            for (int k = i - 1; k >= 0; --k) {
                const TraceMessage &r = msgs[k];
                const int code = r.message.statusCode();
                if (r.message.isResponse() && (code == 401 || code == 407) && r.to == tm.from && cseqMethod(r.message) == method) {
                    if (cseqNumber(m) <= cseqNumber(r.message))
                        add(i, FindingSeverity::Error, CSeqNotIncreased,
                            {QString::number(cseqNumber(m)), QString::number(cseqNumber(r.message))});
                    break;
                }
            }
        }
    }

    void checkIntervals(const QHash<QByteArray, QList<int>> &sends)
    {
        // RFC 3261 17.1.1.2 / 17.1.2.2 / 13.3.1.4: over UDP the intervals start at T1 and double
        // (capped at T2 = 4 s except for INVITE requests).
        QList<QList<int>> groups;
        for (const QList<int> &g : sends) {
            if (g.size() >= 3)
                groups.append(g);
        }
        std::sort(groups.begin(), groups.end(), [](const QList<int> &a, const QList<int> &b) { return a.first() < b.first(); });
        for (const QList<int> &g : std::as_const(groups)) {
            const SipMessage &m = msgs[g.first()].message;
            if (call.messages[g.first()].payload.tcp)
                continue;
            const bool request = m.isRequest();
            if (request && m.method() == QLatin1String("ACK"))
                continue; // ACKs answer retransmitted final responses
            if (!request && !(m.statusCode() >= 200 && m.statusCode() < 300 && cseqMethod(m) == QLatin1String("INVITE")))
                continue; // other responses answer retransmitted requests
            const bool capped = !(request && m.method() == QLatin1String("INVITE"));
            QList<qint64> intervals;
            for (int k = 1; k < g.size(); ++k)
                intervals.append((call.messages[g[k]].payload.timeUs - call.messages[g[k - 1]].payload.timeUs) / 1000);
            int off = -1;
            for (int k = 1; k < intervals.size() && off < 0; ++k) {
                qint64 expected = intervals[k - 1] * 2;
                if (capped)
                    expected = qMin<qint64>(expected, qMax<qint64>(4000, intervals[k - 1]));
                const qint64 slack = qMax<qint64>(50, expected * 3 / 10);
                if (qAbs(intervals[k] - expected) > slack)
                    off = k;
            }
            if (off < 0)
                continue;
            QStringList shown;
            for (qint64 v : std::as_const(intervals))
                shown.append(QString::number(v));
            add(g[off + 1], FindingSeverity::Note, IntervalsOff, {shown.join(QStringLiteral(", "))});
        }
    }
};

} // namespace

QList<CaptureFinding> CaptureChecker::check(const CapturedCall &call)
{
    Checker checker{call, call.trace.messages, {}};
    checker.run();
    return checker.findings;
}

} // namespace SipLab
