#include "ladderimageexporter.h"

#include "ladderfootnotes.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace SipLab {

namespace {
constexpr double TitleHeight = 28;
constexpr double NotesGap = 12;

/// Everything an image export draws: the layout (with footnote marks on the labels) and the
/// footnote lines below it.
struct ExportPicture
{
    LadderLayout layout;
    QStringList notes;
    double titleHeight = 0;
    double notesWidth = 0;
    double notesHeight = 0; // including the gap above and the margin below
    QSizeF size() const { return {layout.size().width(), titleHeight + layout.size().height() + notesHeight}; }
};

ExportPicture makePicture(const CallTrace &trace, const LadderImageOptions &o)
{
    ExportPicture p;
    const LadderFootnotes footnotes = LadderFootnotes::build(trace, o.notes, o.hiddenNodes);
    LadderLayoutOptions layoutOptions = o.layout;
    layoutOptions.hiddenNodes = o.hiddenNodes;
    layoutOptions.showTimeColumn = o.showTimes;
    layoutOptions.footnoteMarks = footnotes.marks();
    p.layout = LadderLayout::build(trace, layoutOptions);
    p.titleHeight = o.title.isEmpty() ? 0 : TitleHeight;
    p.notes = footnotes.lines();
    if (!p.notes.isEmpty()) {
        p.notesWidth = p.layout.size().width() - 2 * layoutOptions.margin;
        LadderRenderer renderer(trace, p.layout, o.theme);
        double h = 0;
        for (double line : renderer.footnoteHeights(p.notes, p.notesWidth))
            h += line;
        p.notesHeight = NotesGap + h + layoutOptions.margin;
    }
    return p;
}

void paintTitle(QPainter &painter, const QString &title, double width, const LadderTheme &theme)
{
    painter.setPen(theme.text);
    painter.setFont(theme.headerFont);
    painter.drawText(QRectF(8, 0, width - 16, TitleHeight), Qt::AlignVCenter | Qt::AlignLeft, title);
}

void paintAll(QPainter &painter, const CallTrace &trace, const ExportPicture &p, const LadderImageOptions &o)
{
    const QSizeF size = p.layout.size();
    painter.fillRect(QRectF(QPointF(0, 0), p.size()), o.theme.background);
    if (!o.title.isEmpty())
        paintTitle(painter, o.title, size.width(), o.theme);
    painter.translate(0, p.titleHeight);
    LadderRenderer renderer(trace, p.layout, o.theme);
    renderer.paint(painter, QRectF(QPointF(0, 0), size));
    if (!p.notes.isEmpty())
        renderer.paintFootnotes(painter, QPointF(p.layout.options().margin, size.height() + NotesGap), p.notesWidth, p.notes);
}
} // namespace

double LadderImageExporter::effectivePngScale(const LadderImageOptions &o)
{
    return o.pngDpi > 0 ? o.pngDpi / 96.0 : o.pngScale;
}

QByteArray LadderImageExporter::svg(const CallTrace &trace, const LadderImageOptions &o)
{
    const ExportPicture picture = makePicture(trace, o);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    const QSize size = picture.size().toSize();
    generator.setSize(size);
    generator.setResolution(96); // as LadderRenderer measures its fonts
    generator.setViewBox(QRect(QPoint(0, 0), size));
    // QSvgGenerator writes the title as it is: escape it, or "<" or "&" would break the XML.
    generator.setTitle(o.title.isEmpty() ? QStringLiteral("SIP ladder") : o.title.toHtmlEscaped());
    generator.setDescription(QStringLiteral("SIP Lab ladder: %1 messages").arg(trace.messages.size()));
    QPainter painter(&generator);
    paintAll(painter, trace, picture, o);
    painter.end();
    return bytes;
}

QImage LadderImageExporter::png(const CallTrace &trace, const LadderImageOptions &o, QString *error)
{
    const ExportPicture picture = makePicture(trace, o);
    const double scale = effectivePngScale(o);
    const QSize pixels((picture.size() * scale).toSize());
    if (double(pixels.width()) * pixels.height() > MaxPngPixels || pixels.height() > MaxPngSide || pixels.width() > MaxPngSide) {
        if (error)
            *error = QObject::tr("The PNG would be %1 x %2 pixels, too large for an image; export SVG or PDF, or hide lanes")
                         .arg(pixels.width())
                         .arg(pixels.height());
        return {};
    }
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    // Paint at 96 dpi, the resolution LadderRenderer measures its fonts at (so that text fits
    // its boxes as on the screen); the PNG then says its real resolution.
    image.setDotsPerMeterX(qRound(96 / 0.0254));
    image.setDotsPerMeterY(qRound(96 / 0.0254));
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintAll(painter, trace, picture, o);
    painter.end();
    image.setDotsPerMeterX(qRound(96 * scale / 0.0254));
    image.setDotsPerMeterY(qRound(96 * scale / 0.0254));
    return image;
}

