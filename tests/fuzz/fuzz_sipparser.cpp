// libFuzzer target for the SIP parser and what live mode does with every datagram: parse,
// validate as proxy/UAS/registrar, serialize and re-parse, and build the raw 400 answer.
// Built only with -DSIPLAB_FUZZ=ON and clang (scripts/fuzz.sh), under ASan/UBSan.
#include "livenetwork.h"
#include "requestvalidator.h"
#include "sipparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace SipLab;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const SipParseResult result = SipParser::parse(bytes);
    if (result.isValid()) {
        const SipMessage &m = *result.message;
        for (ElementRole role : {ElementRole::Proxy, ElementRole::Uas, ElementRole::Registrar})
            (void)RequestValidator::check(m, role);
        (void)m.summary();
        (void)m.topVia();
        (void)m.cseq();
        (void)m.from();
        (void)m.to();
        (void)m.nameAddrs(QStringLiteral("Contact"));
        // What we send must parse again (the live wire re-serializes every message).
        const SipParseResult again = SipParser::parse(m.toBytes());
        (void)again;
    } else {
        (void)result.error.toString();
    }
    const QByteArray answer = LiveNetwork::rawErrorResponse(bytes, 400, result.error.toString());
    if (!answer.isEmpty() && !SipParser::parse(answer).isValid())
        __builtin_trap(); // our own 400 must always be a valid SIP response
    return 0;
}
