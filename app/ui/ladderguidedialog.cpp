#include "ladderguidedialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace SipLab {

LadderGuideDialog::LadderGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
{
    setObjectName(QStringLiteral("LadderGuideDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    // Room for the page at the font's size (it scales with the system font).
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 48, fontMetrics().height() * 40);
}

QString LadderGuideDialog::html()
{
    QString page;
    page += QStringLiteral("<h2>%1</h2>").arg(tr("How to read a ladder"));
    const char *const paragraphs[][2] = {
        {QT_TR_NOOP("Lanes"),
         QT_TR_NOOP("Each vertical line is one SIP node, named at the top: the caller (UAC), the proxies (P1, P2 ...) "
                    "and the callee (UAS). Time runs downwards.")},
        {QT_TR_NOOP("Arrows"),
         QT_TR_NOOP("Each arrow is one message on the wire, from the node that sent it to the node that received it. "
                    "F1, F2 ... number the messages in the order they were sent, as in RFC 3665. A request shows its "
                    "method (INVITE, ACK, BYE); a response shows its code and reason phrase (180 Ringing).")},
        {QT_TR_NOOP("Colours"),
         QT_TR_NOOP("The colour says the class of a response: 1xx provisional, 2xx success, 3xx redirection, 4xx "
                    "client error, 5xx server error, 6xx global failure. Requests are drawn in the text colour.")},
        {QT_TR_NOOP("Crosses and dashes"),
         QT_TR_NOOP("A cross marks a message lost on the wire; a dashed arrow is a retransmission, the same message "
                    "sent again after a timer fired. The notes beside the lanes show timers and transaction states (View menu).")},
        {QT_TR_NOOP("Transactions and dialogs"),
         QT_TR_NOOP("A request and its responses form a transaction (same Via branch). Each hop has its own: a proxy "
                    "answers 100 Trying itself and forwards the request. ACK for a 2xx goes end to end; ACK for an "
                    "error response stays on the hop.")},
        {QT_TR_NOOP("The explanation"),
         QT_TR_NOOP("While the ladder plays, the panel on the right explains the message being sent: why the node sent "
                    "it, what its code means in the source article's Chinese and in English, and the whole message. "
                    "Click a message to pin it; Restart or \"Follow playback\" follows playback again.")},
        {QT_TR_NOOP("Keys"),
         QT_TR_NOOP("Space plays or pauses, Left and Right step, Ctrl+Home restarts, Ctrl+End shows all. With the "
                    "ladder focused (Tab), Up and Down select the previous or next message, Home and End the first "
                    "and the last.")},
    };
    for (const auto &p : paragraphs)
        page += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr(p[0]).toHtmlEscaped(), tr(p[1]).toHtmlEscaped());
    return page;
}

void LadderGuideDialog::retranslateUi()
{
    setWindowTitle(tr("How to read a ladder"));
    m_browser->setHtml(html());
}

void LadderGuideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace SipLab
