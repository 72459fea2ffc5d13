#pragma once

#include "language.h"

#include <QSet>
#include <QString>

namespace SipLab {

/// The user's choices for an export, whatever the format: the one description that the CLI
/// (run --title/--lanes/--times/--notes), the Export dialog and every writer share. The text
/// writers (text, UTF-8 ladder, Mermaid, PlantUML) take it as it is; the image writers take
/// LadderImageOptions (app/render), which extends it with what only a drawing needs.
struct LadderExportOptions
{
    QString title;         // first line / `title` / drawn above the ladder; empty: none
    QSet<int> hiddenNodes; // indexes into CallTrace::nodes; messages to or from them are left out
    bool showTimes = true; // time column (text list, UTF-8 ladder, images)
    ShownLanguages notes = ShownLanguages::None; // explanations as numbered footnotes or notes
};

} // namespace SipLab
