#include "quiz.h"

#include "languagepack.h"
#include "responsecatalog.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace SipLab {

namespace {

const char *const Context = "SipLab::Quiz";

QString responseLabel(int code)
{
    return QStringLiteral("%1 %2").arg(code).arg(ResponseCatalog::reasonPhrase(code));
}

/// Codes a learner could confuse with `code`: the source document's codes of the same class,
/// and for a final error the usual final answers of a call.
QList<int> similarCodes(int code, const QString &method)
{
    // Codes that only make sense for an INVITE (RFC 3261 21.1, 21.4.25; RFC 4028) or only for a
    // REGISTER (21.4.17) are not offered for other requests.
    static const QList<int> inviteOnly = {180, 181, 182, 183, 422, 487, 600, 603, 606};
    static const QList<int> registerOnly = {423};
    const bool invite = method == QLatin1String("INVITE");
    const bool registration = method == QLatin1String("REGISTER");
    QList<int> codes;
    for (const ResponseCodeInfo &info : ResponseCatalog::codes()) {
        if (info.fromDocument && info.code / 100 == code / 100 && info.code != code
            && (invite || !inviteOnly.contains(info.code)) && (registration || !registerOnly.contains(info.code)))
            codes.append(info.code);
    }
    if (!invite) {
        for (int c : {200, 401, 403, 404, 408, 481, 500, 503})
            if (c != code && !codes.contains(c))
                codes.append(c);
        return codes;
    }
    if (code >= 300) {
        for (int c : {200, 486, 480, 404, 408, 487, 500, 503, 603})
            if (c != code && !codes.contains(c))
                codes.append(c);
    } else if (code >= 200) {
        for (int c : {180, 183, 486})
            codes.append(c);
    } else {
        for (int c : {200, 486})
            codes.append(c);
    }
    return codes;
}

/// Requests a learner could expect instead of `method`.
QStringList similarRequests(const QString &method)
{
    static const QMap<QString, QStringList> table = {
        {QStringLiteral("INVITE"), {QStringLiteral("ACK"), QStringLiteral("BYE"), QStringLiteral("CANCEL"), QStringLiteral("PRACK")}},
        {QStringLiteral("ACK"), {QStringLiteral("BYE"), QStringLiteral("INVITE"), QStringLiteral("PRACK"), QStringLiteral("CANCEL")}},
        {QStringLiteral("BYE"), {QStringLiteral("ACK"), QStringLiteral("CANCEL"), QStringLiteral("INVITE")}},
        {QStringLiteral("CANCEL"), {QStringLiteral("BYE"), QStringLiteral("ACK"), QStringLiteral("INVITE")}},
        {QStringLiteral("PRACK"), {QStringLiteral("ACK"), QStringLiteral("UPDATE"), QStringLiteral("BYE")}},
        {QStringLiteral("REGISTER"), {QStringLiteral("INVITE"), QStringLiteral("ACK"), QStringLiteral("OPTIONS")}},
        {QStringLiteral("NOTIFY"), {QStringLiteral("SUBSCRIBE"), QStringLiteral("ACK"), QStringLiteral("REFER")}},
        {QStringLiteral("SUBSCRIBE"), {QStringLiteral("NOTIFY"), QStringLiteral("PUBLISH"), QStringLiteral("ACK")}},
    };
    const QStringList fallback = {QStringLiteral("ACK"), QStringLiteral("INVITE"), QStringLiteral("BYE")};
    QStringList list = table.value(method, fallback);
    list.removeAll(method);
    return list;
}

} // namespace

QString QuizChoice::text(const CallTrace &trace) const
{
    const auto name = [&trace](int i) {
        return i >= 0 && i < trace.nodes.size() ? trace.nodes[i].name() : QStringLiteral("?");
    };
    QString t = QStringLiteral("%1 -> %2: %3").arg(name(from), name(to), label);
    if (retransmission)
        t += QStringLiteral(" (retransmission)");
    return t;
}

QuizChoice Quiz::choiceOf(const TraceMessage &message)
{
    QuizChoice c;
    c.from = message.from;
    c.to = message.to;
    c.label = message.label();
    c.retransmission = message.retransmission;
    return c;
}

