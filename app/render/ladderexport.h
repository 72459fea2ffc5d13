#pragma once

#include "calltrace.h"
#include "ladderexportoptions.h"
#include "ladderimageexporter.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace SipLab {

/// Every export format in one place, for siplab-cli run -o and the Export dialog alike: the
/// images go through LadderImageExporter (LadderRenderer), the others through the core
/// exporters. The options are LadderImageOptions; the text formats take the title, lanes,
/// time column and notes from them.
class LadderExport
{
public:
    enum class Format
    {
        Svg,
        Png,
        Pdf,
        Text,
        Ladder,
        Mermaid,
        PlantUml,
        Pcap,
        Json,
        Html // interactive handout (LadderHtmlWriter)
    };

    /// "svg", "png", "pdf", "txt"/"text", "ladder", "mmd"/"mermaid", "puml"/"plantuml", "pcap", "json", "html".
    static std::optional<Format> formatFromName(const QString &name);
    /// From the file name's extension (.svg .png .pdf .txt .mmd .puml .pcap .json .html).
    static std::optional<Format> formatFromPath(const QString &path);
    static QString extension(Format format);  // "svg"
    static QStringList supportedExtensions(); // ".svg", ".png", ...
    static QStringList formatNames();         // "svg", "png", ...
    static bool isImage(Format format)
    {
        return format == Format::Svg || format == Format::Png || format == Format::Pdf;
    }
    static bool isText(Format format); // UTF-8 text a terminal or an editor shows

    static LadderExportOptions textOptions(const LadderImageOptions &options);
    /// The file's bytes, or an empty array with *error set.
    static QByteArray bytes(const CallTrace &trace, Format format, const LadderImageOptions &options,
                            QString *error);
    /// Writes atomically (QSaveFile); false with *error saying what and where.
    static bool write(const CallTrace &trace, const QString &path, Format format,
                      const LadderImageOptions &options, QString *error);
};

} // namespace SipLab
