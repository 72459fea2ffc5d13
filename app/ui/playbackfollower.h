#pragma once

#include <QObject>

namespace SipLab {

class LadderView;
class PlaybackController;

/// Follow playback: while the ladder plays, the message being sent at the playback cursor is
/// the ladder's selected message, so the explanation panel explains it as it travels. A message
/// the user picks (click, arrow keys) pins it: following pauses until playback starts again
/// from the beginning or the user turns following back on. The preference (on by default) is
/// the QSettings key "followPlayback"; only the user's own toggle writes it.
class PlaybackFollower : public QObject
{
    Q_OBJECT
public:
    PlaybackFollower(PlaybackController *playback, LadderView *ladder, QObject *parent = nullptr);

    static constexpr const char *SettingsKey = "followPlayback";

    bool isEnabled() const { return m_enabled; }  // the preference
    bool isFollowing() const { return m_enabled && !m_pinned; }
    bool isPinned() const { return m_pinned; }
    /// The user's choice (View > Follow playback, the panel's check box): saved, and a pinned
    /// message is released when it turns on.
    void setEnabled(bool enabled);
    /// The user picked `message`: following pauses (nothing happens when it is off anyway).
    void pin(int message);

Q_SIGNALS:
    void followingChanged(bool following);

private:
    void onCursorChanged(int cursor);
    void setPinned(bool pinned);

    PlaybackController *m_playback;
    LadderView *m_ladder;
    bool m_enabled = true;
    bool m_pinned = false;
};

} // namespace SipLab
