#include "codepicker.h"

#include "responsecatalog.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace SipLab {

CodePicker::CodePicker(QWidget *parent, int minimum, int maximum)
    : QComboBox(parent)
    , m_minimum(minimum)
    , m_maximum(maximum)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    rebuild();
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(this, &QComboBox::activated, this, [this](int) { Q_EMIT codeChanged(currentCode()); });
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        // Typing "486" and pressing Enter picks the code even without using the popup.
        const int typed = ResponseCatalog::parseCode(lineEdit()->text().left(3));
        if (typed && typed != currentCode()) {
            setCurrentCode(typed);
            Q_EMIT codeChanged(currentCode());
        } else {
            setCurrentCode(currentCode()); // restore the full text
        }
    });
}

void CodePicker::rebuild()
{
    clear();
    int lastClass = 0;
    for (const ResponseCodeInfo &info : ResponseCatalog::codes()) {
        if (info.code < m_minimum || info.code > m_maximum)
            continue;
        const int c = info.code / 100;
        if (c != lastClass) {
            if (lastClass != 0)
                insertSeparator(count());
            lastClass = c;
        }
        const char *name = info.name ? info.name : info.reasonPhrase;
        const QString text = QStringLiteral("%1 %2 — %3").arg(info.code).arg(QLatin1String(info.reasonPhrase),
                                                                             ResponseCatalog::text(name, Language::Chinese));
        addItem(text, info.code);
        setItemData(count() - 1, ResponseCatalog::text(info.description, Language::English), Qt::ToolTipRole);
    }
}

int CodePicker::currentCode() const
{
    return currentData().toInt();
}

void CodePicker::setCurrentCode(int code)
{
    const int index = findData(code);
    if (index >= 0)
        setCurrentIndex(index);
}

} // namespace SipLab
