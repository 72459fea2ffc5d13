#pragma once

#include "sipmessage.h"

#include <QString>

namespace SipLab {

/// The role of the element judging a request: the answers of RFC 4475 3.3 depend on it.
enum class ElementRole { Proxy, Uas, Registrar };

/// What an element answers to a request that parsed: 0 when it may process it, else a status
/// code with a reason phrase that names the problem (RFC 3261 21.4.1 asks for that).
struct Verdict
{
    int status = 0;
    QString reason; // "Missing Call-ID Header"
    bool accepted() const { return status == 0; }
};

/// The application-layer checks of RFC 3261 8.2 and 16.3 that RFC 4475 3.2-3.3 exercise on
/// messages that are syntactically valid: required headers, single-valued headers given twice,
/// Request-URI scheme, Require / Proxy-Require, Content-Type, Max-Forwards, branch.
class RequestValidator
{
public:
    static Verdict check(const SipMessage &request, ElementRole role);
};

} // namespace SipLab
