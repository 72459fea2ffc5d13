#pragma once

#include <QDialog>

class QDialogButtonBox;
class QTextBrowser;

namespace SipLab {

/// Help > How to read a ladder: one page on what the lanes, arrows, colours, F-numbers, notes
/// and the explanation panel mean, and the keys that move through a ladder. English source
/// strings; the Chinese page is their translation (translations/siplab_zh_CN.ts).
class LadderGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LadderGuideDialog(QWidget *parent = nullptr);

    /// The page as HTML, in the interface language (tests read it).
    static QString html();
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTextBrowser *m_browser = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace SipLab
