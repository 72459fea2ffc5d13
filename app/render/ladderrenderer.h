#pragma once

#include "calltrace.h"
#include "ladderlayout.h"
#include "language.h"

#include <QColor>
#include <QFont>
#include <QRectF>

class QPainter;

namespace SipLab {

/// Colours and fonts of a ladder: the renderer takes every colour from here. light() is for
/// print, dark() for the dark theme, highContrast() for low vision (white and saturated colours
/// on black), presenter() for projectors (large fonts, high contrast).
struct LadderTheme
{
    QColor background, laneLine, headerBackground, headerText, text, mutedText, selection, note, lostCross;
    QColor request, provisional, success, redirection, clientError, serverError, globalFailure;
    QColor markerError, markerWarning, markerNote, markerText; // finding badges (MarkerSeverity)
    QFont font, headerFont, smallFont;
    QColor colorFor(ArrowKind kind) const;
    QColor markerColor(MarkerSeverity severity) const;
    static LadderTheme light();
    static LadderTheme dark();
    static LadderTheme highContrast();
    static LadderTheme presenter();
};

/// What to draw beyond the layout itself.
struct LadderPaintState
{
    bool playback = false;       // true: only messages up to `cursor` are drawn (playback)
    int cursor = -1;             // last message shown during playback (-1: none yet)
    double travel = 1.0;         // 0..1: how far the message at `cursor` has travelled its arrow
    int selectedMessage = -1;    // index into CallTrace::messages
    int compareMessage = -1;     // second selection for Compare
    bool drawHeader = true;      // lane headers at the top of the painted region
    double headerY = 0;          // y (in layout coordinates) where the header is drawn (sticky header)
};

/// The one painter of ladders: the LadderView, SVG, PNG and PDF exports all call paint(), so
/// what is exported is what is shown. It draws only the arrows and notes that intersect `clip`
/// (layout coordinates), which keeps a 10,000-message ladder as fast as a short one.
class LadderRenderer
{
public:
    LadderRenderer(const CallTrace &trace, const LadderLayout &layout, const LadderTheme &theme);

    void paint(QPainter &painter, const QRectF &clip, const LadderPaintState &state = {}) const;
    /// Lane headers only (name, address), across the whole width, at y = 0.
    void paintHeader(QPainter &painter, double width) const;
    /// Numbered explanations (LadderFootnotes::lines()) below a ladder in exports: the height
    /// each line takes when wrapped to `width`, and the lines drawn from `topLeft` down.
    QList<double> footnoteHeights(const QStringList &lines, double width) const;
    void paintFootnotes(QPainter &painter, const QPointF &topLeft, double width, const QStringList &lines) const;

private:
    const CallTrace &m_trace;
    const LadderLayout &m_layout;
    LadderTheme m_theme;
};

} // namespace SipLab
