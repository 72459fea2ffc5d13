#pragma once

#include "calltrace.h"
#include "ladderexportoptions.h"
#include "ladderdisplaylist.h"
#include "ladderlayout.h"
#include "ladderrenderer.h"

#include <QPageLayout>
#include <QPageSize>

namespace SipLab {

/// The choices of LadderExportOptions (title, lanes, time column, notes) plus what only a
/// drawing needs. The lanes and time column are the base's: layout.hiddenNodes and
/// layout.showTimeColumn are ignored (LadderImageExporter sets them from the base).
struct LadderImageOptions : LadderExportOptions
{
    LadderLayoutOptions layout;         // the look: time mode, label detail, annotations, sizes
    LadderTheme theme = LadderTheme::light(); // light for print
    double pngScale = 2.0;              // device pixels per layout unit (96 dpi x scale)
    int pngDpi = 0;                     // when > 0: the PNG's resolution; sets the scale to dpi / 96
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
};

/// Everything an image export draws: the layout (with footnote marks on the labels), the title
/// above it and the footnote lines below it, and the display list of all of it.
struct LadderPicture
{
    static constexpr double TitleHeight = 28;
    static constexpr double NotesGap = 12;
    LadderLayout layout;
    QStringList notes;
    double titleHeight = 0;
    double notesWidth = 0;
    double notesHeight = 0; // including the gap above and the margin below
    QSizeF size() const { return {layout.size().width(), titleHeight + layout.size().height() + notesHeight}; }

    static LadderPicture build(const CallTrace &trace, const LadderImageOptions &options);
    /// One background for the whole picture, the title, the ladder (moved down by the title)
    /// and the wrapped footnotes: what PNG paints and LadderSvgWriter writes.
    LadderDisplayList displayList(const CallTrace &trace, const LadderImageOptions &options) const;
};

/// Writes a ladder as SVG (LadderSvgWriter), PNG or PDF (LadderRenderer, the painter the screen
/// uses) from the same display list, so what is exported is what is shown; very large PNGs are refused with a message saying why.
/// Files are written by LadderExport (atomically, with the cap on the number of messages).
class LadderImageExporter
{
public:
    static constexpr int MaxMessagesForImages = 20000;
    static constexpr double MaxPngPixels = 200e6;
    static constexpr int MaxPngSide = 131072; // pixels in either direction

    static QByteArray svg(const CallTrace &trace, const LadderImageOptions &options);
    static QImage png(const CallTrace &trace, const LadderImageOptions &options, QString *error = nullptr);
    static QByteArray pdf(const CallTrace &trace, const LadderImageOptions &options, int *pages = nullptr);
    /// Device pixels per layout unit the PNG uses (from pngDpi when set, else pngScale).
    static double effectivePngScale(const LadderImageOptions &options);
};

} // namespace SipLab
