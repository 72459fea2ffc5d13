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

    /// The heading colour of a message: its response class's ladder colour (0: a request).
    QColor classColor(int statusCode) const;
    static UiTheme make(ThemeKind kind);
};

} // namespace SipLab
