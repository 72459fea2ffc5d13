#pragma once

#include "calltrace.h"
#include "exportformat.h"
#include "ladderimageexporter.h"

#include <QByteArray>
#include <QString>

namespace SipLab {

/// Writes a trace in any ExportFormat, for siplab-cli run -o and the Export dialog alike: the
/// images go through LadderImageExporter (LadderRenderer), the text formats through
/// LadderTextFormats, pcap through PcapExporter, HTML through LadderHtmlWriter: the writers of
/// app/export, which take the LadderExportOptions part of the options as it is.
class LadderExport
{
public:
    /// The file's bytes, or an empty array with *error set.
    static QByteArray bytes(const CallTrace &trace, ExportFormat format, const LadderImageOptions &options,
                            QString *error);
    /// Writes atomically (QSaveFile); false with *error saying what and where.
    static bool write(const CallTrace &trace, const QString &path, ExportFormat format,
                      const LadderImageOptions &options, QString *error);
};

} // namespace SipLab
