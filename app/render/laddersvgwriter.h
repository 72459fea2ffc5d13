#pragma once

#include "calltrace.h"
#include "ladderimageexporter.h"

#include <QByteArray>

namespace SipLab {

/// Writes a ladder's display list (LadderPicture::displayList(), what the PNG paints) as SVG
/// text directly, without QSvgGenerator: one <g id="F7" class="m r1xx"> per message with a
/// <title> holding its explanation (a tooltip in browsers), CSS classes for the response
/// classes, retransmissions, lost messages and note kinds in one <style> block (so a trainer can
/// restyle a diagram in a text editor or Inkscape), text as <text> in the fonts Qt measured it
/// with. Coordinates are in layout units (96 per inch), as the PNG at scale 1.
class LadderSvgWriter
{
public:
    /// A standalone SVG file (XML declaration, document <title>).
    static QByteArray write(const CallTrace &trace, const LadderImageOptions &options);
    /// The <svg> element alone, for inline use in HTML (no XML declaration).
    static QByteArray element(const CallTrace &trace, const LadderImageOptions &options);
    /// The CSS class of a message group's arrow kind: "req", "r1xx" ... "r6xx".
    static const char *kindClass(ArrowKind kind);
};

} // namespace SipLab
