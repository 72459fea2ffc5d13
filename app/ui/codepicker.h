#pragma once

#include <QComboBox>

namespace SipLab {

/// Picks a response code: every code of the catalogue grouped by class, each shown with its
/// reason phrase and its Chinese and English names; typing filters (search as you type).
class CodePicker : public QComboBox
{
    Q_OBJECT
public:
    /// `minimum`/`maximum` restrict the codes offered (e.g. 101-199 for provisional steps).
    explicit CodePicker(QWidget *parent = nullptr, int minimum = 100, int maximum = 699);
    int currentCode() const;
    void setCurrentCode(int code);

Q_SIGNALS:
    void codeChanged(int code);

private:
    void rebuild();
    int m_minimum;
    int m_maximum;
};

} // namespace SipLab
