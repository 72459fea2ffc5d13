#include "ladderimageexporter.h"

#include "ladderfootnotes.h"
#include "laddersvgwriter.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

namespace SipLab {

namespace {
constexpr double TitleHeight = LadderPicture::TitleHeight;
constexpr double NotesGap = LadderPicture::NotesGap;

void paintTitle(QPainter &painter, const QString &title, double width, const LadderTheme &theme)
{
    painter.setPen(theme.text);
    painter.setFont(theme.headerFont);
    painter.drawText(QRectF(8, 0, width - 16, TitleHeight), Qt::AlignVCenter | Qt::AlignLeft, title);
}
} // namespace

LadderPicture LadderPicture::build(const CallTrace &trace, const LadderImageOptions &o)
{
    LadderPicture p;
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
        double h = 0;
        for (double line : LadderDisplayList::footnoteHeights(o.theme, p.notes, p.notesWidth))
            h += line;
        p.notesHeight = NotesGap + h + layoutOptions.margin;
    }
    return p;
}

LadderDisplayList LadderPicture::displayList(const CallTrace &trace, const LadderImageOptions &o) const
{
    const QSizeF ladder = layout.size();
    LadderDisplayList list;
    DisplayGroup background;
    background.kind = DisplayGroup::Kind::Background;
    DisplayItem fill;
    fill.style = DisplayStyle::Background;
    fill.rect = QRectF(QPointF(0, 0), size());
    background.items.append(fill);
    list.groups.append(background);
    if (!o.title.isEmpty()) {
        DisplayGroup title;
        title.kind = DisplayGroup::Kind::Title;
        DisplayItem text;
        text.shape = DisplayItem::Shape::Text;
        text.style = DisplayStyle::Title;
        text.rect = QRectF(8, 0, ladder.width() - 16, TitleHeight);
        text.align = Qt::AlignVCenter | Qt::AlignLeft;
        text.text = o.title;
        title.items.append(text);
        list.groups.append(title);
    }
    LadderDisplayList body = LadderDisplayList::build(trace, layout, o.theme, QRectF(QPointF(0, 0), ladder), {});
    for (DisplayGroup &g : body.groups) {
        if (g.kind == DisplayGroup::Kind::Background)
            continue; // the picture's background is already there
        g.dy += titleHeight;
        list.groups.append(g);
    }
    if (!notes.isEmpty()) {
        DisplayGroup f = LadderDisplayList::footnotes(o.theme, QPointF(layout.options().margin, ladder.height() + NotesGap),
                                                      notesWidth, notes);
        f.dy = titleHeight;
        list.groups.append(f);
    }
    return list;
}

double LadderImageExporter::effectivePngScale(const LadderImageOptions &o)
{
    return o.pngDpi > 0 ? o.pngDpi / 96.0 : o.pngScale;
}

QByteArray LadderImageExporter::svg(const CallTrace &trace, const LadderImageOptions &o)
{
    return LadderSvgWriter::write(trace, o);
}

QImage LadderImageExporter::png(const CallTrace &trace, const LadderImageOptions &o, QString *error)
{
    const LadderPicture picture = LadderPicture::build(trace, o);
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
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    picture.displayList(trace, o).paint(painter, o.theme);
    painter.end();
    image.setDotsPerMeterX(qRound(96 * scale / 0.0254));
    image.setDotsPerMeterY(qRound(96 * scale / 0.0254));
    return image;
}

QByteArray LadderImageExporter::pdf(const CallTrace &trace, const LadderImageOptions &o, int *pages)
{
    const LadderPicture picture = LadderPicture::build(trace, o);
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
