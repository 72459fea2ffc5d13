#pragma once

#include "calltrace.h"
#include "ladderexportoptions.h"

#include <QString>

namespace SipLab {

/// Plain-text exports: the RFC 3665-style list ("F1 UAC -> P1: INVITE") and a UTF-8 drawing of
/// the ladder (lanes as columns, box-drawing arrows with their labels) for terminals and email.
/// Explanations, when asked for, follow as numbered footnotes (LadderFootnotes).
class TextLadderExporter
{
public:
    static QString list(const CallTrace &trace, const LadderExportOptions &options = {});
    /// The plain list ("F1 UAC -> P1: INVITE"), with the send time in ms first when withTimes.
    static QString list(const CallTrace &trace, bool withTimes);
    static QString drawing(const CallTrace &trace, const LadderExportOptions &options = {});
    /// Columns a string takes in a terminal: East Asian wide and fullwidth characters count 2
    /// (Unicode UAX #11), combining marks 0, everything else 1.
    static int displayWidth(const QString &text);
};

} // namespace SipLab
