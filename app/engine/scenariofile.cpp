#include "scenariofile.h"

#include "scenarionames.h"
#include "scenariorules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace SipLab {

const QString ScenarioFile::FormatName = QStringLiteral("siplab-scenario");

namespace {

/// Walks a JSON object, converting fields and recording the first error with its path.
class Reader
{
public:
    QString error;
    bool failed() const { return !error.isEmpty(); }
    void fail(const QString &path, const QString &reason)
    {
        if (error.isEmpty())
            error = path.isEmpty() ? reason : path + QStringLiteral(": ") + reason;
    }

    static QString typeName(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return QStringLiteral("a boolean");
        case QJsonValue::Double:
            return QStringLiteral("a number");
        case QJsonValue::String:
            return QStringLiteral("a string");
        case QJsonValue::Array:
            return QStringLiteral("an array");
        case QJsonValue::Object:
            return QStringLiteral("an object");
        case QJsonValue::Undefined:
            break;
        }
        return QStringLiteral("nothing");
    }

    void checkKeys(const QJsonObject &o, const QString &path, const QStringList &known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key())) {
                fail(join(path, it.key()), QStringLiteral("unknown field (known fields: %1)").arg(known.join(QStringLiteral(", "))));
                return;
            }
        }
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    void readInt(const QJsonObject &o, const QString &path, const QString &key, int &target, int min, int max)
    {
        if (!o.contains(key))
            return;
        const QJsonValue v = o.value(key);
        const QString p = join(path, key);
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble()))) {
            fail(p, QStringLiteral("expected an integer, got %1").arg(typeName(v)));
            return;
        }
        const double d = v.toDouble();
        if (d < min || d > max) {
            fail(p, QStringLiteral("%1 is out of range (%2-%3)").arg(qint64(d)).arg(min).arg(max));
            return;
        }
        target = int(d);
    }

    void readBool(const QJsonObject &o, const QString &path, const QString &key, bool &target)
    {
        if (!o.contains(key))
            return;
        const QJsonValue v = o.value(key);
        if (!v.isBool()) {
            fail(join(path, key), QStringLiteral("expected true or false, got %1").arg(typeName(v)));
            return;
        }
        target = v.toBool();
    }

    void readString(const QJsonObject &o, const QString &path, const QString &key, QString &target, bool allowEmpty = true)
    {
        if (!o.contains(key))
            return;
        const QJsonValue v = o.value(key);
        if (!v.isString()) {
            fail(join(path, key), QStringLiteral("expected a string, got %1").arg(typeName(v)));
            return;
        }
        if (!allowEmpty && v.toString().trimmed().isEmpty()) {
            fail(join(path, key), QStringLiteral("must not be empty"));
            return;
        }
        target = v.toString();
    }

    template<typename E>
    void readEnum(const QJsonObject &o, const QString &path, const QString &key, E &target,
                  const QList<QPair<QString, E>> &values)
    {
        if (!o.contains(key))
            return;
        const QJsonValue v = o.value(key);
        QStringList names;
        for (const auto &pair : values)
            names.append(QLatin1Char('"') + pair.first + QLatin1Char('"'));
        const QString expected = names.join(QStringLiteral(", "));
        if (!v.isString()) {
            fail(join(path, key), QStringLiteral("expected one of %1, got %2").arg(expected, typeName(v)));
            return;
        }
        for (const auto &pair : values) {
            if (pair.first == v.toString()) {
                target = pair.second;
                return;
            }
        }
        fail(join(path, key), QStringLiteral("expected one of %1, got \"%2\"").arg(expected, v.toString()));
    }

    bool object(const QJsonObject &parent, const QString &path, const QString &key, QJsonObject &out)
    {
        if (!parent.contains(key))
            return false;
        const QJsonValue v = parent.value(key);
        if (!v.isObject()) {
            fail(join(path, key), QStringLiteral("expected an object, got %1").arg(typeName(v)));
            return false;
        }
        out = v.toObject();
        return true;
    }

    void readAddress(const QJsonObject &parent, const QString &path, NodeAddress &a)
    {
        QJsonObject o;
        if (!object(parent, path, QStringLiteral("address"), o))
            return;
        const QString p = join(path, QStringLiteral("address"));
        checkKeys(o, p, {QStringLiteral("name"), QStringLiteral("user"), QStringLiteral("domain"), QStringLiteral("host"),
                         QStringLiteral("ip"), QStringLiteral("port")});
        readString(o, p, QStringLiteral("name"), a.name, false);
        readString(o, p, QStringLiteral("user"), a.user);
        readString(o, p, QStringLiteral("domain"), a.domain, false);
        readString(o, p, QStringLiteral("host"), a.host, false);
        readString(o, p, QStringLiteral("ip"), a.ip, false);
        readInt(o, p, QStringLiteral("port"), a.port, 1, 65535);
    }

    void readAnswers(const QJsonObject &parent, const QString &path, QMap<QString, int> &answers)
    {
        QJsonObject o;
        if (!object(parent, path, QStringLiteral("answers"), o))
            return;
        answers.clear();
        const QString p = join(path, QStringLiteral("answers"));
        for (auto it = o.begin(); it != o.end(); ++it) {
            int code = 0;
            readInt(o, p, it.key(), code, 100, 699);
            if (failed())
                return;
            answers.insert(it.key(), code);
        }
    }

    void readStringList(const QJsonObject &o, const QString &path, const QString &key, QStringList &target)
    {
        if (!o.contains(key))
            return;
        const QJsonValue v = o.value(key);
        if (!v.isArray()) {
            fail(join(path, key), QStringLiteral("expected an array of lane names, got %1").arg(typeName(v)));
            return;
        }
        target.clear();
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (!a[i].isString() || a[i].toString().isEmpty()) {
                fail(QStringLiteral("%1[%2]").arg(join(path, key)).arg(i),
                     QStringLiteral("expected a lane name, got %1").arg(typeName(a[i])));
                return;
            }
            target.append(a[i].toString());
        }
    }

    /// A callee device: "uas", or "forking.devices[i]".
    void readUas(const QJsonObject &o, const QString &p, UasSettings &uas)
    {
        checkKeys(o, p,
                  {QStringLiteral("address"), QStringLiteral("responses"), QStringLiteral("retryResponses"),
                   QStringLiteral("retryAfter"), QStringLiteral("answers")});
        readAddress(o, p, uas.address);
        readSteps(o, p, QStringLiteral("responses"), uas.responses);
        readSteps(o, p, QStringLiteral("retryResponses"), uas.retryResponses);
        readInt(o, p, QStringLiteral("retryAfter"), uas.retryAfter, 0, 86400);
        readAnswers(o, p, uas.answers);
    }

    void readSteps(const QJsonObject &parent, const QString &path, const QString &key, QList<ResponseStep> &steps)
    {
        if (!parent.contains(key))
            return;
        const QJsonValue v = parent.value(key);
        const QString p = join(path, key);
        if (!v.isArray()) {
            fail(p, QStringLiteral("expected an array, got %1").arg(typeName(v)));
            return;
        }
        steps.clear();
        const QJsonArray array = v.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString ip = QStringLiteral("%1[%2]").arg(p).arg(i);
            if (!array[i].isObject()) {
                fail(ip, QStringLiteral("expected an object, got %1").arg(typeName(array[i])));
                return;
            }
            const QJsonObject o = array[i].toObject();
            checkKeys(o, ip, {QStringLiteral("code"), QStringLiteral("delayMs"), QStringLiteral("reliable")});
            if (!o.contains(QStringLiteral("code"))) {
                fail(join(ip, QStringLiteral("code")), QStringLiteral("missing"));
                return;
            }
            ResponseStep s;
            if (o.value(QStringLiteral("code")).isDouble()) {
                const double d = o.value(QStringLiteral("code")).toDouble();
                if (d < 100 || d > 699 || d != double(int(d))) {
                    fail(join(ip, QStringLiteral("code")), QStringLiteral("%1 is not a response code (100-699)").arg(d));
                    return;
                }
            }
            readInt(o, ip, QStringLiteral("code"), s.code, 100, 699);
            readInt(o, ip, QStringLiteral("delayMs"), s.delayMs, 0, 3600000);
            readBool(o, ip, QStringLiteral("reliable"), s.reliable);
            if (failed())
                return;
            steps.append(s);
        }
    }
};

