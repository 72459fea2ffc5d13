#pragma once

#include <QString>
#include <QWidget>

class QTextBrowser;

namespace SipLab {

/// Shows the loaded lesson: title, RFC reference, learning goals and introduction, in English and
/// Chinese side by side (one above the other).
class LessonPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LessonPanel(QWidget *parent = nullptr);

    void setLesson(const QString &id); // unknown id or empty: "no lesson loaded"
    QString lesson() const { return m_id; }
    QString plainText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QTextBrowser *m_browser = nullptr;
    QString m_id;
};

} // namespace SipLab
