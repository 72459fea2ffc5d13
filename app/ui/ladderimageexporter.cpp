#include "ladderimageexporter.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace SipLab {

namespace {
constexpr double TitleHeight = 28;

void paintAll(QPainter &painter, const CallTrace &trace, const LadderLayout &layout, const LadderImageOptions &o)
{
    const QSizeF size = layout.size();
    painter.fillRect(QRectF(0, 0, size.width(), size.height() + TitleHeight), o.theme.background);
    if (!o.title.isEmpty()) {
        painter.setPen(o.theme.text);
        painter.setFont(o.theme.headerFont);
        painter.drawText(QRectF(8, 0, size.width() - 16, TitleHeight), Qt::AlignVCenter | Qt::AlignLeft, o.title);
    }
    painter.translate(0, o.title.isEmpty() ? 0 : TitleHeight);
    LadderRenderer renderer(trace, layout, o.theme);
    renderer.paint(painter, QRectF(QPointF(0, 0), size));
}
} // namespace

QByteArray LadderImageExporter::svg(const CallTrace &trace, const LadderImageOptions &o)
{
    const LadderLayout layout = LadderLayout::build(trace, o.layout);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    const QSize size(int(layout.size().width()), int(layout.size().height() + (o.title.isEmpty() ? 0 : TitleHeight)));
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(o.title.isEmpty() ? QStringLiteral("SIP ladder") : o.title);
    generator.setDescription(QStringLiteral("SIP Lab ladder: %1 messages").arg(trace.messages.size()));
    QPainter painter(&generator);
    paintAll(painter, trace, layout, o);
    painter.end();
    return bytes;
}

QImage LadderImageExporter::png(const CallTrace &trace, const LadderImageOptions &o, QString *error)
{
    const LadderLayout layout = LadderLayout::build(trace, o.layout);
    const QSizeF logical(layout.size().width(), layout.size().height() + (o.title.isEmpty() ? 0 : TitleHeight));
    const QSize pixels((logical * o.pngScale).toSize());
    if (double(pixels.width()) * pixels.height() > MaxPngPixels || pixels.height() > 32000) {
        if (error)
            *error = QObject::tr("The PNG would be %1 x %2 pixels, too large for an image; export SVG or PDF, or hide lanes")
                         .arg(pixels.width())
                         .arg(pixels.height());
        return {};
    }
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(96 * o.pngScale / 0.0254));
    image.setDotsPerMeterY(int(96 * o.pngScale / 0.0254));
    QPainter painter(&image);
    painter.scale(o.pngScale, o.pngScale);
    paintAll(painter, trace, layout, o);
    painter.end();
    return image;
}

QByteArray LadderImageExporter::pdf(const CallTrace &trace, const LadderImageOptions &o, int *pages)
{
    const LadderLayout layout = LadderLayout::build(trace, o.layout);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(o.title.isEmpty() ? QStringLiteral("SIP ladder") : o.title);
    writer.setCreator(QStringLiteral("SIP Lab"));
    writer.setPageLayout(QPageLayout(o.pageSize, o.orientation, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    writer.setResolution(150);
    QPainter painter(&writer);
    const QRectF page = painter.viewport();
    // Fit the width; long ladders continue on further pages, each with the lane headers.
    const double scale = page.width() / layout.size().width();
    const double header = layout.options().headerHeight;
    const double title = o.title.isEmpty() ? 0 : TitleHeight;
    const double bodyPerPage = page.height() / scale - header - title;
    double top = header;
    int count = 0;
    LadderRenderer renderer(trace, layout, o.theme);
    while (top < layout.size().height() || count == 0) {
        if (count > 0)
            writer.newPage();
        painter.save();
        painter.scale(scale, scale);
        painter.fillRect(QRectF(0, 0, layout.size().width(), page.height() / scale), o.theme.background);
        if (!o.title.isEmpty()) {
            painter.setPen(o.theme.text);
            painter.setFont(o.theme.headerFont);
            painter.drawText(QRectF(8, 0, layout.size().width() - 16, TitleHeight), Qt::AlignVCenter,
                             count == 0 ? o.title : QStringLiteral("%1 (%2)").arg(o.title).arg(count + 1));
        }
        painter.translate(0, title + header - top);
        const QRectF clip(0, top, layout.size().width(), bodyPerPage);
        painter.setClipRect(clip);
        LadderPaintState state;
        state.drawHeader = false;
        renderer.paint(painter, clip, state);
        painter.setClipping(false);
        painter.translate(0, top - header);
        renderer.paintHeader(painter, layout.size().width());
        painter.restore();
        top += bodyPerPage;
        ++count;
    }
    painter.end();
    if (pages)
        *pages = count;
    return bytes;
}

bool LadderImageExporter::exportTo(const CallTrace &trace, const QString &path, Format format, const LadderImageOptions &o,
                                   QString *error)
{
    if (trace.messages.size() > MaxMessagesForImages) {
        if (error)
            *error = QObject::tr("%1 messages are more than an image export allows (%2); export text or pcap instead")
                         .arg(trace.messages.size())
                         .arg(MaxMessagesForImages);
        return false;
    }
    QByteArray bytes;
    if (format == Format::Svg) {
        bytes = svg(trace, o);
    } else if (format == Format::Pdf) {
        bytes = pdf(trace, o);
    } else {
        const QImage image = png(trace, o, error);
        if (image.isNull())
            return false;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QObject::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace SipLab
