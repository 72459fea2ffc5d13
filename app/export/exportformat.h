#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SipLab {

/// The formats a ladder can be written in (siplab-cli run -o/--format, the Export dialog).
enum class ExportFormat
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
    Html // the interactive handout (LadderHtmlWriter)
};

/// One row of the format table: everything the CLI, the Export dialog and the writers need to
/// know about a format, so that adding a format means adding a row here and a writer.
struct ExportFormatInfo
{
    ExportFormat format = ExportFormat::Text;
    QString name;                // for --format: "text"
    QStringList aliases;         // other --format names: "txt"
    QString extension;           // without the dot: "txt"; the format is chosen from -o FILE by it
                                 // unless another row with the same extension comes first (Ladder)
    bool binary = false;         // not UTF-8 text: never written to standard output
    bool needsPainter = false;   // drawn by LadderRenderer (app/render): needs a QGuiApplication
    QString mimeType;            // "image/svg+xml"
    const char *label = nullptr; // Export dialog entry (QT_TRANSLATE_NOOP in SipLab::ExportDialog);
                                 // nullptr: not offered there
};

/// The one table of export formats.
class ExportFormats
{
public:
    static const QList<ExportFormatInfo> &all();
    static const ExportFormatInfo &info(ExportFormat format);
    /// "svg", "text", "txt", "mermaid", "mmd", ... (case-insensitive); nullopt for anything else.
    static std::optional<ExportFormat> fromName(const QString &name);
    /// From the file name's extension: x.svg, x.PDF, x.mmd; nullopt for an unknown or missing one.
    static std::optional<ExportFormat> fromPath(const QString &path);
    static QStringList names();      // "svg", "png", ..., "json" (the --format names, in table order)
    static QStringList extensions(); // ".svg", ".png", ... (each once, in table order)
};

} // namespace SipLab
