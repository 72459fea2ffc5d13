#include "guidedpanel.h"

#include "lessonlibrary.h"
#include "quiz.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace SipLab {

GuidedPanel::GuidedPanel(QWidget *parent)
    : QWidget(parent)
    , m_step(new QLabel)
    , m_browser(new QTextBrowser)
    , m_previous(new QPushButton)
    , m_next(new QPushButton)
{
    setObjectName(QStringLiteral("GuidedPanel"));
    m_previous->setObjectName(QStringLiteral("GuidedPrevious"));
    m_next->setObjectName(QStringLiteral("GuidedNext"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_step, 1, Qt::AlignCenter);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);
    layout->addWidget(m_browser, 1);
    connect(m_previous, &QPushButton::clicked, this, &GuidedPanel::previousRequested);
    connect(m_next, &QPushButton::clicked, this, &GuidedPanel::nextRequested);
    render();
}

void GuidedPanel::setTrace(const CallTrace &trace)
{
    m_trace = trace;
    m_message = -1;
    render();
}

void GuidedPanel::setMessage(int message)
{
    m_message = qBound(-1, message, int(m_trace.messages.size()) - 1);
    render();
}

QString GuidedPanel::plainText() const
{
    return m_browser->toPlainText();
}

void GuidedPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void GuidedPanel::render()
{
    m_previous->setText(tr("◀ Previous"));
    m_next->setText(tr("Next ▶"));
    const int count = int(m_trace.messages.size());
    m_step->setText(tr("Message %1 of %2").arg(m_message + 1).arg(count));
    m_previous->setEnabled(m_message >= 0);
    m_next->setEnabled(m_message < count - 1);
    if (m_message < 0) {
        m_browser->setHtml(QStringLiteral("<p><i>%1</i></p>")
                               .arg(tr("Press Next (or Play) to show the first message; the ladder stops after each "
                                       "message and explains it here.")
                                        .toHtmlEscaped()));
        return;
    }
    // The message once (protocol tokens are the same in both languages), then why, in each.
    QString html;
    const QList<Language> order = LessonLibrary::displayOrder();
    for (Language language : order) {
        const QStringList lines = Quiz::explanation(m_trace, m_message, language).split(QLatin1Char('\n'));
        if (language == order.first())
            html += QStringLiteral("<h3>%1</h3>").arg(lines.value(0).toHtmlEscaped());
        for (int i = 1; i < lines.size(); ++i)
            html += QStringLiteral("<p>%1</p>").arg(lines[i].toHtmlEscaped());
        if (language == order.first())
            html += QStringLiteral("<hr/>");
    }
    m_browser->setHtml(html);
}

} // namespace SipLab
