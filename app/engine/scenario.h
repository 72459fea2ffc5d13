#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace SipLab {

enum class Transport { Udp, Tcp };
/// Who ends an established INVITE session with BYE.
enum class Hangup { Uac, Uas, None };
/// Which node holds the credentials the UAC answers challenges with, and so challenges it:
/// None (nobody challenges unless told to answer 401/407), the first proxy (407), or the UAS (401).
enum class AuthAt { None, Proxy, Uas };
/// Who answers REGISTER: the last proxy as registrar, or the UAS (forwarded to it).
enum class RegistrarAt { Proxy, Uas };
/// What a REGISTER does (RFC 3261 10.2, RFC 3665 2.1-2.4). Every value but Bind assumes the
/// registrar already holds the binding of the UA's own contact from an earlier registration.
enum class RegisterAction {
    Bind,   // Contact: the UA's address, Expires: uac.expires (10.2.1; RFC 3665 2.1)
    Update, // adds a second contact (mailto:) to the existing binding (10.2.1; RFC 3665 2.2)
    Query,  // no Contact: the registrar lists the current bindings (10.2.3; RFC 3665 2.3)
    Remove  // Contact: * with Expires: 0 removes every binding (10.2.2; RFC 3665 2.4)
};

/// Who sends the re-INVITE of a scenario with `reInvite` (RFC 3261 14.1: either UA may).
enum class ReInviteBy { Uac, Uas };
/// What a proxy element is. A redirect server (RFC 3261 8.3) answers every new request with its
/// 3xx and is never in the path afterwards: the UAC sends the retried request to the next
/// element (RFC 3665 3.6: Alice -> Redirect Server, then Alice -> Proxy 3).
enum class ProxyRole {
    Proxy,
    Redirect,
    /// An application layer gateway in the path (RFC 3665 3.5): it forwards like a proxy, always
    /// record-routes, and rewrites the media addresses (c=, m= port) of every SDP body it
    /// forwards, so the media flows through it.
    Alg
};
/// How the last proxy tries the callee's devices when there is more than one (RFC 3261 16.5,
/// 16.6 step 1 and 16.7): all at once, or one after another.
enum class ForkMode { Parallel, Sequential };

/// Name and addresses of one node. Proxies have no user part.
struct NodeAddress
{
    QString name;   // "UAC", "P1", "P2", "UAS" (lane label)
    QString user;   // "alice"; empty for a proxy
    QString domain; // "atlanta.example" (AOR domain) or the proxy's host name
    QString host;   // host name used in Via / Record-Route / Contact: "pc33.atlanta.example"
    QString ip;     // "192.0.2.10" (pcap export, live mode)
    int port = 5060;
    QString aor() const; // "sip:alice@atlanta.example" or "sip:proxy.atlanta.example"
    bool operator==(const NodeAddress &) const = default;
};

/// One response a UAS sends, in order: zero or more provisional ones then one final one.
struct ResponseStep
{
    int code = 0;
    int delayMs = 0;       // after the request arrived (first step) or after the previous step
    bool reliable = false; // RFC 3262: sent reliably (Require: 100rel, RSeq), PRACKed by the UAC
    bool operator==(const ResponseStep &) const = default;
};

struct UacSettings
{
    NodeAddress address;
    int maxForwards = 70;          // RFC 3261 8.1.1.6: SHOULD be 70
    bool followRedirects = true;   // RFC 3261 8.1.3.4: recurse on 3xx Contacts
    bool hasCredentials = true;    // answers 401/407 with Digest credentials
    QString username = QStringLiteral("alice");
    QString password = QStringLiteral("secret");
    int cancelAfterMs = -1;        // send CANCEL this long after the first provisional response; -1 never
    bool supports100rel = true;    // Supported: 100rel in the INVITE (RFC 3262)
    int expires = 3600;            // REGISTER / SUBSCRIBE / PUBLISH expiry requested
    int sessionExpires = 0;        // RFC 4028 Session-Expires offered in INVITE; 0 = none
    QMap<QString, int> answers;    // method -> code to return to requests it receives (e.g. BYE: 481)
    RegisterAction registerAction = RegisterAction::Bind; // what a REGISTER does
    /// The password the challenging proxies / registrar / UAS hold for the user; empty = the same
    /// as `password`. A different one makes them refuse the credentials (RFC 3665 2.5).
    QString serverPassword;
    /// RFC 3261 13.2.1: the INVITE carries the SDP offer; false sends it without a body, so the
    /// 2xx carries the offer and the ACK the answer (13.2.2.4; RFC 3665 3.6 "SDP in ACK").
    bool offerInInvite = true;
    /// The lane name of a second outbound proxy ("P2"), tried with a new request when the first
    /// hop does not answer (Timer B / 408, RFC 3261 8.1.3.1; RFC 3263 4.3; RFC 3665 3.4);
    /// empty: none.
    QString alternateProxy;
    QString passwordOnServer() const { return serverPassword.isEmpty() ? password : serverPassword; }
    bool operator==(const UacSettings &) const = default;
};

