#include "quizpanel.h"

#include "lessonlibrary.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace SipLab {

QuizPanel::QuizPanel(QWidget *parent)
    : QWidget(parent)
    , m_question(new QLabel)
    , m_verdict(new QLabel)
    , m_explanation(new QTextBrowser)
    , m_score(new QLabel)
    , m_next(new QPushButton)
    , m_start(new QPushButton)
    , m_difficulty(new QComboBox)
    , m_random(new QPushButton)
    , m_export(new QPushButton)
{
    setObjectName(QStringLiteral("QuizPanel"));
    m_question->setWordWrap(true);
    m_verdict->setWordWrap(true);
    m_next->setObjectName(QStringLiteral("QuizNext"));
    m_start->setObjectName(QStringLiteral("QuizStart"));
    m_random->setObjectName(QStringLiteral("QuizRandom"));
    m_export->setObjectName(QStringLiteral("QuizExport"));
    m_difficulty->setObjectName(QStringLiteral("QuizDifficulty"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    top->addWidget(m_start);
    top->addWidget(m_difficulty);
    top->addWidget(m_random);
    top->addStretch(1);
    top->addWidget(m_export);
    layout->addLayout(top);
    layout->addWidget(m_question);
    auto *grid = new QGridLayout;
    for (int i = 0; i < Quiz::MaxChoices; ++i) {
        auto *button = new QPushButton;
        button->setObjectName(QStringLiteral("QuizChoice%1").arg(i));
        button->setMinimumHeight(32);
        grid->addWidget(button, i / 2, i % 2);
        connect(button, &QPushButton::clicked, this, [this, i] { answer(i); });
        m_choices.append(button);
    }
    layout->addLayout(grid);
    layout->addWidget(m_verdict);
    layout->addWidget(m_explanation, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_score, 1);
    bottom->addWidget(m_next);
    layout->addLayout(bottom);
    for (QuizDifficulty d : {QuizDifficulty::Easy, QuizDifficulty::Medium, QuizDifficulty::Hard})
        m_difficulty->addItem(QString(), int(d));
    connect(m_next, &QPushButton::clicked, this, &QuizPanel::next);
    connect(m_start, &QPushButton::clicked, this, &QuizPanel::startRequested);
    connect(m_random, &QPushButton::clicked, this, [this] { Q_EMIT randomScenarioRequested(difficulty()); });
    connect(m_export, &QPushButton::clicked, this, &QuizPanel::exportRequested);
    retranslate();
}

void QuizPanel::start(const CallTrace &trace, const QString &scenarioName, quint32 seed)
{
    m_session = QuizSession(trace, scenarioName, seed);
    m_active = m_session.questionCount() > 0;
    m_chosen = -1;
    render();
    Q_EMIT revealRequested(-1);
}

void QuizPanel::stop()
{
    m_active = false;
    m_chosen = -1;
    render();
}

bool QuizPanel::exportCsv(const QString &path, QString *error) const
{
    return QuizSession::saveCsv(m_allResults, path, error);
}

void QuizPanel::answer(int choice)
{
    if (!m_active || m_session.finished() || m_session.answeredCurrent())
        return;
    if (choice < 0 || choice >= m_session.currentQuestion().choices.size())
        return;
    m_chosen = choice;
    m_session.answer(choice);
    m_allResults.append(m_session.results().last());
    render();
    Q_EMIT revealRequested(m_session.current());
}

void QuizPanel::next()
{
    if (!m_active || !m_session.answeredCurrent())
        return;
    m_session.next();
    m_chosen = -1;
    render();
}

QuizDifficulty QuizPanel::difficulty() const
{
    return static_cast<QuizDifficulty>(m_difficulty->currentData().toInt());
}

void QuizPanel::setDifficulty(QuizDifficulty difficulty)
{
    m_difficulty->setCurrentIndex(m_difficulty->findData(int(difficulty)));
}

QString QuizPanel::questionText() const
{
    return m_question->text();
}

QString QuizPanel::scoreText() const
{
    return m_score->text();
}

QString QuizPanel::explanationText() const
{
    return m_verdict->text() + QLatin1Char('\n') + m_explanation->toPlainText();
}

void QuizPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QuizPanel::retranslate()
{
    m_start->setText(tr("Quiz on this call"));
    m_random->setText(tr("New random scenario"));
    m_export->setText(tr("Export results (CSV)…"));
    m_next->setText(tr("Next question ▶"));
    const QStringList names = {tr("Easy"), tr("Medium"), tr("Hard")};
    for (int i = 0; i < names.size(); ++i)
        m_difficulty->setItemText(i, names[i]);
    render();
}

void QuizPanel::render()
{
    const CallTrace &trace = m_session.trace();
    const bool running = m_active && !m_session.finished();
    m_score->setText(tr("Score: %1 of %2 answered (%3 questions in this call)")
                         .arg(m_session.score())
                         .arg(m_session.answeredCount())
                         .arg(m_session.questionCount()));
    m_export->setEnabled(!m_allResults.isEmpty());
    if (!running) {
        for (QPushButton *b : m_choices)
            b->hide();
        m_next->setEnabled(false);
        m_verdict->clear();
        if (!m_active) {
            m_question->setText(tr("Start a quiz on the current call, or generate a random scenario: before each "
                                   "message is revealed, choose what comes next."));
            m_explanation->clear();
        } else {
            m_question->setText(tr("Quiz finished: %1 of %2 right.").arg(m_session.score()).arg(m_session.questionCount()));
        }
        return;
    }
    const QuizQuestion q = m_session.currentQuestion();
    m_question->setText(tr("Message %1 of %2: what comes next? (who sends what to whom)")
                            .arg(m_session.current() + 1)
                            .arg(m_session.questionCount()));
    const bool answered = m_session.answeredCurrent();
    for (int i = 0; i < m_choices.size(); ++i) {
        QPushButton *b = m_choices[i];
        b->setVisible(i < q.choices.size());
        if (i >= q.choices.size())
            continue;
        QString text = q.choices[i].text(trace);
        if (q.choices[i].retransmission) // the canonical text (CSV) stays English
            text.replace(QStringLiteral("(retransmission)"), tr("(retransmission)"));
        b->setText(text);
        b->setEnabled(!answered);
        QString style;
        if (answered && i == q.correct)
            style = QStringLiteral("QPushButton { background: #2e7d32; color: white; font-weight: bold; }");
        else if (answered && i == m_chosen)
            style = QStringLiteral("QPushButton { background: #c62828; color: white; }");
        b->setStyleSheet(style);
    }
    m_next->setEnabled(answered);
    if (!answered) {
        m_verdict->clear();
        m_explanation->clear();
        return;
    }
    const bool right = m_chosen == q.correct;
    m_verdict->setText(right ? tr("Right!") : tr("Not quite: the engine sends %1.").arg(q.choices[q.correct].text(trace)));
    QString html;
    const QList<Language> order = LessonLibrary::displayOrder();
    for (Language language : order) {
        const QStringList lines = Quiz::explanation(trace, q.messageIndex, language).split(QLatin1Char('\n'));
        if (language == order.first())
            html += QStringLiteral("<p><b>%1</b></p>").arg(lines.value(0).toHtmlEscaped());
        for (int i = 1; i < lines.size(); ++i)
            html += QStringLiteral("<p>%1</p>").arg(lines[i].toHtmlEscaped());
    }
    m_explanation->setHtml(html);
}

} // namespace SipLab
