#pragma once

#include "calltrace.h"
#include "ladderlayout.h"
#include "ladderrenderer.h"

#include <QAbstractScrollArea>

namespace SipLab {

/// The ladder on screen: a scroll area that asks LadderRenderer to paint the visible part of the
/// LadderLayout, keeps the lane headers visible while scrolling, zooms with Ctrl+wheel, and
/// selects the arrow under a click or with Up/Down/Home/End. Screen readers see one item per
/// shown message (LadderAccessible). It computes no protocol state.
class LadderView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit LadderView(QWidget *parent = nullptr);

    void setTrace(const CallTrace &trace);
    const CallTrace &trace() const { return m_trace; }
    void setLayoutOptions(const LadderLayoutOptions &options);
    const LadderLayoutOptions &layoutOptions() const { return m_options; }
    const LadderLayout &ladderLayout() const { return m_layout; }
    void setTheme(const LadderTheme &theme);
    const LadderTheme &theme() const { return m_theme; }

    /// Playback: messages after `cursor` are hidden (-1: none shown yet); the one at cursor is
    /// drawn `travel` of the way. showAll() ends playback mode.
    void setPlaybackCursor(int cursor, double travel = 1.0);
    void showAll();
    int playbackCursor() const { return m_state.playback ? m_state.cursor : int(m_trace.messages.size()) - 1; }

    int selectedMessage() const { return m_state.selectedMessage; }
    void setSelectedMessage(int message); // -1 clears; scrolls it into view
    /// The messages drawn now, top to bottom: those with an arrow (not on a hidden lane) and,
    /// during playback, not after the cursor. Keyboard moves and the accessible items walk them.
    QList<int> shownMessages() const;
    /// Where a message's arrow (with its label) is, in viewport coordinates; empty if none.
    QRect messageRect(int message) const;
    /// What a screen reader says for a message: "F4, UAS to P1, 180 Ringing".
    QString messageName(int message) const;
    int compareMessage() const { return m_state.compareMessage; }
    void setCompareMessage(int message);

    double zoom() const { return m_zoom; }
    void setZoom(double zoom); // clamped 0.25..4; ends fit-width
    /// On by default: the zoom follows the view's width (60-100 %) until the user zooms.
    void setFitWidth(bool fit);
    bool fitsWidth() const { return m_fitWidth; }
    void zoomIn();
    void zoomOut();
    void fitToWindow();

Q_SIGNALS:
    void messageSelected(int message); // index into trace().messages, -1 when cleared
    /// The user picked a message (click, or Up/Down/Home/End): it pins the explanation.
    void messageChosen(int message);
    void messageCompareRequested(int message); // Ctrl+click on an arrow
    void zoomChanged(double zoom);
    /// A click on a lane's header: `node` indexes trace().nodes.
    void laneHeaderClicked(int node);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override; // Home/End select here, not the window's shortcuts
    void changeEvent(QEvent *event) override; // LanguageChange: notes are relaid in the new language

private:
    void relayout();
    void applyZoom(double zoom);
    void applyFitWidth();
    void updateScrollBars();
    QPointF toLayout(const QPointF &viewportPoint) const;
    void ensureVisible(int message);
    void chooseMessage(int message); // a user's pick: select, tell screen readers, emit messageChosen

    CallTrace m_trace;
    LadderLayoutOptions m_options;
    LadderLayout m_layout;
    LadderTheme m_theme = LadderTheme::light();
    LadderPaintState m_state;
    double m_zoom = 1.0;
    bool m_fitWidth = true;
};

} // namespace SipLab