struct ProxySettings
{
    NodeAddress address;
    int respondWith = 0;           // 0: forward; else answer the request itself with this code
    ProxyRole role = ProxyRole::Proxy; // Redirect: answers with respondWith (3xx), never forwards
    bool recordRoute = true;       // RFC 3261 16.6 step 4
    bool recurse = true;           // recurse on 3xx from downstream (RFC 3261 16.5, 16.7 step 4)
    int retryAfter = 0;            // seconds in Retry-After of 503 (0 = none)
    QMap<QString, int> answers;    // method -> code for requests it receives
    /// The element is down: it receives requests and never answers (RFC 3665 3.4 Proxy 1).
    bool down = false;
    /// Lane names of the elements this one forwards to, in order: for the last proxy the callee
    /// devices it forks to ("UAS2", "UAS1"); empty = the next element / every device in order.
    QStringList next;
    bool operator==(const ProxySettings &) const = default;
};

struct UasSettings
{
    NodeAddress address;
    /// Responses to the first request of the call; empty = the UAS never answers.
    QList<ResponseStep> responses;
    /// Responses to a retried request (after 3xx, 401, 407, 422, 423, 503 Retry-After).
    QList<ResponseStep> retryResponses;
    int retryAfter = 0;            // seconds in Retry-After of 503 (0 = none)
    QMap<QString, int> answers;    // method -> code for requests other than the first
    bool operator==(const UasSettings &) const = default;
};

/// The callee's devices beyond the first, and how the last proxy forks to them.
struct ForkSettings
{
    ForkMode mode = ForkMode::Parallel;
    /// Sequential search: a branch without a final response after this long is cancelled and
    /// the next device tried (a local policy of the proxy, RFC 3261 16.7: "the proxy ... MAY
    /// cancel it"). Parallel forking has no per-branch timeout but Timer C.
    int branchTimeoutMs = 8000;
    QList<UasSettings> devices; // devices 2 and 3 (lanes UAS2, UAS3); device 1 is Scenario::uas
    bool operator==(const ForkSettings &) const = default;
};

struct NetworkSettings
{
    Transport transport = Transport::Udp;
    int latencyMs = 20;            // one-way latency of each link
    QList<int> drop;               // F-numbers of messages lost on the wire (first occurrence)
    int t1Ms = 500;                // RFC 3261 17.1.1.1
    int t2Ms = 4000;
    int t4Ms = 5000;
    /// RFC 3261 16.6 step 11: "The timer MUST be larger than 3 minutes" (ScenarioFile::validate
    /// refuses 180000 ms and less); 181 s by default.
    int timerCMs = 181000;
    static constexpr int MinTimerCMs = 3 * 60 * 1000; // exclusive: Timer C must be larger
    bool operator==(const NetworkSettings &) const = default;
};

/// Everything that decides a call: topology, the request, what each node answers, the network.
/// Plain data; the Engine turns it into a CallTrace, ScenarioFile reads and writes it as JSON.
struct Scenario
{
    QString title;
    QString method = QStringLiteral("INVITE");
    UacSettings uac;
    QList<ProxySettings> proxies; // 0, 1 or 2
    UasSettings uas;              // the callee (device 1: lane UAS, or UAS1 when there are more)
    ForkSettings forking;         // devices 2 and 3 behind the last proxy, and the fork mode
    NetworkSettings network;
    Hangup hangup = Hangup::Uac;
    int hangupAfterMs = 2000;      // after the 2xx ACK
    AuthAt auth = AuthAt::None;
    RegistrarAt registrar = RegistrarAt::Proxy;
    bool reInvite = false;         // a re-INVITE (hold) inside the dialog before the hangup
    ReInviteBy reInviteBy = ReInviteBy::Uac; // who sends it (RFC 3665 3.7: the callee)

    /// The built-in default: a basic call through one proxy, 180 then 200, the caller hangs up.
    static Scenario defaultScenario();
    /// Address defaults for node i of a topology with `proxyCount` proxies.
    static NodeAddress defaultUacAddress();
    static NodeAddress defaultUasAddress();
    static NodeAddress defaultProxyAddress(int index); // 0 -> P1 (atlanta), 1 -> P2 (biloxi)
    /// Gives the scenario `count` proxies with default addresses (keeping existing ones).
    void setProxyCount(int count);
    static constexpr int MaxTargets = 3;
    /// How many callee devices there are (1-3): Scenario::uas and forking.devices.
    int targetCount() const { return 1 + int(forking.devices.size()); }
    /// Device i (0-based): uas for 0, forking.devices[i - 1] after it.
    const UasSettings &target(int i) const { return i == 0 ? uas : forking.devices[i - 1]; }
    UasSettings &target(int i) { return i == 0 ? uas : forking.devices[i - 1]; }
    /// Gives the scenario `count` devices (1-3): new ones answer 180 then 200 from their
    /// default addresses; lanes are named UAS1.. when there is more than one, UAS when one.
    void setTargetCount(int count);
    /// Address of device i of `count` (UAS / UAS1 the desk phone, UAS2 the softphone, UAS3 voicemail).
    static NodeAddress defaultTargetAddress(int index, int count);
    /// The SIP URI a proxy sends device i's requests to: sip:bob@client.biloxi.example:5080.
    QString targetContact(int index) const;

    /// Methods the scenario may start with.
    static QStringList supportedMethods();

    bool operator==(const Scenario &) const = default;
};

} // namespace SipLab
