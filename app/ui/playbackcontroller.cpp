#include "playbackcontroller.h"

#include <QTimer>

namespace SipLab {

PlaybackController::PlaybackController(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(16); // about 60 frames a second
    connect(m_timer, &QTimer::timeout, this, [this] { advance(m_timer->interval()); });
}

void PlaybackController::setMessageCount(int count)
{
    pause();
    m_count = qMax(0, count);
    m_cursor = -1;
    m_travel = 1.0;
    Q_EMIT cursorChanged(m_cursor);
    Q_EMIT travelChanged(m_travel);
}

void PlaybackController::play()
{
    if (m_count == 0)
        return;
    if (m_cursor >= m_count - 1 && m_travel >= 1.0)
        seek(-1); // at the end: play again from the start
    if (m_playing)
        return;
    m_playing = true;
    if (!m_clockHeld)
        m_timer->start();
    Q_EMIT playingChanged(true);
}

void PlaybackController::pause()
{
    if (!m_playing)
        return;
    m_playing = false;
    m_timer->stop();
    Q_EMIT playingChanged(false);
}

void PlaybackController::togglePlay()
{
    if (m_playing)
        pause();
    else
        play();
}

void PlaybackController::stepForward()
{
    pause();
    if (m_travel < 1.0) {
        m_travel = 1.0;
        Q_EMIT travelChanged(m_travel);
        return;
    }
    seek(m_cursor + 1);
}

void PlaybackController::stepBack()
{
    pause();
    seek(m_cursor - 1);
}

void PlaybackController::restart()
{
    seek(-1);
    play();
}

void PlaybackController::toEnd()
{
    pause();
    seek(m_count - 1);
}

void PlaybackController::seek(int cursor)
{
    cursor = qBound(-1, cursor, m_count - 1);
    const bool changed = cursor != m_cursor || m_travel != 1.0;
    m_cursor = cursor;
    m_travel = 1.0;
    if (changed) {
        Q_EMIT cursorChanged(m_cursor);
        Q_EMIT travelChanged(m_travel);
    }
}

void PlaybackController::setSpeed(double speed)
{
    speed = qBound(0.25, speed, 8.0);
    if (qFuzzyCompare(speed, m_speed))
        return;
    m_speed = speed;
    Q_EMIT speedChanged(m_speed);
}

void PlaybackController::setClockHeld(bool held)
{
    m_clockHeld = held;
    if (held)
        m_timer->stop();
    else if (m_playing && !m_timer->isActive())
        m_timer->start();
}

void PlaybackController::setGuided(bool guided)
{
    if (guided == m_guided)
        return;
    m_guided = guided;
    Q_EMIT guidedChanged(guided);
}

void PlaybackController::advance(int ms)
{
    if (m_count == 0)
        return;
    double step = ms * m_speed / MessageDurationMs;
    while (step > 0) {
        if (m_travel >= 1.0) {
            if (m_cursor >= m_count - 1) {
                pause();
                Q_EMIT finished();
                return;
            }
            ++m_cursor;
            m_travel = 0.0;
            Q_EMIT cursorChanged(m_cursor);
        }
        const double take = qMin(step, 1.0 - m_travel);
        m_travel += take;
        step -= take;
        if (m_guided && m_travel >= 1.0) {
            // Guided: stop once the message has arrived, whatever time is left over.
            Q_EMIT travelChanged(m_travel);
            pause();
            Q_EMIT guidedStop(m_cursor);
            return;
        }
    }
    Q_EMIT travelChanged(m_travel);
}

} // namespace SipLab
