#include "uitheme.h"


namespace SipLab {

QColor UiTheme::classColor(int statusCode) const
{
    static const ArrowKind kinds[] = {ArrowKind::Request,     ArrowKind::Provisional, ArrowKind::Success,
                                      ArrowKind::Redirection, ArrowKind::ClientError, ArrowKind::ServerError,
                                      ArrowKind::GlobalFailure};
    return ladder.colorFor(kinds[qBound(0, statusCode / 100, 6)]);
}

UiTheme UiTheme::make(ThemeKind kind)
{
    UiTheme t;
    t.kind = kind;
    // Light and Dark: an empty palette, which QApplication::setPalette() resolves to the desktop's.
    t.palette = QPalette();
    t.palette.setResolveMask(0);
    t.ladder = kind == ThemeKind::Dark ? LadderTheme::dark() : LadderTheme::light();
    // The explanation's HTML on the palette's white base.
    t.text = QColor(0x11, 0x18, 0x27);
    t.muted = QColor(0x6b, 0x72, 0x80);
    t.codeBackground = QColor(0xf3, 0xf4, 0xf6);
    t.link = QColor(0x1d, 0x4e, 0xd8);
    t.noteBackground = QColor(0xff, 0xf7, 0xed);
    t.noteText = QColor(0x7c, 0x2d, 0x12);
    t.added = QColor(0xdc, 0xfc, 0xe7);
    t.removed = QColor(0xfe, 0xe2, 0xe2);
    t.changed = QColor(0xfe, 0xf3, 0xc7);
    t.unchanged = QColor(0xff, 0xff, 0xff);
    if (kind != ThemeKind::HighContrast)
        return t;

    t.ladder = LadderTheme::highContrast();
    const QColor black(0, 0, 0), white(0xff, 0xff, 0xff), yellow(0xff, 0xff, 0x00), grey(0xb0, 0xb0, 0xb0);
    QPalette &p = t.palette;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const QColor fg = group == QPalette::Disabled ? grey : white;
        p.setColor(group, QPalette::Window, black);
        p.setColor(group, QPalette::WindowText, fg);
        p.setColor(group, QPalette::Base, black);
        p.setColor(group, QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
        p.setColor(group, QPalette::Text, fg);
        p.setColor(group, QPalette::PlaceholderText, grey);
        p.setColor(group, QPalette::Button, black);
        p.setColor(group, QPalette::ButtonText, fg);
        p.setColor(group, QPalette::BrightText, yellow);
        p.setColor(group, QPalette::Highlight, group == QPalette::Disabled ? grey : yellow);
        p.setColor(group, QPalette::HighlightedText, black);
        p.setColor(group, QPalette::Link, QColor(0x00, 0xe5, 0xff));
        p.setColor(group, QPalette::LinkVisited, QColor(0xff, 0x99, 0xdd));
        p.setColor(group, QPalette::ToolTipBase, black);
        p.setColor(group, QPalette::ToolTipText, white);
        // Frames and bevels: white edges on black.
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, grey);
        p.setColor(group, QPalette::Mid, grey);
        p.setColor(group, QPalette::Dark, white);
        p.setColor(group, QPalette::Shadow, white);
    }
    t.text = white;
    t.muted = QColor(0xe0, 0xe0, 0xe0);
    t.codeBackground = QColor(0x1a, 0x1a, 0x1a);
    t.link = QColor(0x00, 0xe5, 0xff);
    t.noteBackground = QColor(0x33, 0x26, 0x00);
    t.noteText = yellow;
    t.added = QColor(0x00, 0x40, 0x00);
    t.removed = QColor(0x50, 0x00, 0x00);
    t.changed = QColor(0x40, 0x40, 0x00);
    t.unchanged = black;
    t.styleSheet = QStringLiteral(
        "QLineEdit, QAbstractSpinBox, QComboBox, QTextBrowser, QListView, QTableView { border: 1px solid white; }"
        "QLineEdit, QAbstractSpinBox, QComboBox { padding: 1px 3px; }"
        "QCheckBox::indicator, QRadioButton::indicator { width: 12px; height: 12px; border: 2px solid white; }"
        "QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: yellow; }"
        "QCheckBox::indicator:disabled { border-color: #b0b0b0; }"
        "QCheckBox::indicator:checked:disabled { background: #b0b0b0; }");
    return t;
}

} // namespace SipLab
