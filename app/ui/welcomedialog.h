#pragma once

#include "language.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QSettings;

namespace SipLab {

/// The first-run welcome: start with the default call, open a lesson (chosen from the list) or
/// open a capture; a link to "How to read a ladder". main() shows it once (QSettings key
/// "welcomeShown"); Help > Welcome shows it again. It is not shown at start when the command
/// line already says what to show (a file, --lesson, --classroom, --screenshot), with
/// --no-welcome, or when the environment variable SIPLAB_NO_WELCOME is set (tests, scripts).
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, DefaultCall, Lesson, Capture, LadderGuide };
    static constexpr const char *SettingsKey = "welcomeShown";

    /// `language`: the interface language, for the lesson titles.
    explicit WelcomeDialog(Language language, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString lessonId() const { return m_lessonId; } // with Choice::Lesson

    /// Whether main() shows the dialog at start: not when `suppressed` (the command line chose
    /// what to show, or --no-welcome), not with SIPLAB_NO_WELCOME, and only once per user.
    static bool showAtStart(const QSettings &settings, bool suppressed);
    static void markShown(QSettings &settings);

    QPushButton *defaultCallButton() const { return m_defaultCall; }
    QPushButton *lessonButton() const { return m_lesson; }
    QPushButton *captureButton() const { return m_capture; }
    QListWidget *lessonList() const { return m_lessons; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void choose(Choice choice);
    void updateWidgets();

    QLabel *m_intro = nullptr;
    QPushButton *m_defaultCall = nullptr;
    QPushButton *m_lesson = nullptr;
    QListWidget *m_lessons = nullptr;
    QPushButton *m_capture = nullptr;
    QPushButton *m_guide = nullptr;
    QPushButton *m_close = nullptr;
    Choice m_choice = Choice::None;
    QString m_lessonId;
    Language m_language = Language::English;
};

} // namespace SipLab
