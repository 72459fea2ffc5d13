#pragma once

#include "calltrace.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace SipLab {

/// Guided playback: for the message the ladder has just shown, what happened and why, in English
/// and Chinese: the rule with its RFC section and the source document's explanation of the code
/// (Quiz::explanation). Previous / Next step through the ladder.
class GuidedPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GuidedPanel(QWidget *parent = nullptr);

    void setTrace(const CallTrace &trace);
    void setMessage(int message); // -1: before the first message
    int message() const { return m_message; }
    QString plainText() const;
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }

Q_SIGNALS:
    void previousRequested();
    void nextRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QLabel *m_step = nullptr;
    QTextBrowser *m_browser = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    CallTrace m_trace;
    int m_message = -1;
};

} // namespace SipLab
