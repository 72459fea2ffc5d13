// A baseline of bench_svg (issue 16): what any SVG export that measures its text with the fonts
// that draw it pays before it lays out a single message. It starts Qt Gui the way `siplab-cli`
// does for an SVG (the offscreen platform), takes the ladder's three fonts (LadderTheme::light(),
// the export's theme) and measures one label in each, then exits: no scenario, no engine, no
// layout, no file. Built only for the benchmark.
#include "ladderrenderer.h"

#include <QFontMetricsF>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const SipLab::LadderTheme theme = SipLab::LadderTheme::light();
    double width = 0;
    for (const QFont &font : {theme.font, theme.headerFont, theme.smallFont})
        width += QFontMetricsF(font).horizontalAdvance(QStringLiteral("F2 100 Trying"));
    return width > 0 ? 0 : 1;
}