QJsonObject addressJson(const NodeAddress &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), a.name);
    o.insert(QStringLiteral("user"), a.user);
    o.insert(QStringLiteral("domain"), a.domain);
    o.insert(QStringLiteral("host"), a.host);
    o.insert(QStringLiteral("ip"), a.ip);
    o.insert(QStringLiteral("port"), a.port);
    return o;
}

QJsonArray stepsJson(const QList<ResponseStep> &steps);
QJsonObject answersJson(const QMap<QString, int> &answers);

QJsonObject uasJson(const UasSettings &d)
{
    QJsonObject uas;
    uas.insert(QStringLiteral("address"), addressJson(d.address));
    uas.insert(QStringLiteral("responses"), stepsJson(d.responses));
    uas.insert(QStringLiteral("retryResponses"), stepsJson(d.retryResponses));
    uas.insert(QStringLiteral("retryAfter"), d.retryAfter);
    uas.insert(QStringLiteral("answers"), answersJson(d.answers));
    return uas;
}

QJsonArray stepsJson(const QList<ResponseStep> &steps)
{
    QJsonArray a;
    for (const ResponseStep &s : steps) {
        QJsonObject o;
        o.insert(QStringLiteral("code"), s.code);
        o.insert(QStringLiteral("delayMs"), s.delayMs);
        o.insert(QStringLiteral("reliable"), s.reliable);
        a.append(o);
    }
    return a;
}

