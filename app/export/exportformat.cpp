#include "exportformat.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace SipLab {

const QList<ExportFormatInfo> &ExportFormats::all()
{
    // clang-format off
    static const QList<ExportFormatInfo> table = {
        {ExportFormat::Svg, QStringLiteral("svg"), {}, QStringLiteral("svg"), false, true,
         QStringLiteral("image/svg+xml"), QT_TRANSLATE_NOOP("SipLab::ExportDialog", "SVG image (.svg)")},
        {ExportFormat::Png, QStringLiteral("png"), {}, QStringLiteral("png"), true, true,
         QStringLiteral("image/png"), QT_TRANSLATE_NOOP("SipLab::ExportDialog", "PNG image (.png)")},
        {ExportFormat::Pdf, QStringLiteral("pdf"), {}, QStringLiteral("pdf"), true, true,
         QStringLiteral("application/pdf"), QT_TRANSLATE_NOOP("SipLab::ExportDialog", "PDF document (.pdf)")},
        {ExportFormat::Text, QStringLiteral("text"), {QStringLiteral("txt")}, QStringLiteral("txt"), false, false,
         QStringLiteral("text/plain"), QT_TRANSLATE_NOOP("SipLab::ExportDialog", "Text list, RFC 3665 style (.txt)")},
        {ExportFormat::Ladder, QStringLiteral("ladder"), {}, QStringLiteral("txt"), false, false,
         QStringLiteral("text/plain"), QT_TRANSLATE_NOOP("SipLab::ExportDialog", "Text ladder drawing, UTF-8 (.txt)")},
        {ExportFormat::Mermaid, QStringLiteral("mermaid"), {QStringLiteral("mmd")}, QStringLiteral("mmd"), false, false,
         QStringLiteral("text/vnd.mermaid"), QT_TRANSLATE_NOOP("SipLab::ExportDialog", "Mermaid sequence diagram (.mmd)")},
        {ExportFormat::PlantUml, QStringLiteral("plantuml"), {QStringLiteral("puml")}, QStringLiteral("puml"), false, false,
         QStringLiteral("text/x-plantuml"), QT_TRANSLATE_NOOP("SipLab::ExportDialog", "PlantUML sequence diagram (.puml)")},
        {ExportFormat::Pcap, QStringLiteral("pcap"), {}, QStringLiteral("pcap"), true, false,
         QStringLiteral("application/vnd.tcpdump.pcap"),
         QT_TRANSLATE_NOOP("SipLab::ExportDialog", "Packet capture for Wireshark (.pcap)")},
        {ExportFormat::Json, QStringLiteral("json"), {}, QStringLiteral("json"), false, false,
         QStringLiteral("application/json"), nullptr},
        // The handout lays out its inline SVG with the renderer's fonts: it needs the painter.
        {ExportFormat::Html, QStringLiteral("html"), {QStringLiteral("htm")}, QStringLiteral("html"), false, true,
         QStringLiteral("text/html"), QT_TRANSLATE_NOOP("SipLab::ExportDialog", "Interactive HTML handout (.html)")},
    };
    // clang-format on
    return table;
}

const ExportFormatInfo &ExportFormats::info(ExportFormat format)
{
    for (const ExportFormatInfo &f : all()) {
        if (f.format == format)
            return f;
    }
    Q_ASSERT_X(false, "ExportFormats::info", "a format without a row in the table");
    return all().first();
}

std::optional<ExportFormat> ExportFormats::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (const ExportFormatInfo &f : all()) {
        if (f.name == n || f.aliases.contains(n))
            return f.format;
    }
    return std::nullopt;
}

std::optional<ExportFormat> ExportFormats::fromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix.isEmpty())
        return std::nullopt;
    for (const ExportFormatInfo &f : all()) {
        if (f.extension == suffix)
            return f.format; // the first row with the extension: .txt is the text list
    }
    return std::nullopt;
}

QStringList ExportFormats::names()
{
    QStringList out;
    for (const ExportFormatInfo &f : all())
        out.append(f.name);
    return out;
}

QStringList ExportFormats::extensions()
{
    QStringList out;
    for (const ExportFormatInfo &f : all()) {
        const QString e = QLatin1Char('.') + f.extension;
        if (!out.contains(e))
            out.append(e);
    }
    return out;
}

} // namespace SipLab
