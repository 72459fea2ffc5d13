#pragma once

#include <QStringList>

class QTextStream;

namespace SipLab {

/// `siplab-cli open FILE`: reads a pcap/pcapng capture, groups its SIP messages into calls and
/// prints them (text, JSON or any ladder export), lists the calls (--list) or checks them
/// against RFC 3261 (--check: exit 1 when there is an error finding). Exit 2: bad usage or a
/// file that cannot be read.
class OpenCommand
{
public:
    /// arguments[0] is "open".
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
    /// True when the arguments ask for a drawing (svg, png, pdf), which needs a QGuiApplication.
    static bool needsPainter(const QStringList &arguments);
};

} // namespace SipLab