QJsonObject answersJson(const QMap<QString, int> &answers)
{
    QJsonObject o;
    for (auto it = answers.begin(); it != answers.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QJsonObject ScenarioFile::toJsonObject(const Scenario &s)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), FormatName);
    root.insert(QStringLiteral("version"), Version);
    root.insert(QStringLiteral("title"), s.title);
    root.insert(QStringLiteral("method"), s.method);

    QJsonObject uac;
    uac.insert(QStringLiteral("address"), addressJson(s.uac.address));
    uac.insert(QStringLiteral("maxForwards"), s.uac.maxForwards);
    uac.insert(QStringLiteral("followRedirects"), s.uac.followRedirects);
    uac.insert(QStringLiteral("hasCredentials"), s.uac.hasCredentials);
    uac.insert(QStringLiteral("username"), s.uac.username);
    uac.insert(QStringLiteral("password"), s.uac.password);
    uac.insert(QStringLiteral("cancelAfterMs"), s.uac.cancelAfterMs);
    uac.insert(QStringLiteral("supports100rel"), s.uac.supports100rel);
    uac.insert(QStringLiteral("expires"), s.uac.expires);
    uac.insert(QStringLiteral("sessionExpires"), s.uac.sessionExpires);
    uac.insert(QStringLiteral("answers"), answersJson(s.uac.answers));
    // Written only when not the default, so files saved before these fields existed stay the same.
    if (s.uac.registerAction != RegisterAction::Bind)
        uac.insert(QStringLiteral("register"), ScenarioNames::name(s.uac.registerAction, ScenarioNames::registerActions()));
    if (!s.uac.serverPassword.isEmpty())
        uac.insert(QStringLiteral("serverPassword"), s.uac.serverPassword);
    if (!s.uac.offerInInvite)
        uac.insert(QStringLiteral("offerInInvite"), false);
    if (!s.uac.alternateProxy.isEmpty())
        uac.insert(QStringLiteral("alternateProxy"), s.uac.alternateProxy);
    root.insert(QStringLiteral("uac"), uac);

    QJsonArray proxies;
    for (const ProxySettings &p : s.proxies) {
        QJsonObject o;
        o.insert(QStringLiteral("address"), addressJson(p.address));
        if (p.role != ProxyRole::Proxy) // written only when not the default, as below
            o.insert(QStringLiteral("role"), ScenarioNames::name(p.role, ScenarioNames::proxyRoles()));
        o.insert(QStringLiteral("respondWith"), p.respondWith);
        o.insert(QStringLiteral("recordRoute"), p.recordRoute);
        o.insert(QStringLiteral("recurse"), p.recurse);
        o.insert(QStringLiteral("retryAfter"), p.retryAfter);
        o.insert(QStringLiteral("answers"), answersJson(p.answers));
        if (p.down)
            o.insert(QStringLiteral("down"), true);
        if (!p.next.isEmpty())
            o.insert(QStringLiteral("next"), QJsonArray::fromStringList(p.next));
        proxies.append(o);
    }
    root.insert(QStringLiteral("proxies"), proxies);

    root.insert(QStringLiteral("uas"), uasJson(s.uas));
    if (s.targetCount() > 1) {
        // Written only when there is more than one device, so one-device files stay as they were.
        QJsonObject forking;
        forking.insert(QStringLiteral("mode"), ScenarioNames::name(s.forking.mode, ScenarioNames::forkModes()));
        forking.insert(QStringLiteral("branchTimeoutMs"), s.forking.branchTimeoutMs);
        QJsonArray devices;
        for (const UasSettings &d : s.forking.devices)
            devices.append(uasJson(d));
        forking.insert(QStringLiteral("devices"), devices);
        root.insert(QStringLiteral("forking"), forking);
    }

    QJsonObject net;
    net.insert(QStringLiteral("transport"), ScenarioNames::name(s.network.transport, ScenarioNames::transports()));
    net.insert(QStringLiteral("latencyMs"), s.network.latencyMs);
    QJsonArray drop;
    for (int f : s.network.drop)
        drop.append(f);
    net.insert(QStringLiteral("drop"), drop);
    net.insert(QStringLiteral("t1Ms"), s.network.t1Ms);
    net.insert(QStringLiteral("t2Ms"), s.network.t2Ms);
    net.insert(QStringLiteral("t4Ms"), s.network.t4Ms);
    net.insert(QStringLiteral("timerCMs"), s.network.timerCMs);
    root.insert(QStringLiteral("network"), net);

    root.insert(QStringLiteral("hangup"), ScenarioNames::name(s.hangup, ScenarioNames::hangups()));
    root.insert(QStringLiteral("hangupAfterMs"), s.hangupAfterMs);
    root.insert(QStringLiteral("auth"), ScenarioNames::name(s.auth, ScenarioNames::auths()));
    root.insert(QStringLiteral("registrar"), ScenarioNames::name(s.registrar, ScenarioNames::registrars()));
    root.insert(QStringLiteral("reInvite"), s.reInvite);
    if (s.reInviteBy != ReInviteBy::Uac)
        root.insert(QStringLiteral("reInviteBy"), ScenarioNames::name(s.reInviteBy, ScenarioNames::reInviteBys()));
    return root;
}

