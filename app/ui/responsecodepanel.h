#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace SipLab {

class ResponseCodeFilterModel;
class ResponseCodeModel;

/// The code reference: every response code with its reason phrase and meaning in both
/// languages, filtered by class (1xx-6xx) and by text in either language. "Use this code" (or a
/// double click) emits codeChosen() with the selected code; the main window hands it to the
/// call builder.
class ResponseCodePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResponseCodePanel(QWidget *parent = nullptr);

    /// The selected code, or 0 when no row is selected.
    int currentCode() const;
    /// Emits codeChosen() with the selected code, if any.
    void chooseCurrentCode();

    // For tests.
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *classCombo() const { return m_class; }
    QPushButton *useButton() const { return m_use; }
    QTableView *view() const { return m_view; }
    ResponseCodeModel *model() const { return m_model; }
    ResponseCodeFilterModel *filterModel() const { return m_filter; }

Q_SIGNALS:
    void codeChosen(int code);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    QLineEdit *m_search = nullptr;
    QComboBox *m_class = nullptr;
    QPushButton *m_use = nullptr;
    QTableView *m_view = nullptr;
    ResponseCodeModel *m_model = nullptr;
    ResponseCodeFilterModel *m_filter = nullptr;
};

} // namespace SipLab
