#include "opencommandline.h"

#include "climodule.h"
#include "exportformat.h"
#include "laddertextformats.h"

namespace SipLab {

namespace {
/// The format OpenCommand::run() chooses: --format wins, else the -o extension, else text;
/// nothing when the name or extension is unknown (run() says so).
std::optional<ExportFormat> chosenFormat(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        QString value;
        if (a.startsWith(QLatin1String("--format=")))
            value = a.mid(9);
        else if (a == QLatin1String("--format") && i + 1 < arguments.size())
            value = arguments[i + 1];
        if (!value.isEmpty())
            return ExportFormats::fromName(value);
    }
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("-o") || arguments[i] == QLatin1String("--output"))
            return ExportFormats::fromPath(arguments[i + 1]);
    }
    return ExportFormat::Text;
}
} // namespace

bool OpenCommandLine::drawn(const QStringList &arguments)
{
    const std::optional<ExportFormat> format = chosenFormat(arguments);
    return format && ExportFormats::info(*format).needsPainter;
}

const char *OpenCommandLine::module(const QStringList &arguments)
{
    // The drawings (the HTML handout's inline SVG too); text, JSON, the text ladders, and every
    // error about the format, in the capture module.
    const std::optional<ExportFormat> format = chosenFormat(arguments);
    if (format && *format != ExportFormat::Pcap && !LadderTextFormats::writes(*format))
        return CliModule::Commands;
    return CliModule::Capture;
}

} // namespace SipLab
