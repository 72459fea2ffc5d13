#pragma once

#include "quizsession.h"
#include "randomscenariogenerator.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace SipLab {

/// The quiz: before each message is revealed the learner picks what comes next from the
/// choices (buttons); the panel scores, explains the right answer in both languages, moves on
/// with Next, starts a new random scenario of the chosen difficulty, and exports the results
/// to CSV for the trainer. It asks the window to show the ladder up to a message through
/// revealRequested() and to load a random scenario through randomScenarioRequested().
class QuizPanel : public QWidget
{
    Q_OBJECT
public:
    explicit QuizPanel(QWidget *parent = nullptr);

    /// Starts a quiz over `trace`; earlier results stay for the export.
    void start(const CallTrace &trace, const QString &scenarioName, quint32 seed);
    bool isActive() const { return m_active; }
    /// Ends the quiz (the call it was about changed); the results stay for the export.
    void stop();
    const QuizSession &session() const { return m_session; }
    /// Results of every quiz since the panel was created (what Export writes).
    const QList<QuizResult> &allResults() const { return m_allResults; }
    bool exportCsv(const QString &path, QString *error = nullptr) const;

    void answer(int choice);
    void next();
    QuizDifficulty difficulty() const;
    void setDifficulty(QuizDifficulty difficulty);

    QList<QPushButton *> choiceButtons() const { return m_choices; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *randomButton() const { return m_random; }
    QPushButton *exportButton() const { return m_export; }
    QString questionText() const;
    QString scoreText() const;
    QString explanationText() const;

Q_SIGNALS:
    /// Show the ladder up to and including message `cursor` (-1: none).
    void revealRequested(int cursor);
    void startRequested();                                 // a quiz over the current call
    void randomScenarioRequested(SipLab::QuizDifficulty difficulty);
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void retranslate();

    QuizSession m_session;
    QList<QuizResult> m_allResults;
    bool m_active = false;
    int m_chosen = -1;

    QLabel *m_question = nullptr;
    QList<QPushButton *> m_choices;
    QLabel *m_verdict = nullptr;
    QTextBrowser *m_explanation = nullptr;
    QLabel *m_score = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_start = nullptr;
    QComboBox *m_difficulty = nullptr;
    QPushButton *m_random = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace SipLab