QuizQuestion Quiz::question(const CallTrace &trace, int messageIndex, quint32 seed)
{
    QuizQuestion q;
    q.messageIndex = messageIndex;
    if (messageIndex < 0 || messageIndex >= trace.messages.size())
        return q;
    QRandomGenerator random(seed ^ (quint32(messageIndex) * 2654435761u));
    const TraceMessage &m = trace.messages[messageIndex];
    const QuizChoice right = choiceOf(m);

    // Texts no distractor may have: the right answer and every message sent at the same virtual
    // time (their order is a tie the learner cannot know, so they would be right as well).
    QSet<QString> taken{right.text(trace)};
    for (const TraceMessage &other : trace.messages) {
        if (other.sendTimeMs == m.sendTimeMs)
            taken.insert(choiceOf(other).text(trace));
    }

    const int nodeCount = int(trace.nodes.size());
    const auto neighbour = [nodeCount](int node, int away) {
        // The other lane next to `node` (not `away`), or -1.
        for (int n : {node - 1, node + 1})
            if (n >= 0 && n < nodeCount && n != away)
                return n;
        return -1;
    };
    // Group 1: the same label in the wrong direction / to the wrong lane (always available).
    QList<QuizChoice> direction;
    {
        QuizChoice c = right;
        std::swap(c.from, c.to);
        direction.append(c);
        const int other = neighbour(m.from, m.to);
        if (other >= 0) {
            c = right;
            c.to = other;
            direction.append(c);
        }
        const int otherSender = neighbour(m.to, m.from);
        if (otherSender >= 0) {
            c = right;
            c.from = otherSender;
            direction.append(c);
        }
        if (right.retransmission) {
            c = right;
            c.retransmission = false; // "the first transmission again" is a different text
            direction.append(c);
        }
    }
    // Group 2: another label on the same hop.
    QList<QuizChoice> labels;
    if (m.message.isResponse()) {
        const QString method = m.message.header(QStringLiteral("CSeq")).section(QLatin1Char(' '), 1).trimmed();
        for (int code : similarCodes(m.message.statusCode(), method)) {
            QuizChoice c = right;
            c.label = responseLabel(code);
            c.retransmission = false;
            labels.append(c);
        }
    } else {
        for (const QString &method : similarRequests(m.message.method())) {
            QuizChoice c = right;
            c.label = method;
            c.retransmission = false;
            labels.append(c);
        }
    }
    for (QList<QuizChoice> *group : {&direction, &labels})
        std::shuffle(group->begin(), group->end(), random);

    // One or two of each group, then fill from whatever is left.
    QList<QuizChoice> ordered;
    const int fromDirection = 1 + int(random.bounded(2));
    ordered << direction.mid(0, fromDirection) << labels.mid(0, Quiz::MaxChoices - 1 - fromDirection)
            << direction.mid(fromDirection) << labels.mid(Quiz::MaxChoices - 1 - fromDirection);
    QList<QuizChoice> choices{right};
    for (const QuizChoice &c : ordered) {
        if (choices.size() == Quiz::MaxChoices)
            break;
        if (c.from == c.to)
            continue;
        const QString t = c.text(trace);
        if (taken.contains(t))
            continue;
        taken.insert(t);
        choices.append(c);
    }
    std::shuffle(choices.begin(), choices.end(), random);
    q.choices = choices;
    q.correct = int(choices.indexOf(right));
    return q;
}

QString Quiz::explanation(const CallTrace &trace, int messageIndex, Language language)
{
    if (messageIndex < 0 || messageIndex >= trace.messages.size())
        return QString();
    const TraceMessage &m = trace.messages[messageIndex];
    QStringList lines;
    lines << QStringLiteral("F%1 %2").arg(m.fNumber).arg(choiceOf(m).text(trace));
    if (m.lost)
        lines << LanguagePack::text(language, Context, QT_TRANSLATE_NOOP("SipLab::Quiz", "This message is lost on the wire."));
    if (!m.rule.isNull())
        lines << LanguagePack::text(language, Context, QT_TRANSLATE_NOOP("SipLab::Quiz", "Why: %1")).arg(m.rule.toString(language));
    if (m.message.isResponse()) {
        if (const ResponseCodeInfo *info = ResponseCatalog::find(m.message.statusCode())) {
            const QString source = info->fromDocument
                ? LanguagePack::text(language, Context, QT_TRANSLATE_NOOP("SipLab::Quiz", "The source document on %1: %2"))
                : LanguagePack::text(language, Context, QT_TRANSLATE_NOOP("SipLab::Quiz", "The IANA registry on %1: %2"));
            lines << source.arg(QString::number(info->code),
                                ResponseCatalog::text(info->description, language).replace(QLatin1Char('\n'), QLatin1Char(' ')))
                  + QStringLiteral(" (%1)").arg(QString::fromLatin1(info->rfcSection));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace SipLab
