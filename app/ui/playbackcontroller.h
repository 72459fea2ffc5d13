#pragma once

#include <QObject>

class QTimer;

namespace SipLab {

/// Moves a cursor over a trace of `count` messages: play, pause, step, restart, speed
/// 0.25x-8x, seek. It owns the only timer of playback; the engine's trace never changes.
/// cursor() is the index of the last message shown (-1 before the first); travel() is how far
/// the message at the cursor has travelled along its arrow (0..1) while it animates.
class PlaybackController : public QObject
{
    Q_OBJECT
public:
    explicit PlaybackController(QObject *parent = nullptr);

    void setMessageCount(int count); // resets to the start (cursor -1), does not auto-play
    int messageCount() const { return m_count; }
    int cursor() const { return m_cursor; }
    double travel() const { return m_travel; }
    bool isPlaying() const { return m_playing; }
    double speed() const { return m_speed; }
    /// One message takes this long to travel at 1x.
    static constexpr int MessageDurationMs = 600;

    void play();
    void pause();
    void togglePlay();
    void stepForward();   // shows the next message completely
    void stepBack();
    void restart();       // back to the start and play
    void toEnd();         // everything shown
    void seek(int cursor); // -1..count-1
    void setSpeed(double speed); // clamped to 0.25..8
    /// Guided playback (lessons): playing pauses each time a message has finished travelling,
    /// emitting guidedStop(cursor), so the teacher or learner can read why it was sent.
    void setGuided(bool guided);
    bool isGuided() const { return m_guided; }
    /// A held clock does not tick: playing goes on once it is released. The main window holds it
    /// until its first frame is on screen, so the animation starts where the user sees it.
    void setClockHeld(bool held);
    bool isClockHeld() const { return m_clockHeld; }
    /// Advances the animation by `ms` of wall time at the current speed (the timer calls it;
    /// tests call it directly instead of waiting).
    void advance(int ms);

Q_SIGNALS:
    void cursorChanged(int cursor);
    void travelChanged(double travel);
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void finished();
    void guidedChanged(bool guided);
    void guidedStop(int cursor); // guided playback paused after message `cursor` arrived

private:
    QTimer *m_timer = nullptr;
    int m_count = 0;
    int m_cursor = -1;
    double m_travel = 1.0;
    bool m_playing = false;
    double m_speed = 1.0;
    bool m_guided = false;
    bool m_clockHeld = false;
};

} // namespace SipLab
