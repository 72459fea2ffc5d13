#pragma once

#include "calltrace.h"
#include "ladderlayout.h"

#include <QFont>
#include <QLineF>
#include <QList>
#include <QPen>
#include <QBrush>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace SipLab {

struct LadderTheme;
struct LadderPaintState;

/// What an item looks like, by role: the QPainter resolves it to a pen, brush and font of the
/// theme (LadderDisplayList::pen() ...), the SVG writer to a CSS class of its <style> block.
enum class DisplayStyle : quint8
{
    Background,  // fill: theme background
    LaneLine,    // lane centre lines
    Selection,   // the highlight behind a selected arrow
    Time,        // time column text
    Arrow,       // an arrow's line (colour of its ArrowKind, dashed for a retransmission)
    ArrowHead,   // its filled head
    LostCross,   // the cross of a lost message
    LabelBox,    // the box behind a label (background, or the selection colour)
    Label,       // "F4 180 Ringing"
    Detail,      // "CSeq 1 INVITE  z9hG4bK..."
    MarkerBadge, // the round badge of a finding before a label (colour of its MarkerSeverity)
    MarkerText,  // the "!" (error, warning) or "i" (note) in it
    NoteBox,     // the rounded tag of a timer or state note
    NoteText,    // transaction and dialog states
    TimerText,   // timers
    HeaderBox,   // a lane's header box
    HeaderTitle, // "UAC"
    HeaderSub,   // "alice@atlanta.example", "192.0.2.10:5070"
    Title,       // the export's title
    Footnote,    // one wrapped line of a footnote (Latin)
    FootnoteCjk  // one wrapped line of a footnote with Chinese (set in Noto Sans CJK)
};

/// One primitive of a ladder picture, in layout coordinates.
struct DisplayItem
{
    enum class Shape : quint8 { Rect, RoundedRect, Line, Polygon, Text };
    Shape shape = Shape::Rect;
    DisplayStyle style = DisplayStyle::Background;
    QRectF rect;       // Rect, RoundedRect, and the box a Text is aligned in
    QLineF line;       // Line
    QPolygonF polygon; // Polygon (closed)
    double radius = 0; // RoundedRect
    int align = 0;     // Text: Qt::Alignment flags (one line, never wrapped)
    QString text;      // Text: what is drawn, already elided or wrapped to fit
};
} // namespace SipLab
// Qt value types and numbers only: moved as bytes when a QList grows or inserts.
Q_DECLARE_TYPEINFO(SipLab::DisplayItem, Q_RELOCATABLE_TYPE);
namespace SipLab {

/// Items that belong together: the lanes, one message's arrow with its label and time, one
/// note, the header. The SVG writer writes each as one <g>; a message's has id "F7".
struct DisplayGroup
{
    enum class Kind : quint8 { Background, Lanes, Message, Note, Header, Title, Footnotes };
    Kind kind = Kind::Background;
    int message = -1;    // Message: index into CallTrace::messages
    int fNumber = 0;     // Message: F-number
    ArrowKind arrowKind = ArrowKind::Request;
    bool retransmission = false;
    bool lost = false;
    bool selected = false;
    MarkerSeverity marker = MarkerSeverity::None; // Message: the worst finding at it
    int annotation = -1; // Note: index into CallTrace::annotations
    AnnotationKind noteKind = AnnotationKind::Note;
    double dy = 0;       // drawn translated down by dy (the sticky header)
    QList<DisplayItem> items;
};
} // namespace SipLab
// Qt value types and numbers only: moved as bytes when a QList grows or inserts.
Q_DECLARE_TYPEINFO(SipLab::DisplayGroup, Q_RELOCATABLE_TYPE);
namespace SipLab {

/// The display list of a ladder: everything LadderRenderer draws, built once from the layout
/// (lanes, arrows, labels, notes, header, footnotes) with the styles they are drawn in. The
/// screen, PNG and PDF paint it with QPainter (paint()); LadderSvgWriter writes it as SVG text,
/// so every surface draws the same primitives at the same places.
class LadderDisplayList
{
public:
    /// The part of the ladder that intersects `clip` (layout coordinates) as the screen shows
    /// it in `state` (playback, selection, header position).
    static LadderDisplayList build(const CallTrace &trace, const LadderLayout &layout, const LadderTheme &theme,
                                   const QRectF &clip, const LadderPaintState &state);
    /// The lane headers across `width`, at y = 0.
    static DisplayGroup header(const LadderLayout &layout, const LadderTheme &theme, double width);
    /// Footnote lines wrapped to `width`, one Text item per visual line, from `topLeft` down.
    static DisplayGroup footnotes(const LadderTheme &theme, const QPointF &topLeft, double width,
                                  const QStringList &lines);
    /// The height each footnote line takes when wrapped to `width`.
    static QList<double> footnoteHeights(const LadderTheme &theme, const QStringList &lines, double width);
    /// The font a footnote line is set in: Noto Sans CJK when it has Chinese.
    static QFont footnoteFont(const QFont &base, const QString &line);

    QList<DisplayGroup> groups;

    void paint(QPainter &painter, const LadderTheme &theme) const;
    static void paintGroup(QPainter &painter, const LadderTheme &theme, const DisplayGroup &group);

    // How a style is drawn in a theme, for QPainter (the SVG writer makes CSS of the same).
    static QPen pen(const LadderTheme &theme, const DisplayGroup &group, DisplayStyle style);   // Qt::NoPen: no stroke
    static QBrush brush(const LadderTheme &theme, const DisplayGroup &group, DisplayStyle style); // Qt::NoBrush: no fill
    static QFont font(const LadderTheme &theme, DisplayStyle style);
    static QColor textColor(const LadderTheme &theme, const DisplayGroup &group, DisplayStyle style);
    static double arrowWidth(bool selected) { return selected ? 2.6 : 1.8; }
};

} // namespace SipLab
