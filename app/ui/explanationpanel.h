#pragma once

#include "calltrace.h"
#include "language.h"
#include "uitheme.h"

#include <QWidget>

class QCheckBox;
class QTextBrowser;

namespace SipLab {

/// Explains the selected message: code, reason phrase and class; the article's Chinese text and
/// the English text side by side; why the node sent it (the engine's rule and RFC section) and
/// what happens next; the full SIP message with header names highlighted (hover for their
/// meaning) and the SDP collapsible. With a second message it compares the two. Its "Follow
/// playback" check box only shows and asks; PlaybackFollower decides what is explained.
class ExplanationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExplanationPanel(QWidget *parent = nullptr);

    void setTrace(const CallTrace &trace);
    void setMessage(int message);          // index into the trace; -1 clears
    void setCompareMessage(int message);   // -1 ends comparison
    void setLanguages(ShownLanguages languages);
    ShownLanguages languages() const { return m_languages; }
    int message() const { return m_message; }
    /// The panel's text as plain text (tests, copy).
    QString plainText() const;
    /// The "Follow playback" check box: setFollowing() shows the state without signalling.
    void setFollowing(bool following);
    QCheckBox *followCheckBox() const { return m_follow; }
    QTextBrowser *browser() const { return m_browser; }
    /// Colours of the HTML (message class colours, code blocks, notes) from the window's theme.
    void setTheme(const UiTheme &theme);
    /// Short meaning of a header (tooltips), in the UI language.
    static QString headerMeaning(const QString &canonicalName);

Q_SIGNALS:
    void followToggled(bool on); // the user ticked or cleared "Follow playback"

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    QString messageHtml(const TraceMessage &m) const;
    QString compareHtml(const TraceMessage &a, const TraceMessage &b) const;

    QCheckBox *m_follow = nullptr;
    QTextBrowser *m_browser = nullptr;
    UiTheme m_theme = UiTheme::make(ThemeKind::Light);
    CallTrace m_trace;
    int m_message = -1;
    int m_compare = -1;
    bool m_showSdp = false;
    ShownLanguages m_languages = ShownLanguages::Both;
};

} // namespace SipLab