QByteArray LadderImageExporter::pdf(const CallTrace &trace, const LadderImageOptions &o, int *pages)
{
    const ExportPicture picture = makePicture(trace, o);
    const LadderLayout &layout = picture.layout;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(o.title.isEmpty() ? QStringLiteral("SIP ladder") : o.title);
    writer.setCreator(QStringLiteral("SIP Lab"));
    writer.setPageLayout(QPageLayout(o.pageSize, o.orientation, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    // 96 dpi, the resolution LadderRenderer measures its fonts at, so that text fits its boxes
    // as on the screen; a PDF is vector graphics, so this costs no sharpness.
    writer.setResolution(96);
    QPainter painter(&writer);
    const QRectF page = painter.viewport();
    // Fit the width; long ladders continue on further pages, each with the lane headers.
    const double width = layout.size().width();
    const double scale = page.width() / width;
    const double pageHeight = page.height() / scale;
    const double header = layout.options().headerHeight;
    const double title = picture.titleHeight;
    const double bodyPerPage = qMax(pageHeight - header - title, layout.options().rowHeight * 2);
    const double ladderEnd = layout.size().height();
    double top = header;
    int count = 0;
    double usedOnLastPage = 0; // layout units used on the current page
    LadderRenderer renderer(trace, layout, o.theme);
    auto startPage = [&]() {
        if (count > 0)
            writer.newPage();
        painter.resetTransform();
        painter.scale(scale, scale);
        painter.fillRect(QRectF(0, 0, width, pageHeight), o.theme.background);
        if (!o.title.isEmpty())
            paintTitle(painter, count == 0 ? o.title : QStringLiteral("%1 (%2)").arg(o.title).arg(count + 1), width, o.theme);
        ++count;
    };
    while (top < ladderEnd || count == 0) {
        // End the page at the top of the first row that does not fit, so no arrow is cut.
        double bottom = top + bodyPerPage;
        if (bottom < ladderEnd) {
            const QPair<int, int> range = layout.arrowRange(bottom, bottom);
            if (range.first < layout.arrows().size()) {
                const double rowTop = layout.arrows()[range.first].y - layout.options().rowHeight + 2;
                if (rowTop > top + layout.options().rowHeight && rowTop < bottom)
                    bottom = rowTop;
            }
        }
        bottom = qMin(bottom, ladderEnd);
        startPage();
        painter.save();
        painter.translate(0, title + header - top);
        const QRectF clip(0, top, width, bottom - top);
        painter.setClipRect(clip);
        LadderPaintState state;
        state.drawHeader = false;
        renderer.paint(painter, clip, state);
        painter.setClipping(false);
        painter.translate(0, top - header);
        renderer.paintHeader(painter, width);
        painter.restore();
        usedOnLastPage = title + header + (bottom - top);
        top = bottom;
    }
    // Footnotes flow below the ladder, onto further pages when needed.
    if (!picture.notes.isEmpty()) {
        const QList<double> heights = renderer.footnoteHeights(picture.notes, picture.notesWidth);
        double y = usedOnLastPage + NotesGap;
        int from = 0;
        while (from < picture.notes.size()) {
            int to = from;
            double h = 0;
            while (to < picture.notes.size() && (y + h + heights[to] <= pageHeight || to == from)) {
                h += heights[to];
                ++to;
            }
            // Keep the lines of one footnote (its languages) together when the page can.
            while (to < picture.notes.size() && to > from + 1 && picture.notes[to].startsWith(QLatin1Char(' '))) {
                --to;
                h -= heights[to];
            }
            if (y + h > pageHeight && y > title) { // not even one line fits here: next page
                startPage();
                y = title;
                continue;
            }
            renderer.paintFootnotes(painter, QPointF(layout.options().margin, y), picture.notesWidth, picture.notes.mid(from, to - from));
            from = to;
            if (from < picture.notes.size()) {
                startPage();
                y = title;
            }
        }
    }
    painter.end();
    if (pages)
        *pages = count;
    return bytes;
}

} // namespace SipLab
