#include "ladderexport.h"

#include "ladderhtmlwriter.h"
#include "laddertextformats.h"
#include "pcapexporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QSaveFile>

namespace SipLab {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SipLab::LadderExport)
};
} // namespace

QByteArray LadderExport::bytes(const CallTrace &trace, ExportFormat format, const LadderImageOptions &options,
                               QString *error)
{
    if (ExportFormats::info(format).needsPainter &&
        trace.messages.size() > LadderImageExporter::MaxMessagesForImages) {
        if (error)
            *error =
                Tr::tr("%1 messages are more than an image export allows (%2); export text or pcap instead")
                    .arg(trace.messages.size())
                    .arg(LadderImageExporter::MaxMessagesForImages);
        return {};
    }
    switch (format) {
    case ExportFormat::Svg:
        return LadderImageExporter::svg(trace, options);
    case ExportFormat::Pdf:
        return LadderImageExporter::pdf(trace, options);
    case ExportFormat::Png: {
        const QImage image = LadderImageExporter::png(trace, options, error);
        if (image.isNull())
            return {};
        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return out;
    }
    case ExportFormat::Text:
    case ExportFormat::Ladder:
    case ExportFormat::Mermaid:
    case ExportFormat::PlantUml:
    case ExportFormat::Json:
        return LadderTextFormats::bytes(trace, format, options);
    case ExportFormat::Pcap:
        return PcapExporter::toPcap(trace, error);
    case ExportFormat::Html:
        return LadderHtmlWriter::write(trace, options);
    }
    return {};
}

bool LadderExport::write(const CallTrace &trace, const QString &path, ExportFormat format,
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
