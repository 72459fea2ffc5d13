#pragma once

#include "ladderrenderer.h"

#include <QColor>
#include <QPalette>

namespace SipLab {

enum class ThemeKind { Light, Dark, HighContrast };

/// The window's colours from one place: the widgets' palette, the ladder's LadderTheme (which
/// the renderer paints with) and the colours of the explanation's HTML. Light and Dark keep the
/// style's palette (Dark darkens the ladder only); HighContrast is white and saturated colours
/// on black everywhere.
struct UiTheme
{
    ThemeKind kind = ThemeKind::Light;
    QPalette palette;
    LadderTheme ladder;
    QColor text, muted, codeBackground, link, noteBackground, noteText;
    QColor added, removed, changed, unchanged; // Compare: header rows
    /// Application style sheet: empty, or (high contrast) white frames around fields and check
    /// boxes, which the style would draw in the window colour, i.e. invisibly on black.
    QString styleSheet;

    /// The heading colour of a message: its response class's ladder colour (0: a request).
    QColor classColor(int statusCode) const;
    static UiTheme make(ThemeKind kind);
};

} // namespace SipLab
