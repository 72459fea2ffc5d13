// LadderDisplayList: a finding's badge (MarkerSeverity in the layout options) is drawn in the
// message's group, just before its label, in the colour of its severity, and the SVG writer
// writes it from the same list (class f-error ... and its CSS only when there is a badge); a
// message from a lane to itself (merged lanes of one host) is a loop with its head on the lane.
#include "engine.h"
#include "ladderdisplaylist.h"
#include "ladderimageexporter.h"
#include "laddersvgwriter.h"

#include <QTest>

using namespace SipLab;

namespace {

const DisplayGroup *groupOf(const LadderDisplayList &list, int message)
{
    for (const DisplayGroup &g : list.groups) {
        if (g.kind == DisplayGroup::Kind::Message && g.message == message)
            return &g;
    }
    return nullptr;
}

QList<DisplayItem> itemsOf(const DisplayGroup &g, DisplayStyle style)
{
    QList<DisplayItem> items;
    for (const DisplayItem &i : g.items) {
        if (i.style == style)
            items.append(i);
    }
    return items;
}

LadderDisplayList displayList(const CallTrace &trace, const LadderLayoutOptions &options)
{
    const LadderLayout layout = LadderLayout::build(trace, options);
    const QRectF all(QPointF(0, 0), layout.size());
    return LadderDisplayList::build(trace, layout, LadderTheme::light(), all, {});
}

} // namespace

