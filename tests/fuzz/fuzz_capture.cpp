// libFuzzer target for the capture decoder: link layers, IPv4/IPv6 with fragment reassembly,
// UDP, TCP stream reassembly and Content-Length framing, then the grouping into calls and the
// RFC checks on whatever SIP comes out. The input is a link type and a series of frames:
//   byte 0: link type selector; then per frame: 2 bytes length (big-endian), the frame's bytes.
// Built only with -DSIPLAB_FUZZ=ON and clang (scripts/fuzz.sh), under ASan/UBSan.
#include "capturecalls.h"
#include "capturefile.h"
#include "packetdecoder.h"
#include "textladderexporter.h"

#include <pcap/dlt.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace SipLab;
    if (size < 1)
        return 0;
    static const int linkTypes[] = {DLT_EN10MB, DLT_LINUX_SLL, DLT_LINUX_SLL2, DLT_RAW, DLT_NULL, DLT_LOOP, DLT_IPV4, DLT_IPV6};
    const int linkType = linkTypes[data[0] % (sizeof linkTypes / sizeof linkTypes[0])];
    PacketDecoder decoder;
    CaptureReadResult result;
    QList<SipPayload> payloads;
    size_t at = 1;
    qint64 frame = 0;
    while (at + 2 <= size) {
        const size_t length = (size_t(data[at]) << 8) | data[at + 1];
        at += 2;
        const size_t n = length < size - at ? length : size - at;
        payloads.clear();
        ++frame;
        // Every fourth frame claims a longer wire length: cut by the snapshot length.
        const int wire = int(n) + ((frame % 4 == 0) ? 10 : 0);
        decoder.decode(linkType, data + at, int(n), wire, frame * 1000, frame, &payloads);
        for (const SipPayload &p : std::as_const(payloads)) {
            CapturedMessage m;
            m.payload = p;
            m.message = CaptureFile::parseMessage(p.bytes, &m.parseError);
            result.messages.append(m);
        }
        if (decoder.heldBytes() < 0 || decoder.heldBytes() > PacketDecoder::MaxHeldBytes)
            __builtin_trap(); // memory held must stay within its cap (and be counted right)
        at += n;
    }
    const QList<CapturedCall> calls = CaptureCalls::group(result);
    for (const CapturedCall &c : calls) {
        (void)TextLadderExporter::list(c.trace, false);
        for (const CaptureFinding &f : c.findings)
            (void)f.toString(Language::English);
    }
    return 0;
}
