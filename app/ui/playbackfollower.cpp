#include "playbackfollower.h"

#include "ladderview.h"
#include "playbackcontroller.h"

#include <QSettings>

namespace SipLab {

PlaybackFollower::PlaybackFollower(PlaybackController *playback, LadderView *ladder, QObject *parent)
    : QObject(parent)
    , m_playback(playback)
    , m_ladder(ladder)
    , m_enabled(QSettings().value(QLatin1String(SettingsKey), true).toBool())
{
    connect(m_playback, &PlaybackController::cursorChanged, this, &PlaybackFollower::onCursorChanged);
}

void PlaybackFollower::setEnabled(bool enabled)
{
    // Written only when it changes: the window turns its check box on at start, and writing the
    // same value then created the settings file and synced it to disk before the first frame.
    if (enabled != m_enabled)
        QSettings().setValue(QLatin1String(SettingsKey), enabled);
    const bool was = isFollowing();
    m_enabled = enabled;
    m_pinned = false;
    if (isFollowing() && m_playback->cursor() >= 0)
        m_ladder->setSelectedMessage(m_playback->cursor());
    if (was != isFollowing())
        Q_EMIT followingChanged(isFollowing());
}

void PlaybackFollower::pin(int message)
{
    if (message < 0 || !m_enabled)
        return;
    setPinned(true);
}

void PlaybackFollower::setPinned(bool pinned)
{
    const bool was = isFollowing();
    m_pinned = pinned;
    if (was != isFollowing())
        Q_EMIT followingChanged(isFollowing());
}

void PlaybackFollower::onCursorChanged(int cursor)
{
    // Back at the start (Restart, Play at the end, a new call): a pinned message is let go.
    if (cursor < 0) {
        setPinned(false);
        if (isFollowing())
            m_ladder->setSelectedMessage(-1);
        return;
    }
    // The cursor moves when a message starts its way: the one being sent is the one explained.
    if (isFollowing())
        m_ladder->setSelectedMessage(cursor);
}

} // namespace SipLab
