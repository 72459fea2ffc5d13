#include "lessonpanel.h"

#include "languagepack.h"
#include "lessonlibrary.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace SipLab {

LessonPanel::LessonPanel(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("LessonPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_browser);
    render();
}

void LessonPanel::setLesson(const QString &id)
{
    m_id = LessonLibrary::find(id) ? id : QString();
    render();
}

QString LessonPanel::plainText() const
{
    return m_browser->toPlainText();
}

void LessonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void LessonPanel::render()
{
    const Lesson *lesson = LessonLibrary::find(m_id);
    if (!lesson) {
        m_browser->setHtml(QStringLiteral("<p><i>%1</i></p>")
                               .arg(tr("No lesson loaded. Choose one in the Lessons menu.").toHtmlEscaped()));
        return;
    }
    QString html = QStringLiteral("<p><small>%1 · %2</small></p>")
                       .arg(QString::fromLatin1(lesson->reference), lesson->idString().toHtmlEscaped());
    for (Language language : LessonLibrary::displayOrder()) {
        html += QStringLiteral("<h3>%1</h3>").arg(lesson->titleText(language).toHtmlEscaped());
        html += QStringLiteral("<p><b>%1</b></p><ul>")
                    .arg(LanguagePack::text(language, "SipLab::LessonCommand", "Learning goals"));
        for (const QString &goal : lesson->goalsText(language).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            html += QStringLiteral("<li>%1</li>").arg(goal.toHtmlEscaped());
        html += QStringLiteral("</ul><p><b>%1</b></p><p>%2</p>")
                    .arg(LanguagePack::text(language, "SipLab::LessonCommand", "Introduction"),
                         lesson->introductionText(language).toHtmlEscaped());
    }
    m_browser->setHtml(html);
}

} // namespace SipLab