QByteArray ScenarioFile::toJson(const Scenario &scenario)
{
    return QJsonDocument(toJsonObject(scenario)).toJson(QJsonDocument::Indented);
}

ScenarioLoadResult ScenarioFile::fromJson(const QByteArray &json)
{
    ScenarioLoadResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Turn the byte offset into line and column for the message.
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(before.size() - before.lastIndexOf('\n'));
        result.error = QStringLiteral("line %1, column %2: JSON parse error: %3").arg(line).arg(column).arg(parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.error = QStringLiteral("the file must hold a JSON object, not %1").arg(doc.isArray() ? QStringLiteral("an array") : QStringLiteral("a scalar"));
        return result;
    }
    const QJsonObject root = doc.object();
    Reader r;
    if (root.value(QStringLiteral("format")).toString() != FormatName) {
        result.error = QStringLiteral("format: expected \"%1\", got %2")
                           .arg(FormatName,
                                root.contains(QStringLiteral("format")) ? QJsonDocument(QJsonArray{root.value(QStringLiteral("format"))}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
                                                                        : QStringLiteral("nothing"));
        return result;
    }
    if (!root.value(QStringLiteral("version")).isDouble()) {
        result.error = QStringLiteral("version: expected the number %1").arg(Version);
        return result;
    }
    if (root.value(QStringLiteral("version")).toInt() != Version) {
        result.error = QStringLiteral("version: this SIP Lab reads version %1, the file is version %2")
                           .arg(Version)
                           .arg(root.value(QStringLiteral("version")).toDouble());
        return result;
    }
    r.checkKeys(root, QString(),
                {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("title"), QStringLiteral("method"),
                 QStringLiteral("uac"), QStringLiteral("proxies"), QStringLiteral("uas"), QStringLiteral("network"),
                 QStringLiteral("hangup"), QStringLiteral("hangupAfterMs"), QStringLiteral("auth"),
                 QStringLiteral("registrar"), QStringLiteral("reInvite"), QStringLiteral("reInviteBy"),
                 QStringLiteral("forking")});

    Scenario s = Scenario::defaultScenario();
    r.readString(root, QString(), QStringLiteral("title"), s.title);
    r.readString(root, QString(), QStringLiteral("method"), s.method, false);
    s.method = s.method.toUpper();

    QJsonObject uac;
    if (r.object(root, QString(), QStringLiteral("uac"), uac)) {
        const QString p = QStringLiteral("uac");
        r.checkKeys(uac, p,
                    {QStringLiteral("address"), QStringLiteral("maxForwards"), QStringLiteral("followRedirects"),
                     QStringLiteral("hasCredentials"), QStringLiteral("username"), QStringLiteral("password"),
                     QStringLiteral("cancelAfterMs"), QStringLiteral("supports100rel"), QStringLiteral("expires"),
                     QStringLiteral("sessionExpires"), QStringLiteral("answers"), QStringLiteral("register"),
                     QStringLiteral("serverPassword"), QStringLiteral("offerInInvite"),
                     QStringLiteral("alternateProxy")});
        r.readAddress(uac, p, s.uac.address);
        r.readInt(uac, p, QStringLiteral("maxForwards"), s.uac.maxForwards, 0, 255);
        r.readBool(uac, p, QStringLiteral("followRedirects"), s.uac.followRedirects);
        r.readBool(uac, p, QStringLiteral("hasCredentials"), s.uac.hasCredentials);
        r.readString(uac, p, QStringLiteral("username"), s.uac.username);
        r.readString(uac, p, QStringLiteral("password"), s.uac.password);
        r.readInt(uac, p, QStringLiteral("cancelAfterMs"), s.uac.cancelAfterMs, -1, 3600000);
        r.readBool(uac, p, QStringLiteral("supports100rel"), s.uac.supports100rel);
        r.readInt(uac, p, QStringLiteral("expires"), s.uac.expires, 0, 604800);
        r.readInt(uac, p, QStringLiteral("sessionExpires"), s.uac.sessionExpires, 0, 86400);
        r.readAnswers(uac, p, s.uac.answers);
        r.readEnum(uac, p, QStringLiteral("register"), s.uac.registerAction, ScenarioNames::registerActions());
        r.readString(uac, p, QStringLiteral("serverPassword"), s.uac.serverPassword);
        r.readBool(uac, p, QStringLiteral("offerInInvite"), s.uac.offerInInvite);
        r.readString(uac, p, QStringLiteral("alternateProxy"), s.uac.alternateProxy);
    }

    if (root.contains(QStringLiteral("proxies"))) {
        const QJsonValue v = root.value(QStringLiteral("proxies"));
        if (!v.isArray()) {
            r.fail(QStringLiteral("proxies"), QStringLiteral("expected an array, got %1").arg(Reader::typeName(v)));
        } else if (v.toArray().size() > 2) {
            r.fail(QStringLiteral("proxies"), QStringLiteral("at most 2 proxies, got %1").arg(v.toArray().size()));
        } else {
            const QJsonArray array = v.toArray();
            s.proxies.clear();
            s.setProxyCount(int(array.size()));
            for (int i = 0; i < array.size() && !r.failed(); ++i) {
                const QString p = QStringLiteral("proxies[%1]").arg(i);
                if (!array[i].isObject()) {
                    r.fail(p, QStringLiteral("expected an object, got %1").arg(Reader::typeName(array[i])));
                    break;
                }
                const QJsonObject o = array[i].toObject();
                r.checkKeys(o, p,
                            {QStringLiteral("address"), QStringLiteral("respondWith"), QStringLiteral("recordRoute"),
                             QStringLiteral("recurse"), QStringLiteral("retryAfter"), QStringLiteral("answers"),
                             QStringLiteral("role"), QStringLiteral("down"), QStringLiteral("next")});
                ProxySettings &ps = s.proxies[i];
                r.readAddress(o, p, ps.address);
                r.readEnum(o, p, QStringLiteral("role"), ps.role, ScenarioNames::proxyRoles());
                if (o.value(QStringLiteral("respondWith")).isDouble()) {
                    const double d = o.value(QStringLiteral("respondWith")).toDouble();
                    if (d != 0 && (d < 100 || d > 699))
                        r.fail(p + QStringLiteral(".respondWith"), QStringLiteral("%1 is not a response code (100-699, or 0 to forward)").arg(d));
                }
                r.readInt(o, p, QStringLiteral("respondWith"), ps.respondWith, 0, 699);
                r.readBool(o, p, QStringLiteral("recordRoute"), ps.recordRoute);
                r.readBool(o, p, QStringLiteral("recurse"), ps.recurse);
                r.readInt(o, p, QStringLiteral("retryAfter"), ps.retryAfter, 0, 86400);
                r.readAnswers(o, p, ps.answers);
                r.readBool(o, p, QStringLiteral("down"), ps.down);
                r.readStringList(o, p, QStringLiteral("next"), ps.next);
            }
        }
    }

    QJsonObject uas;
    if (r.object(root, QString(), QStringLiteral("uas"), uas))
        r.readUas(uas, QStringLiteral("uas"), s.uas);

    QJsonObject forking;
    if (!r.failed() && r.object(root, QString(), QStringLiteral("forking"), forking)) {
        // RFC 3261 16.5: the callee's other devices (UAS2, UAS3) behind the last proxy.
        const QString p = QStringLiteral("forking");
        r.checkKeys(forking, p, {QStringLiteral("mode"), QStringLiteral("branchTimeoutMs"), QStringLiteral("devices")});
        r.readEnum(forking, p, QStringLiteral("mode"), s.forking.mode, ScenarioNames::forkModes());
        r.readInt(forking, p, QStringLiteral("branchTimeoutMs"), s.forking.branchTimeoutMs, 1, 3600000);
        if (forking.contains(QStringLiteral("devices"))) {
            const QJsonValue v = forking.value(QStringLiteral("devices"));
            if (!v.isArray()) {
                r.fail(QStringLiteral("forking.devices"), QStringLiteral("expected an array, got %1").arg(Reader::typeName(v)));
            } else if (v.toArray().size() > Scenario::MaxTargets - 1) {
                r.fail(QStringLiteral("forking.devices"),
                       QStringLiteral("at most %1 devices besides uas (3 in all), got %2")
                           .arg(Scenario::MaxTargets - 1)
                           .arg(v.toArray().size()));
            } else {
                const QJsonArray array = v.toArray();
                s.forking.devices.clear();
                s.setTargetCount(1 + int(array.size()));
                for (int i = 0; i < array.size() && !r.failed(); ++i) {
                    const QString dp = QStringLiteral("forking.devices[%1]").arg(i);
                    if (!array[i].isObject()) {
                        r.fail(dp, QStringLiteral("expected an object, got %1").arg(Reader::typeName(array[i])));
                        break;
                    }
                    r.readUas(array[i].toObject(), dp, s.forking.devices[i]);
                }
            }
        }
    }

    QJsonObject net;
    if (r.object(root, QString(), QStringLiteral("network"), net)) {
        const QString p = QStringLiteral("network");
        r.checkKeys(net, p,
                    {QStringLiteral("transport"), QStringLiteral("latencyMs"), QStringLiteral("drop"), QStringLiteral("t1Ms"),
                     QStringLiteral("t2Ms"), QStringLiteral("t4Ms"), QStringLiteral("timerCMs")});
        r.readEnum(net, p, QStringLiteral("transport"), s.network.transport, ScenarioNames::transports());
        r.readInt(net, p, QStringLiteral("latencyMs"), s.network.latencyMs, 0, 60000);
        r.readInt(net, p, QStringLiteral("t1Ms"), s.network.t1Ms, 1, 60000);
        r.readInt(net, p, QStringLiteral("t2Ms"), s.network.t2Ms, 1, 600000);
        r.readInt(net, p, QStringLiteral("t4Ms"), s.network.t4Ms, 1, 600000);
        r.readInt(net, p, QStringLiteral("timerCMs"), s.network.timerCMs, 1, 3600000);
        if (net.contains(QStringLiteral("drop"))) {
            const QJsonValue v = net.value(QStringLiteral("drop"));
            if (!v.isArray()) {
                r.fail(QStringLiteral("network.drop"), QStringLiteral("expected an array of F-numbers, got %1").arg(Reader::typeName(v)));
            } else {
                s.network.drop.clear();
                const QJsonArray a = v.toArray();
                for (int i = 0; i < a.size(); ++i) {
                    const double d = a[i].toDouble(-1);
                    if (!a[i].isDouble() || d < 1 || d > 1000000 || d != double(int(d))) {
                        r.fail(QStringLiteral("network.drop[%1]").arg(i), QStringLiteral("expected an F-number (1 or more)"));
                        break;
                    }
                    s.network.drop.append(int(d));
                }
            }
        }
    }
    r.readEnum(root, QString(), QStringLiteral("hangup"), s.hangup, ScenarioNames::hangups());
    r.readInt(root, QString(), QStringLiteral("hangupAfterMs"), s.hangupAfterMs, 0, 3600000);
    r.readEnum(root, QString(), QStringLiteral("auth"), s.auth, ScenarioNames::auths());
    r.readEnum(root, QString(), QStringLiteral("registrar"), s.registrar, ScenarioNames::registrars());
    r.readBool(root, QString(), QStringLiteral("reInvite"), s.reInvite);
    r.readEnum(root, QString(), QStringLiteral("reInviteBy"), s.reInviteBy, ScenarioNames::reInviteBys());

    if (r.failed()) {
        result.error = r.error;
        return result;
    }
    // The rules the call builder applies to every edit apply to a file too (a MESSAGE has no
    // CANCEL, T2 is never below T1, ...): what they changed is reported, then the rest is checked.
    result.normalised = ScenarioRules::normalise(s);
    const QString problem = validate(s);
    if (!problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    result.scenario = s;
    return result;
}

ScenarioLoadResult ScenarioFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ScenarioLoadResult r;
        r.error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return r;
    }
    if (file.size() > 16 * 1024 * 1024) {
        ScenarioLoadResult r;
        r.error = QStringLiteral("%1: file too large for a scenario (%2 bytes)").arg(path).arg(file.size());
        return r;
    }
    ScenarioLoadResult r = fromJson(file.readAll());
    if (!r.isValid())
        r.error = path + QStringLiteral(": ") + r.error;
    return r;
}

bool ScenarioFile::save(const Scenario &scenario, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toJson(scenario));
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString ScenarioFile::validate(const Scenario &s)
{
    return ScenarioRules::firstProblem(s);
}

} // namespace SipLab
