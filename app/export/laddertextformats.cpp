#include "laddertextformats.h"

#include "mermaidexporter.h"
#include "plantumlexporter.h"
#include "textladderexporter.h"

namespace SipLab {

bool LadderTextFormats::writes(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Text:
    case ExportFormat::Ladder:
    case ExportFormat::Mermaid:
    case ExportFormat::PlantUml:
    case ExportFormat::Json:
        return true;
    case ExportFormat::Svg:
    case ExportFormat::Png:
    case ExportFormat::Pdf:
    case ExportFormat::Html:
    case ExportFormat::Pcap:
        return false;
    }
    return false;
}

QByteArray LadderTextFormats::bytes(const CallTrace &trace, ExportFormat format, const LadderExportOptions &options)
{
    switch (format) {
    case ExportFormat::Text:
        return TextLadderExporter::list(trace, options).toUtf8();
    case ExportFormat::Ladder:
        return TextLadderExporter::drawing(trace, options).toUtf8();
    case ExportFormat::Mermaid:
        return MermaidExporter::toMermaid(trace, options).toUtf8();
    case ExportFormat::PlantUml:
        return PlantUmlExporter::toPlantUml(trace, options).toUtf8();
    case ExportFormat::Json:
        return trace.toJson();
    case ExportFormat::Svg:
    case ExportFormat::Png:
    case ExportFormat::Pdf:
    case ExportFormat::Html:
    case ExportFormat::Pcap:
        break;
    }
    return {};
}

} // namespace SipLab
