#include "calltrace.h"

#include "languagepack.h"
#include "scenariofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SipLab {

namespace {
const char *const RulesContext = "SipLab::Rules";

QString roleName(NodeRole role)
{
    switch (role) {
    case NodeRole::Uac:
        return QStringLiteral("uac");
    case NodeRole::Proxy:
        return QStringLiteral("proxy");
    case NodeRole::Uas:
        return QStringLiteral("uas");
    }
    return QString();
}

QString annotationKindName(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Timer:
        return QStringLiteral("timer");
    case AnnotationKind::TransactionState:
        return QStringLiteral("transaction");
    case AnnotationKind::DialogState:
        return QStringLiteral("dialog");
    case AnnotationKind::Note:
        return QStringLiteral("note");
    }
    return QString();
}

QJsonValue ruleJson(const TraceRule &rule)
{
    if (rule.isNull())
        return QJsonValue::Null;
    QJsonObject o;
    o.insert(QStringLiteral("en"), rule.explanation(Language::English));
    o.insert(QStringLiteral("zh"), rule.explanation(Language::Chinese));
    o.insert(QStringLiteral("section"), QString::fromLatin1(rule.section ? rule.section : ""));
    return o;
}
} // namespace

QString TraceRule::explanation(Language language) const
{
    if (!text)
        return QString();
    return LanguagePack::text(language, RulesContext, text);
}

QString TraceRule::toString(Language language) const
{
    if (!text)
        return QString();
    if (!section || !*section)
        return explanation(language);
    return QStringLiteral("%1 (%2)").arg(explanation(language), QString::fromLatin1(section));
}

QString TraceMessage::label() const
{
    if (message.isRequest())
        return message.method();
    return QStringLiteral("%1 %2").arg(message.statusCode()).arg(message.reasonPhrase());
}

QString TraceMessage::labelWithFlags() const
{
    QString text = label();
    if (retransmission)
        text += QStringLiteral(" (retransmission)");
    if (lost)
        text += QStringLiteral(" (lost)");
    return text;
}

int CallTrace::nodeIndex(const QString &name) const
{
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes[i].name() == name)
            return i;
    }
    return -1;
}

QString CallTrace::nodeIdentifier(int node) const
{
    const QString name = nodes.value(node).name();
    bool ok = !name.isEmpty() && name.at(0).isLetter();
    for (QChar c : name)
        ok = ok && c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('_'));
    return ok ? name : QStringLiteral("N%1").arg(node);
}

QByteArray CallTrace::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("siplab-trace"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("scenario"), ScenarioFile::toJsonObject(scenario));

    QJsonArray nodeArray;
    for (const TraceNode &n : nodes) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), n.name());
        o.insert(QStringLiteral("role"), roleName(n.role));
        o.insert(QStringLiteral("aor"), n.address.aor());
        o.insert(QStringLiteral("host"), n.address.host);
        o.insert(QStringLiteral("ip"), n.address.ip);
        o.insert(QStringLiteral("port"), n.address.port);
        nodeArray.append(o);
    }
    root.insert(QStringLiteral("nodes"), nodeArray);

    QJsonArray messageArray;
    for (const TraceMessage &m : messages) {
        QJsonObject o;
        o.insert(QStringLiteral("f"), m.fNumber);
        o.insert(QStringLiteral("sendTimeMs"), m.sendTimeMs);
        o.insert(QStringLiteral("receiveTimeMs"), m.lost ? QJsonValue(QJsonValue::Null) : QJsonValue(m.receiveTimeMs));
        o.insert(QStringLiteral("from"), nodes.value(m.from).name());
        o.insert(QStringLiteral("to"), nodes.value(m.to).name());
        o.insert(QStringLiteral("label"), m.label());
        o.insert(QStringLiteral("transaction"), m.transaction);
        o.insert(QStringLiteral("retransmission"), m.retransmission);
        o.insert(QStringLiteral("lost"), m.lost);
        o.insert(QStringLiteral("rule"), ruleJson(m.rule));
        o.insert(QStringLiteral("message"), QString::fromUtf8(m.message.toBytes()));
        messageArray.append(o);
    }
    root.insert(QStringLiteral("messages"), messageArray);

    QJsonArray annotationArray;
    for (const TraceAnnotation &a : annotations) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), annotationKindName(a.kind));
        o.insert(QStringLiteral("timeMs"), a.timeMs);
        o.insert(QStringLiteral("node"), nodes.value(a.node).name());
        o.insert(QStringLiteral("subject"), a.subject);
        o.insert(QStringLiteral("state"), a.state);
        o.insert(QStringLiteral("afterMessage"), a.afterMessage);
        o.insert(QStringLiteral("rule"), ruleJson(a.rule));
        annotationArray.append(o);
    }
    root.insert(QStringLiteral("annotations"), annotationArray);
    root.insert(QStringLiteral("outcome"), ruleJson(outcome));
    root.insert(QStringLiteral("finalStatus"), finalStatus);
    root.insert(QStringLiteral("endTimeMs"), endTimeMs);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace SipLab
