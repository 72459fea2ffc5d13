#include "runpcap.h"

#include "pcapexporter.h"

namespace SipLab {

QByteArray RunPcap::bytes(const CallTrace &trace, ExportFormat format, const RunExportOptions &, QString *error)
{
    if (format == ExportFormat::Pcap)
        return PcapExporter::toPcap(trace, error);
    if (error)
        *error = QStringLiteral("%1 is written by the commands module, not the capture module")
                     .arg(ExportFormats::info(format).name);
    return {};
}

} // namespace SipLab
