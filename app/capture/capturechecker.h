#pragma once

#include "capturefinding.h"

#include <QList>

namespace SipLab {

struct CapturedCall;

/// Checks a captured call against the RFC 3261 rules the engine follows. Each finding names
/// the message it is seen at (its F-number in the call), a severity and the RFC section:
/// - error: a MUST is broken (missing mandatory header 8.1.1, To tag 8.2.6.2, forwarded 100
///   16.7 step 5, Max-Forwards 16.6 step 3, ACK transaction 17.1.1.3 / 13.2.2.4, CSeq on an
///   authenticated retry 8.1.3.5 / 22.2, CANCEL branch 9.1, Contact in a 2xx to INVITE 12.1.1);
/// - warning: something went wrong on the wire (a 2xx sent again for want of an ACK 13.3.1.4,
///   a CANCEL after the final response or for a transaction not seen, 9.1);
/// - note: legal but worth knowing (an RFC 2543 branch 8.1.1.7, retransmission intervals that do
///   not double from T1 17.1.1.2).
class CaptureChecker
{
public:
    static QList<CaptureFinding> check(const CapturedCall &call);
};

} // namespace SipLab
