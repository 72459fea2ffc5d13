#include "ladderrenderer.h"

#include "ladderdisplaylist.h"

#include <QFontMetricsF>
#include <QPainter>

namespace SipLab {

namespace {
QFont makeFont(double pointSize, bool bold = false)
{
    QFont f;
    // Latin in Noto Sans, or else DejaVu Sans (the usual desktop face, already loaded for the
    // widgets); a character neither has (Chinese) in Noto Sans CJK, so a Chinese label never
    // falls back to boxes. Noto Sans CJK first would set every Latin label in it too, and load
    // its 65,000 glyphs (about 5 MiB of the first frame's peak) for a ladder with no Chinese on it.
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}
} // namespace

QColor LadderTheme::colorFor(ArrowKind kind) const
{
    switch (kind) {
    case ArrowKind::Request:
        return request;
    case ArrowKind::Provisional:
        return provisional;
    case ArrowKind::Success:
        return success;
    case ArrowKind::Redirection:
        return redirection;
    case ArrowKind::ClientError:
        return clientError;
    case ArrowKind::ServerError:
        return serverError;
    case ArrowKind::GlobalFailure:
        return globalFailure;
    }
    return request;
}

QColor LadderTheme::markerColor(MarkerSeverity severity) const
{
    switch (severity) {
    case MarkerSeverity::Error:
        return markerError;
    case MarkerSeverity::Warning:
        return markerWarning;
    case MarkerSeverity::Note:
    case MarkerSeverity::None:
        break;
    }
    return markerNote;
}

LadderTheme LadderTheme::light()
{
    LadderTheme t;
    t.background = QColor(0xff, 0xff, 0xff);
    t.laneLine = QColor(0xb0, 0xb7, 0xc3);
    t.headerBackground = QColor(0xee, 0xf2, 0xf7);
    t.headerText = QColor(0x1f, 0x29, 0x37);
    t.text = QColor(0x11, 0x18, 0x27);
    t.mutedText = QColor(0x6b, 0x72, 0x80);
    t.selection = QColor(0xfd, 0xe6, 0x8a);
    t.note = QColor(0x4b, 0x55, 0x63);
    t.lostCross = QColor(0xdc, 0x26, 0x26);
    // Distinct hues that stay apart on a washed-out projector and for common colour blindness.
    t.request = QColor(0x37, 0x41, 0x51);
    t.provisional = QColor(0x0e, 0x74, 0x90);
    t.success = QColor(0x15, 0x80, 0x3d);
    t.redirection = QColor(0x6d, 0x28, 0xd9);
    t.clientError = QColor(0xc2, 0x41, 0x0c);
    t.serverError = QColor(0xb9, 0x1c, 0x1c);
    t.globalFailure = QColor(0x9d, 0x17, 0x4d);
    // Finding badges: red, amber, blue, with white marks (legible on both backgrounds).
    t.markerError = QColor(0xdc, 0x26, 0x26);
    t.markerWarning = QColor(0xd9, 0x77, 0x06);
    t.markerNote = QColor(0x25, 0x63, 0xeb);
    t.markerText = QColor(0xff, 0xff, 0xff);
    t.font = makeFont(9.5);
    t.headerFont = makeFont(10.5, true);
    t.smallFont = makeFont(8);
    return t;
}

LadderTheme LadderTheme::dark()
{
    LadderTheme t = light();
    t.background = QColor(0x1e, 0x1f, 0x24);
    t.laneLine = QColor(0x55, 0x5b, 0x66);
    t.headerBackground = QColor(0x2b, 0x2e, 0x36);
    t.headerText = QColor(0xe5, 0xe7, 0xeb);
    t.text = QColor(0xf3, 0xf4, 0xf6);
    t.mutedText = QColor(0x9c, 0xa3, 0xaf);
    t.selection = QColor(0x71, 0x5a, 0x12);
    t.note = QColor(0xc0, 0xc6, 0xd0);
    t.request = QColor(0xd1, 0xd5, 0xdb);
    t.provisional = QColor(0x38, 0xbd, 0xf8);
    t.success = QColor(0x4a, 0xde, 0x80);
    t.redirection = QColor(0xa7, 0x8b, 0xfa);
    t.clientError = QColor(0xfb, 0x92, 0x3c);
    t.serverError = QColor(0xf8, 0x71, 0x71);
    t.globalFailure = QColor(0xf4, 0x72, 0xb6);
    return t;
}

LadderTheme LadderTheme::highContrast()
{
    // Every colour at least 7:1 against black (WCAG AAA), the selection a dark blue so that the
    // coloured labels on it stay readable.
    LadderTheme t = light();
    t.background = QColor(0x00, 0x00, 0x00);
    t.laneLine = QColor(0xff, 0xff, 0xff);
    t.headerBackground = QColor(0x00, 0x00, 0x00);
    t.headerText = QColor(0xff, 0xff, 0xff);
    t.text = QColor(0xff, 0xff, 0xff);
    t.mutedText = QColor(0xe0, 0xe0, 0xe0);
    t.selection = QColor(0x00, 0x2a, 0x66);
    t.note = QColor(0xff, 0xff, 0x80);
    t.lostCross = QColor(0xff, 0x50, 0x50);
    t.request = QColor(0xff, 0xff, 0xff);
    t.provisional = QColor(0x00, 0xe5, 0xff);
    t.success = QColor(0x66, 0xff, 0x66);
    t.redirection = QColor(0xd8, 0xb4, 0xff);
    t.clientError = QColor(0xff, 0xc0, 0x40);
    t.serverError = QColor(0xff, 0x80, 0x80);
    t.globalFailure = QColor(0xff, 0x99, 0xdd);
    t.font.setBold(true);
    return t;
}

LadderTheme LadderTheme::presenter()
{
    LadderTheme t = light();
    t.laneLine = QColor(0x33, 0x33, 0x33);
    t.font = makeFont(14, true);
    t.headerFont = makeFont(16, true);
    t.smallFont = makeFont(11);
    return t;
}

LadderRenderer::LadderRenderer(const CallTrace &trace, const LadderLayout &layout, const LadderTheme &theme)
    : m_trace(trace)
    , m_layout(layout)
    , m_theme(theme)
{
}

void LadderRenderer::paintHeader(QPainter &painter, double width) const
{
    painter.save();
    LadderDisplayList::paintGroup(painter, m_theme, LadderDisplayList::header(m_layout, m_theme, width));
    painter.restore();
}

void LadderRenderer::paint(QPainter &painter, const QRectF &clip, const LadderPaintState &state) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    LadderDisplayList::build(m_trace, m_layout, m_theme, clip, state).paint(painter, m_theme);
    painter.restore();
}

QList<double> LadderRenderer::footnoteHeights(const QStringList &lines, double width) const
{
    return LadderDisplayList::footnoteHeights(m_theme, lines, width);
}

void LadderRenderer::paintFootnotes(QPainter &painter, const QPointF &topLeft, double width, const QStringList &lines) const
{
    painter.save();
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    LadderDisplayList::paintGroup(painter, m_theme, LadderDisplayList::footnotes(m_theme, topLeft, width, lines));
    painter.restore();
}

} // namespace SipLab
