#include "statuscoderegistry.h"

#include <algorithm>
#include <iterator>

namespace SipLab {

namespace {

struct Registered
{
    int code;
    const char *phrase;
};

// IANA "Response Codes" registry of the SIP parameters, ascending by code.
const Registered Registry[] = {
    {100, "Trying"},
    {180, "Ringing"},
    {181, "Call Is Being Forwarded"},
    {182, "Queued"},
    {183, "Session Progress"},
    {199, "Early Dialog Terminated"},
    {200, "OK"},
    {202, "Accepted"},
    {204, "No Notification"},
    {300, "Multiple Choices"},
    {301, "Moved Permanently"},
    {302, "Moved Temporarily"},
    {305, "Use Proxy"},
    {380, "Alternative Service"},
    {400, "Bad Request"},
    {401, "Unauthorized"},
    {403, "Forbidden"},
    {404, "Not Found"},
    {405, "Method Not Allowed"},
    {406, "Not Acceptable"},
    {407, "Proxy Authentication Required"},
    {408, "Request Timeout"},
    {410, "Gone"},
    {412, "Conditional Request Failed"},
    {413, "Request Entity Too Large"},
    {414, "Request-URI Too Long"},
    {415, "Unsupported Media Type"},
    {416, "Unsupported URI Scheme"},
    {417, "Unknown Resource-Priority"},
    {420, "Bad Extension"},
    {421, "Extension Required"},
    {422, "Session Interval Too Small"},
    {423, "Interval Too Brief"},
    {425, "Bad Alert Message"},
    {428, "Use Identity Header"},
    {429, "Provide Referrer Identity"},
    {430, "Flow Failed"},
    {433, "Anonymity Disallowed"},
    {436, "Bad Identity Info"},
    {437, "Unsupported Credential"},
    {438, "Invalid Identity Header"},
    {439, "First Hop Lacks Outbound Support"},
    {440, "Max-Breadth Exceeded"},
    {469, "Bad Info Package"},
    {470, "Consent Needed"},
    {480, "Temporarily Unavailable"},
    {481, "Call/Transaction Does Not Exist"},
    {482, "Loop Detected"},
    {483, "Too Many Hops"},
    {484, "Address Incomplete"},
    {485, "Ambiguous"},
    {486, "Busy Here"},
    {487, "Request Terminated"},
    {488, "Not Acceptable Here"},
    {489, "Bad Event"},
    {491, "Request Pending"},
    {493, "Undecipherable"},
    {494, "Security Agreement Required"},
    {500, "Server Internal Error"},
    {501, "Not Implemented"},
    {502, "Bad Gateway"},
    {503, "Service Unavailable"},
    {504, "Server Time-out"},
    {505, "Version Not Supported"},
    {513, "Message Too Large"},
    {555, "Push Notification Service Not Supported"},
    {580, "Precondition Failure"},
    {600, "Busy Everywhere"},
    {603, "Decline"},
    {604, "Does Not Exist Anywhere"},
    {606, "Not Acceptable"},
    {607, "Unwanted"},
    {608, "Rejected"},
};

} // namespace

const char *StatusCodeRegistry::phrase(int code)
{
    const auto it = std::lower_bound(std::begin(Registry), std::end(Registry), code,
                                     [](const Registered &r, int c) { return r.code < c; });
    return it != std::end(Registry) && it->code == code ? it->phrase : nullptr;
}

QList<int> StatusCodeRegistry::codes()
{
    QList<int> list;
    for (const Registered &r : Registry)
        list.append(r.code);
    return list;
}

QString StatusCodeRegistry::reasonPhrase(int code)
{
    if (const char *p = phrase(code))
        return QString::fromLatin1(p);
    // RFC 3261 8.1.3.2: an unknown code is treated as the x00 code of its class.
    if (const char *p = phrase(code / 100 * 100))
        return QString::fromLatin1(p);
    return QStringLiteral("Unknown");
}

int StatusCodeRegistry::parseCode(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() != 3)
        return 0;
    for (QChar c : t) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return 0;
    }
    const int code = t.toInt();
    return code >= 100 && code <= 699 ? code : 0;
}

} // namespace SipLab
