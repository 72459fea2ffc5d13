#pragma once

#include "calltrace.h"
#include "ladderimageexporter.h"

#include <QByteArray>

namespace SipLab {

/// An interactive handout of a ladder as one self-contained HTML file (no network, no external
/// script or font): the ladder as inline SVG (LadderSvgWriter); clicking an arrow shows the
/// message, the rule that sent it with its RFC section, and for a response the source
/// article's Chinese text beside its English (ResponseCatalog); Back / Play / Step through the
/// messages; English, Chinese or both; printable (@media print lists every message).
/// The file's URL fragment "#F7" selects message F7 on load (links into a handout; the
/// browser test uses it).
class LadderHtmlWriter
{
public:
    static QByteArray write(const CallTrace &trace, const LadderImageOptions &options);
};

} // namespace SipLab
