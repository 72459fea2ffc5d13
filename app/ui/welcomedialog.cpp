#include "welcomedialog.h"

#include "lessonlibrary.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace SipLab {

WelcomeDialog::WelcomeDialog(Language language, QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel)
    , m_defaultCall(new QPushButton)
    , m_lesson(new QPushButton)
    , m_lessons(new QListWidget)
    , m_capture(new QPushButton)
    , m_guide(new QPushButton)
    , m_close(new QPushButton)
    , m_language(language)
{
    setObjectName(QStringLiteral("WelcomeDialog"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    m_defaultCall->setObjectName(QStringLiteral("DefaultCallButton"));
    m_lesson->setObjectName(QStringLiteral("LessonButton"));
    m_capture->setObjectName(QStringLiteral("CaptureButton"));
    m_lessons->setObjectName(QStringLiteral("LessonList"));
    for (QPushButton *b : {m_defaultCall, m_lesson, m_capture}) {
        b->setMinimumHeight(b->sizeHint().height() * 3 / 2);
        b->setAutoDefault(false);
    }
    m_defaultCall->setDefault(true);
    for (const Lesson &lesson : LessonLibrary::lessons()) {
        auto *item = new QListWidgetItem(m_lessons);
        item->setData(Qt::UserRole, lesson.idString());
    }
    m_lessons->setCurrentRow(0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_defaultCall);
    layout->addWidget(m_lessons, 1);
    layout->addWidget(m_lesson);
    layout->addWidget(m_capture);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_guide);
    bottom->addStretch(1);
    bottom->addWidget(m_close);
    layout->addLayout(bottom);
    // Tab order top to bottom, as the dialog reads.
    setTabOrder(m_defaultCall, m_lessons);
    setTabOrder(m_lessons, m_lesson);
    setTabOrder(m_lesson, m_capture);
    setTabOrder(m_capture, m_guide);
    setTabOrder(m_guide, m_close);

    connect(m_defaultCall, &QPushButton::clicked, this, [this] { choose(Choice::DefaultCall); });
    connect(m_lesson, &QPushButton::clicked, this, [this] { choose(Choice::Lesson); });
    connect(m_lessons, &QListWidget::itemActivated, this, [this] { choose(Choice::Lesson); });
    connect(m_lessons, &QListWidget::currentRowChanged, this, &WelcomeDialog::updateWidgets);
    connect(m_capture, &QPushButton::clicked, this, [this] { choose(Choice::Capture); });
    connect(m_guide, &QPushButton::clicked, this, [this] { choose(Choice::LadderGuide); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
    resize(sizeHint().expandedTo(QSize(560, 520)));
}

bool WelcomeDialog::showAtStart(const QSettings &settings, bool suppressed)
{
    if (suppressed || !qEnvironmentVariableIsEmpty("SIPLAB_NO_WELCOME"))
        return false;
    return !settings.value(QLatin1String(SettingsKey), false).toBool();
}

void WelcomeDialog::markShown(QSettings &settings)
{
    settings.setValue(QLatin1String(SettingsKey), true);
}

void WelcomeDialog::choose(Choice choice)
{
    if (m_choice != Choice::None)
        return; // already chosen (Return on the list also reaches the dialog's default button)
    if (choice == Choice::Lesson) {
        const QListWidgetItem *item = m_lessons->currentItem();
        if (!item)
            return;
        m_lessonId = item->data(Qt::UserRole).toString();
    }
    m_choice = choice;
    accept();
}

void WelcomeDialog::updateWidgets()
{
    m_lesson->setEnabled(m_lessons->currentItem() != nullptr);
}

void WelcomeDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to SIP Lab"));
    m_intro->setText(tr("<h2>Welcome to SIP Lab</h2><p>SIP Lab simulates a SIP call and draws it as a ladder: "
                        "one vertical line per node, one arrow per message. The explanation panel on the right "
                        "explains each message while it is sent, in Chinese and English.</p><p>How do you want to "
                        "start?</p>"));
    m_defaultCall->setText(tr("&Start with the default call\n(a caller, a proxy and a callee: INVITE, 180, 200, ACK)"));
    m_lesson->setText(tr("Open the &lesson chosen above"));
    m_lessons->setAccessibleName(tr("Lessons"));
    for (int i = 0; i < m_lessons->count(); ++i) {
        QListWidgetItem *item = m_lessons->item(i);
        if (const Lesson *lesson = LessonLibrary::find(item->data(Qt::UserRole).toString()))
            item->setText(QStringLiteral("%1  %2").arg(QString::fromLatin1(lesson->reference),
                                                       lesson->titleText(m_language)));
    }
    m_capture->setText(tr("Open a &capture or a scenario file…"));
    m_capture->setToolTip(tr("A saved scenario (.json); captures (.pcap, .pcapng) are for the command line: siplab-cli open"));
    m_guide->setText(tr("&How to read a ladder"));
    m_close->setText(tr("Close"));
    updateWidgets();
}

void WelcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace SipLab
