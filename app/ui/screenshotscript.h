#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace SipLab {

class MainWindow;

/// What `siplab` does with the window after it is set up, as its command line asks: a classroom
/// mode to start in (--classroom guided|quiz|presenter, at message F<N> with --select) and, with
/// --screenshot, showing everything, saving the window to a PNG and quitting. The documentation's
/// screenshots are made this way; main() only parses the options.
class ScreenshotScript : public QObject
{
    Q_OBJECT
public:
    enum class Classroom { None, Guided, Quiz, Presenter };
    /// "" -> None, "guided", "quiz", "presenter"; nullopt for anything else.
    static std::optional<Classroom> classroomFromName(const QString &name);

    /// `select` is the F-number of --select (0: none).
    ScreenshotScript(MainWindow *window, Classroom classroom, int select);

    /// Shows the window and starts the classroom mode asked for.
    void show();
    /// Shows everything (the whole ladder, message F<select> or F4 selected, the classroom mode),
    /// saves the window to `path` half a second later and quits the application: exit code 0,
    /// or 1 when the file cannot be written.
    void saveScreenshot(const QString &path);

private:
    void applyClassroom();

    MainWindow *m_window;
    Classroom m_classroom;
    int m_select;
};

} // namespace SipLab
