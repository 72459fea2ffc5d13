#include "ladderexport.h"

#include "ladderhtmlwriter.h"
#include "mermaidexporter.h"
#include "pcapexporter.h"
#include "plantumlexporter.h"
#include "textladderexporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QSaveFile>

namespace SipLab {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SipLab::LadderExport)
};
} // namespace

std::optional<LadderExport::Format> LadderExport::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("svg"))
        return Format::Svg;
    if (n == QLatin1String("png"))
        return Format::Png;
    if (n == QLatin1String("pdf"))
        return Format::Pdf;
    if (n == QLatin1String("txt") || n == QLatin1String("text"))
        return Format::Text;
    if (n == QLatin1String("ladder"))
        return Format::Ladder;
    if (n == QLatin1String("mmd") || n == QLatin1String("mermaid"))
        return Format::Mermaid;
    if (n == QLatin1String("puml") || n == QLatin1String("plantuml"))
        return Format::PlantUml;
    if (n == QLatin1String("pcap"))
        return Format::Pcap;
    if (n == QLatin1String("json"))
        return Format::Json;
    if (n == QLatin1String("html") || n == QLatin1String("htm")) // issue 16: the handout
        return Format::Html;
    return std::nullopt;
}

std::optional<LadderExport::Format> LadderExport::formatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("text") || suffix == QLatin1String("ladder") ||
        suffix == QLatin1String("mermaid") || suffix == QLatin1String("plantuml"))
        return std::nullopt; // names for --format, not extensions
    return formatFromName(suffix);
}

QString LadderExport::extension(Format format)
{
    switch (format) {
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Png:
        return QStringLiteral("png");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Text:
    case Format::Ladder:
        return QStringLiteral("txt");
    case Format::Mermaid:
        return QStringLiteral("mmd");
    case Format::PlantUml:
        return QStringLiteral("puml");
    case Format::Pcap:
        return QStringLiteral("pcap");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Html:
        return QStringLiteral("html");
    }
    return QString();
}

QStringList LadderExport::supportedExtensions()
{
    return {QStringLiteral(".svg"),  QStringLiteral(".png"), QStringLiteral(".pdf"),
            QStringLiteral(".txt"),  QStringLiteral(".mmd"), QStringLiteral(".puml"),
            QStringLiteral(".pcap"), QStringLiteral(".json"), QStringLiteral(".html")};
}

QStringList LadderExport::formatNames()
{
    return {QStringLiteral("svg"),      QStringLiteral("png"),    QStringLiteral("pdf"),
            QStringLiteral("text"),     QStringLiteral("ladder"), QStringLiteral("mermaid"),
            QStringLiteral("plantuml"), QStringLiteral("pcap"),   QStringLiteral("json"), QStringLiteral("html")};
}

bool LadderExport::isText(Format format)
{
    return format == Format::Text || format == Format::Ladder || format == Format::Mermaid ||
           format == Format::PlantUml || format == Format::Json || format == Format::Html;
}

LadderExportOptions LadderExport::textOptions(const LadderImageOptions &options)
{
    LadderExportOptions t;
    t.title = options.title;
    t.hiddenNodes = options.layout.hiddenNodes;
    t.showTimes = options.layout.showTimeColumn;
    t.notes = options.notes;
    return t;
}

QByteArray LadderExport::bytes(const CallTrace &trace, Format format, const LadderImageOptions &options,
                               QString *error)
{
    if ((isImage(format) || format == Format::Html) && trace.messages.size() > LadderImageExporter::MaxMessagesForImages) {
        if (error)
            *error =
                Tr::tr("%1 messages are more than an image export allows (%2); export text or pcap instead")
                    .arg(trace.messages.size())
                    .arg(LadderImageExporter::MaxMessagesForImages);
        return {};
    }
    switch (format) {
    case Format::Svg:
        return LadderImageExporter::svg(trace, options);
    case Format::Pdf:
        return LadderImageExporter::pdf(trace, options);
    case Format::Png: {
        const QImage image = LadderImageExporter::png(trace, options, error);
        if (image.isNull())
            return {};
        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return out;
    }
    case Format::Text:
        return TextLadderExporter::list(trace, textOptions(options)).toUtf8();
    case Format::Ladder:
        return TextLadderExporter::drawing(trace, textOptions(options)).toUtf8();
    case Format::Mermaid:
        return MermaidExporter::toMermaid(trace, textOptions(options)).toUtf8();
    case Format::PlantUml:
        return PlantUmlExporter::toPlantUml(trace, textOptions(options)).toUtf8();
    case Format::Pcap:
        return PcapExporter::toPcap(trace, error);
    case Format::Json:
        return trace.toJson();
    case Format::Html:
        return LadderHtmlWriter::write(trace, options);
    }
    return {};
}

bool LadderExport::write(const CallTrace &trace, const QString &path, Format format,
                         const LadderImageOptions &options, QString *error)
{
    const QByteArray data = bytes(trace, format, options, error);
    if (data.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace SipLab