class TestLadderDisplayList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void markerBadge_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("mark");
        QTest::addColumn<QString>("svgClass");
        QTest::newRow("error") << int(MarkerSeverity::Error) << QStringLiteral("!") << QStringLiteral("f-error");
        QTest::newRow("warning") << int(MarkerSeverity::Warning) << QStringLiteral("!") << QStringLiteral("f-warning");
        QTest::newRow("note") << int(MarkerSeverity::Note) << QStringLiteral("i") << QStringLiteral("f-note");
    }

    void markerBadge()
    {
        QFETCH(int, severity);
        QFETCH(QString, mark);
        QFETCH(QString, svgClass);
        const CallTrace trace = Engine::run(Scenario::defaultScenario());
        LadderLayoutOptions options;
        options.markers = QList<MarkerSeverity>(trace.messages.size(), MarkerSeverity::None);
        options.markers[2] = MarkerSeverity(severity);
        const LadderDisplayList list = displayList(trace, options);

        const DisplayGroup *marked = groupOf(list, 2);
        QVERIFY(marked);
        QCOMPARE(int(marked->marker), severity);
        const QList<DisplayItem> badges = itemsOf(*marked, DisplayStyle::MarkerBadge);
        const QList<DisplayItem> marks = itemsOf(*marked, DisplayStyle::MarkerText);
        const QList<DisplayItem> labels = itemsOf(*marked, DisplayStyle::Label);
        QCOMPARE(badges.size(), 1);
        QCOMPARE(marks.size(), 1);
        QCOMPARE(labels.size(), 1);
        QCOMPARE(marks.first().text, mark);
        // A disc just left of the label, on its line.
        const QRectF disc = badges.first().rect;
        QCOMPARE(disc.width(), disc.height());
        QCOMPARE(badges.first().radius, disc.width() / 2);
        QVERIFY(disc.right() <= labels.first().rect.left());
        QVERIFY(disc.right() > labels.first().rect.left() - 8);
        QVERIFY(qAbs(disc.center().y() - labels.first().rect.center().y()) < 1);
        // Painted in the severity's colour, the mark in white.
        const LadderTheme theme = LadderTheme::light();
        QCOMPARE(LadderDisplayList::brush(theme, *marked, DisplayStyle::MarkerBadge).color(), theme.markerColor(MarkerSeverity(severity)));
        QCOMPARE(LadderDisplayList::textColor(theme, *marked, DisplayStyle::MarkerText), theme.markerText);
        QVERIFY(theme.markerError != theme.markerWarning && theme.markerWarning != theme.markerNote);

        // Every other message has none.
        for (int i = 0; i < trace.messages.size(); ++i) {
            if (i == 2)
                continue;
            const DisplayGroup *g = groupOf(list, i);
            QVERIFY(g);
            QCOMPARE(g->marker, MarkerSeverity::None);
            QVERIFY(itemsOf(*g, DisplayStyle::MarkerBadge).isEmpty());
        }

        // The exports draw the same list: the SVG's group of F3 has the class and the badge.
        LadderImageOptions image;
        image.layout = options;
        const QString svg = QString::fromUtf8(LadderSvgWriter::write(trace, image));
        QVERIFY2(svg.contains(QStringLiteral("<g id=\"F3\" class=\"m req %1\">").arg(svgClass)), qPrintable(svg.left(3000)));
        QCOMPARE(svg.count(QLatin1String("class=\"mb\"")), 1);
        QVERIFY(svg.contains(QStringLiteral("<text class=\"mt c\"")));
        QVERIFY(svg.contains(QStringLiteral(".%1 .mb{fill:").arg(svgClass)));
    }

    void noMarkerNoChange()
    {
        // A ladder without findings is drawn (and written) exactly as before badges existed.
        const CallTrace trace = Engine::run(Scenario::defaultScenario());
        LadderLayoutOptions none;
        none.markers = QList<MarkerSeverity>(trace.messages.size(), MarkerSeverity::None);
        const LadderDisplayList a = displayList(trace, {});
        const LadderDisplayList b = displayList(trace, none);
        QCOMPARE(a.groups.size(), b.groups.size());
        for (int i = 0; i < a.groups.size(); ++i)
            QCOMPARE(a.groups[i].items.size(), b.groups[i].items.size());
        const QByteArray svg = LadderSvgWriter::write(trace, LadderImageOptions());
        QVERIFY(!svg.contains(".mt{"));
        QVERIFY(!svg.contains("class=\"mb\""));
    }

    void selfMessageIsALoop()
    {
        // Two ports of one host on one lane: the message goes out and comes back to the lane.
        CallTrace trace = Engine::run(Scenario::defaultScenario());
        trace.messages[1].to = trace.messages[1].from;
        LadderLayoutOptions options;
        options.markers = {MarkerSeverity::None, MarkerSeverity::Error};
        const LadderLayout layout = LadderLayout::build(trace, options);
        const LadderArrow &arrow = layout.arrows()[layout.arrowOfMessage(1)];
        QVERIFY(arrow.selfMessage);
        QVERIFY(arrow.hitRect.width() > options.laneWidth / 2); // clickable beside the lane
        const LadderDisplayList list = displayList(trace, options);
        const DisplayGroup *g = groupOf(list, 1);
        QVERIFY(g);
        const QList<DisplayItem> lines = itemsOf(*g, DisplayStyle::Arrow);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.first().line.p1().x(), arrow.x1);
        QVERIFY(lines.first().line.p2().x() > arrow.x1 + 20);
        const QList<DisplayItem> heads = itemsOf(*g, DisplayStyle::ArrowHead);
        QCOMPARE(heads.size(), 1);
        QCOMPARE(heads.first().polygon.first(), QPointF(arrow.x1, arrow.y)); // the tip is back on the lane
        const QList<DisplayItem> labels = itemsOf(*g, DisplayStyle::Label);
        QCOMPARE(labels.size(), 1);
        QVERIFY(labels.first().rect.left() > lines.first().line.p2().x()); // beside the loop
        QCOMPARE(itemsOf(*g, DisplayStyle::MarkerBadge).size(), 1);
        QVERIFY(itemsOf(*g, DisplayStyle::MarkerBadge).first().rect.right() <= labels.first().rect.left());
    }
};

QTEST_MAIN(TestLadderDisplayList)
#include "tst_ladderdisplaylist.moc"
