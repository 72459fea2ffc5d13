#include "callbuilderpanel.h"

#include "codepicker.h"
#include "scenariorules.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace SipLab {

namespace {
QSpinBox *makeSpin(int min, int max, int step, const QString &suffix)
{
    auto *s = new QSpinBox;
    s->setRange(min, max);
    s->setSingleStep(step);
    s->setSuffix(suffix);
    s->setKeyboardTracking(false);
    return s;
}
} // namespace

CallBuilderPanel::CallBuilderPanel(QWidget *parent)
    : QWidget(parent)
{
    buildUi();
    setScenario(Scenario::defaultScenario());
    retranslateUi();
}

void CallBuilderPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(buildCallBox());
    // What the selected node does: one page per node type.
    m_nodeBox = new QGroupBox;
    auto *nodeLayout = new QVBoxLayout(m_nodeBox);
    m_pages = new QStackedWidget;
    nodeLayout->addWidget(m_pages);
    m_pages->addWidget(buildUacPage());
    m_pages->addWidget(buildProxyPage());
    m_pages->addWidget(buildUasPage());
    layout->addWidget(m_nodeBox, 1);
    layout->addWidget(buildNetworkBox());

    // Edits. Each becomes one undoable command in the main window.
    connectCallBox();
    connectUacPage();
    connectProxyPage();
    connectUasPage();
    connectNetworkBox();
}

QWidget *CallBuilderPanel::buildCallBox()
{
    // The call: method and topology.
    m_callBox = new QGroupBox;
    auto *callLayout = new QVBoxLayout(m_callBox);
    auto *form = new QFormLayout;
    m_method = new QComboBox;
    m_method->addItems(Scenario::supportedMethods());
    m_methodLabel = new QLabel;
    form->addRow(m_methodLabel, m_method);
    m_proxyCount = makeSpin(0, 2, 1, QString());
    m_proxyCountLabel = new QLabel;
    form->addRow(m_proxyCountLabel, m_proxyCount);
    callLayout->addLayout(form);
    auto *topology = new QHBoxLayout;
    topology->setSpacing(2);
    m_nodeGroup = new QButtonGroup(this);
    m_nodeGroup->setExclusive(true);
    for (int i = 0; i < 4; ++i) {
        auto *b = new QPushButton;
        b->setCheckable(true);
        b->setMinimumWidth(48);
        m_nodeButtons.append(b);
        m_nodeGroup->addButton(b, i);
        topology->addWidget(b);
    }
    callLayout->addLayout(topology);
    return m_callBox;
}

QWidget *CallBuilderPanel::buildUacPage()
{
    auto *uacPage = new QWidget;
    auto *uacForm = new QFormLayout(uacPage);
    m_uacForm = uacForm;
    m_registerAction = new QComboBox;
    m_registerAction->addItems({QString(), QString(), QString(), QString()}); // in RegisterAction order
    m_registerLabel = new QLabel;
    uacForm->addRow(m_registerLabel, m_registerAction);
    m_maxForwards = makeSpin(0, 255, 1, QString());
    m_maxForwardsLabel = new QLabel;
    uacForm->addRow(m_maxForwardsLabel, m_maxForwards);
    m_followRedirects = new QCheckBox;
    uacForm->addRow(m_followRedirects);
    m_credentials = new QCheckBox;
    uacForm->addRow(m_credentials);
    m_serverAccepts = new QCheckBox;
    uacForm->addRow(m_serverAccepts);
    m_cancelAfter = makeSpin(-1, 600000, 100, QStringLiteral(" ms"));
    m_cancelLabel = new QLabel;
    uacForm->addRow(m_cancelLabel, m_cancelAfter);
    m_hangup = new QComboBox;
    m_hangup->addItems({QString(), QString(), QString()});
    m_hangupLabel = new QLabel;
    uacForm->addRow(m_hangupLabel, m_hangup);
    m_hangupAfter = makeSpin(0, 600000, 500, QStringLiteral(" ms"));
    m_hangupAfterLabel = new QLabel;
    uacForm->addRow(m_hangupAfterLabel, m_hangupAfter);
    m_reInvite = new QCheckBox;
    uacForm->addRow(m_reInvite);
    return uacPage;
}

QWidget *CallBuilderPanel::buildProxyPage()
{
    auto *proxyPage = new QWidget;
    auto *proxyForm = new QFormLayout(proxyPage);
    m_proxyMode = new QComboBox;
    m_proxyMode->addItems({QString(), QString()});
    proxyForm->addRow(m_proxyMode);
    m_proxyCode = new CodePicker(nullptr, 200, 699);
    proxyForm->addRow(m_proxyCode);
    m_recordRoute = new QCheckBox;
    proxyForm->addRow(m_recordRoute);
    m_recurse = new QCheckBox;
    proxyForm->addRow(m_recurse);
    m_proxyAuth = new QCheckBox;
    proxyForm->addRow(m_proxyAuth);
    m_proxyRetryAfter = makeSpin(0, 86400, 1, QStringLiteral(" s"));
    m_proxyRetryLabel = new QLabel;
    proxyForm->addRow(m_proxyRetryLabel, m_proxyRetryAfter);
    return proxyPage;
}

QWidget *CallBuilderPanel::buildUasPage()
{
    auto *uasPage = new QWidget;
    auto *uasLayout = new QVBoxLayout(uasPage);
    uasLayout->setContentsMargins(0, 0, 0, 0);
    m_stepsLabel = new QLabel;
    uasLayout->addWidget(m_stepsLabel);
    m_steps = new QTableWidget(0, 3);
    m_steps->verticalHeader()->hide();
    m_steps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setMinimumHeight(90);
    uasLayout->addWidget(m_steps);
    auto *stepButtons = new QHBoxLayout;
    m_addProvisional = new QPushButton;
    m_removeStep = new QPushButton;
    stepButtons->addWidget(m_addProvisional);
    stepButtons->addWidget(m_removeStep);
    uasLayout->addLayout(stepButtons);
    auto *finalForm = new QFormLayout;
    m_uasAnswers = new QCheckBox;
    finalForm->addRow(m_uasAnswers);
    m_uasFinal = new CodePicker(nullptr, 200, 699);
    m_uasFinalLabel = new QLabel;
    finalForm->addRow(m_uasFinalLabel, m_uasFinal);
    m_uasDelay = makeSpin(0, 600000, 100, QStringLiteral(" ms"));
    m_uasDelayLabel = new QLabel;
    finalForm->addRow(m_uasDelayLabel, m_uasDelay);
    m_uasAuth = new QCheckBox;
    finalForm->addRow(m_uasAuth);
    m_byeCode = new CodePicker(nullptr, 200, 699);
    m_byeLabel = new QLabel;
    finalForm->addRow(m_byeLabel, m_byeCode);
    uasLayout->addLayout(finalForm);
    return uasPage;
}

QWidget *CallBuilderPanel::buildNetworkBox()
{
    m_networkBox = new QGroupBox;
    auto *netForm = new QFormLayout(m_networkBox);
    m_transport = new QComboBox;
    m_transport->addItems({QStringLiteral("UDP"), QStringLiteral("TCP")});
    m_transportLabel = new QLabel;
    netForm->addRow(m_transportLabel, m_transport);
    m_latency = makeSpin(0, 10000, 10, QStringLiteral(" ms"));
    m_latencyLabel = new QLabel;
    netForm->addRow(m_latencyLabel, m_latency);
    m_t1 = makeSpin(10, 10000, 50, QStringLiteral(" ms"));
    m_t1Label = new QLabel;
    netForm->addRow(m_t1Label, m_t1);
    m_drop = new QLineEdit;
    m_drop->setPlaceholderText(QStringLiteral("7, 9"));
    m_dropLabel = new QLabel;
    netForm->addRow(m_dropLabel, m_drop);
    return m_networkBox;
}

// The consequences of each edit (a MESSAGE has no CANCEL, T2 follows T1, ...) are not made
// here: edit() hands every changed scenario to ScenarioRules::normalise.

void CallBuilderPanel::connectCallBox()
{
    connect(m_nodeGroup, &QButtonGroup::idClicked, this, &CallBuilderPanel::selectNode);
    connect(m_method, &QComboBox::currentTextChanged, this, [this](const QString &m) {
        edit(tr("Set method to %1").arg(m), [m](Scenario &s) { s.method = m; });
    });
    connect(m_proxyCount, &QSpinBox::valueChanged, this, [this](int n) {
        edit(tr("Use %n proxies", nullptr, n), [n](Scenario &s) { s.setProxyCount(n); });
    });
}

void CallBuilderPanel::connectUacPage()
{
    connect(m_maxForwards, &QSpinBox::valueChanged, this, [this](int v) {
        edit(tr("Set Max-Forwards to %1").arg(v), [v](Scenario &s) { s.uac.maxForwards = v; });
    });
    connect(m_followRedirects, &QCheckBox::toggled, this, [this](bool on) {
        edit(tr("Follow redirects"), [on](Scenario &s) { s.uac.followRedirects = on; });
    });
    connect(m_credentials, &QCheckBox::toggled, this, [this](bool on) {
        edit(tr("UAC credentials"), [on](Scenario &s) { s.uac.hasCredentials = on; });
    });
    connect(m_registerAction, &QComboBox::currentIndexChanged, this, [this](int i) {
        const RegisterAction action = RegisterAction(qBound(0, i, 3));
        edit(tr("Registration: %1").arg(m_registerAction->itemText(i)),
             [action](Scenario &s) { s.uac.registerAction = action; });
    });
    connect(m_serverAccepts, &QCheckBox::toggled, this, [this](bool on) {
        edit(on ? tr("The server accepts the password") : tr("The server refuses the password"),
             [on](Scenario &s) { ScenarioRules::setServerAcceptsPassword(s, on); });
    });
    connect(m_cancelAfter, &QSpinBox::valueChanged, this, [this](int v) {
        edit(tr("Cancel after %1 ms").arg(v), [v](Scenario &s) { s.uac.cancelAfterMs = v; });
    });
    connect(m_hangup, &QComboBox::currentIndexChanged, this, [this](int i) {
        edit(tr("Change who hangs up"), [i](Scenario &s) { s.hangup = Hangup(qBound(0, i, 2)); });
    });
    connect(m_hangupAfter, &QSpinBox::valueChanged, this, [this](int v) {
        edit(tr("Hang up after %1 ms").arg(v), [v](Scenario &s) { s.hangupAfterMs = v; });
    });
    connect(m_reInvite, &QCheckBox::toggled, this, [this](bool on) {
        edit(tr("re-INVITE"), [on](Scenario &s) { s.reInvite = on; });
    });
}

void CallBuilderPanel::connectProxyPage()
{
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, [this](int mode) {
        const int p = proxyIndex();
        const int code = m_proxyCode->currentCode();
        edit(mode == 0 ? tr("P%1 forwards").arg(p + 1) : tr("P%1 answers %2").arg(p + 1).arg(code),
             [p, mode, code](Scenario &s) { s.proxies[p].respondWith = mode == 0 ? 0 : code; });
    });
    connect(m_proxyCode, &CodePicker::codeChanged, this, [this](int code) {
        const int p = proxyIndex();
        edit(tr("P%1 answers %2").arg(p + 1).arg(code), [p, code](Scenario &s) { s.proxies[p].respondWith = code; });
    });
    connect(m_recordRoute, &QCheckBox::toggled, this, [this](bool on) {
        const int p = proxyIndex();
        edit(tr("Record-Route at P%1").arg(p + 1), [p, on](Scenario &s) { s.proxies[p].recordRoute = on; });
    });
    connect(m_recurse, &QCheckBox::toggled, this, [this](bool on) {
        const int p = proxyIndex();
        edit(tr("Recursion at P%1").arg(p + 1), [p, on](Scenario &s) { s.proxies[p].recurse = on; });
    });
    connect(m_proxyAuth, &QCheckBox::toggled, this, [this](bool on) {
        edit(tr("Proxy authentication"), [on](Scenario &s) { ScenarioRules::setAuth(s, AuthAt::Proxy, on); });
    });
    connect(m_proxyRetryAfter, &QSpinBox::valueChanged, this, [this](int v) {
        const int p = proxyIndex();
        edit(tr("Retry-After at P%1").arg(p + 1), [p, v](Scenario &s) { s.proxies[p].retryAfter = v; });
    });
}

void CallBuilderPanel::connectUasPage()
{
    connect(m_uasAnswers, &QCheckBox::toggled, this, [this](bool on) {
        const int code = m_uasFinal->currentCode() ? m_uasFinal->currentCode() : 200;
        const int delay = m_uasDelay->value();
        edit(on ? tr("UAS answers %1").arg(code) : tr("UAS never answers"), [on, code, delay](Scenario &s) {
            ScenarioRules::removeFinalResponse(s);
            if (on)
                ScenarioRules::setFinalResponse(s, code, delay);
        });
    });
    connect(m_uasFinal, &CodePicker::codeChanged, this, [this](int code) {
        const int delay = m_uasDelay->value();
        edit(tr("UAS answers %1").arg(code), [code, delay](Scenario &s) { ScenarioRules::setFinalResponse(s, code, delay); });
    });
    connect(m_uasDelay, &QSpinBox::valueChanged, this, [this](int delay) {
        edit(tr("Final response after %1 ms").arg(delay), [delay](Scenario &s) {
            if (!s.uas.responses.isEmpty() && s.uas.responses.last().code >= 200)
                s.uas.responses.last().delayMs = delay;
        });
    });
    connect(m_uasAuth, &QCheckBox::toggled, this, [this](bool on) {
        edit(tr("UAS authentication"), [on](Scenario &s) { ScenarioRules::setAuth(s, AuthAt::Uas, on); });
    });
    connect(m_byeCode, &CodePicker::codeChanged, this, [this](int code) {
        edit(tr("UAS answers BYE with %1").arg(code), [code](Scenario &s) {
            if (code == 200)
                s.uas.answers.remove(QStringLiteral("BYE"));
            else
                s.uas.answers.insert(QStringLiteral("BYE"), code);
        });
    });
    connect(m_addProvisional, &QPushButton::clicked, this, [this] {
        edit(tr("Add a provisional response"), [](Scenario &s) { ScenarioRules::addProvisional(s, 180); });
    });
    connect(m_removeStep, &QPushButton::clicked, this, [this] {
        const int row = m_steps->currentRow() >= 0 ? m_steps->currentRow() : m_steps->rowCount() - 1;
        if (row < 0)
            return;
        edit(tr("Remove a provisional response"), [row](Scenario &s) { ScenarioRules::removeProvisional(s, row); });
    });
}

void CallBuilderPanel::connectNetworkBox()
{
    connect(m_transport, &QComboBox::currentIndexChanged, this, [this](int i) {
        edit(tr("Transport %1").arg(i == 0 ? QStringLiteral("UDP") : QStringLiteral("TCP")),
             [i](Scenario &s) { s.network.transport = i == 0 ? Transport::Udp : Transport::Tcp; });
    });
    connect(m_latency, &QSpinBox::valueChanged, this, [this](int v) {
        edit(tr("Latency %1 ms").arg(v), [v](Scenario &s) { s.network.latencyMs = v; });
    });
    connect(m_t1, &QSpinBox::valueChanged, this, [this](int v) {
        edit(tr("T1 %1 ms").arg(v), [v](Scenario &s) { s.network.t1Ms = v; });
    });
    connect(m_drop, &QLineEdit::editingFinished, this, [this] {
        const QList<int> drop = ScenarioRules::parseDrop(m_drop->text());
        edit(tr("Drop messages"), [drop](Scenario &s) { s.network.drop = drop; });
    });
}

void CallBuilderPanel::edit(const QString &description, const std::function<void(Scenario &)> &change)
{
    if (m_updating)
        return;
    Scenario s = m_scenario;
    change(s);
    ScenarioRules::normalise(s);
    if (s == m_scenario)
        return;
    Q_EMIT scenarioEdited(s, description);
}

void CallBuilderPanel::setScenario(const Scenario &scenario)
{
    m_scenario = scenario;
    m_selected = qBound(0, m_selected, int(scenario.proxies.size()) + 1);
    updateWidgets();
}

void CallBuilderPanel::selectNode(int node)
{
    m_selected = qBound(0, node, int(m_scenario.proxies.size()) + 1);
    updateWidgets();
    Q_EMIT nodeSelected(m_selected);
}

void CallBuilderPanel::useCode(int code)
{
    if (m_selected == 0)
        return;
    if (isUas()) {
        if (code < 200) {
            edit(tr("Add a provisional response"), [code](Scenario &s) { ScenarioRules::addProvisional(s, code); });
        } else {
            const int delay = m_uasDelay->value();
            edit(tr("UAS answers %1").arg(code), [code, delay](Scenario &s) { ScenarioRules::setFinalResponse(s, code, delay); });
        }
        return;
    }
    if (code >= 200) {
        const int p = proxyIndex();
        edit(tr("P%1 answers %2").arg(p + 1).arg(code), [p, code](Scenario &s) { s.proxies[p].respondWith = code; });
    }
}

void CallBuilderPanel::rebuildSteps()
{
    m_steps->setRowCount(0);
    const QList<ResponseStep> &steps = m_scenario.uas.responses;
    for (int i = 0; i < steps.size(); ++i) {
        if (steps[i].code >= 200)
            break;
        m_steps->insertRow(i);
        auto *picker = new CodePicker(nullptr, 101, 199);
        picker->setCurrentCode(steps[i].code);
        connect(picker, &CodePicker::codeChanged, this, [this, i](int code) {
            edit(tr("Provisional response %1").arg(code), [i, code](Scenario &s) { s.uas.responses[i].code = code; });
        });
        m_steps->setCellWidget(i, 0, picker);
        auto *delay = makeSpin(0, 600000, 100, QStringLiteral(" ms"));
        delay->setValue(steps[i].delayMs);
        connect(delay, &QSpinBox::valueChanged, this, [this, i](int v) {
            edit(tr("Provisional response delay"), [i, v](Scenario &s) { s.uas.responses[i].delayMs = v; });
        });
        m_steps->setCellWidget(i, 1, delay);
        auto *reliable = new QCheckBox;
        reliable->setChecked(steps[i].reliable);
        reliable->setToolTip(tr("Send reliably (RFC 3262): Require: 100rel, RSeq; the UAC answers with PRACK"));
        connect(reliable, &QCheckBox::toggled, this, [this, i](bool on) {
            edit(tr("Reliable provisional response"), [i, on](Scenario &s) { s.uas.responses[i].reliable = on; });
        });
        m_steps->setCellWidget(i, 2, reliable);
    }
    m_steps->resizeColumnToContents(1);
    m_steps->resizeColumnToContents(2);
}

void CallBuilderPanel::updateWidgets()
{
    m_updating = true;
    const Scenario &s = m_scenario;
    m_method->setCurrentText(s.method);
    m_proxyCount->setValue(int(s.proxies.size()));
    const int nodes = int(s.proxies.size()) + 2;
    for (int i = 0; i < m_nodeButtons.size(); ++i) {
        m_nodeButtons[i]->setVisible(i < nodes);
        if (i >= nodes)
            continue;
        const QString name = i == 0 ? s.uac.address.name : i == nodes - 1 ? s.uas.address.name : s.proxies[i - 1].address.name;
        m_nodeButtons[i]->setText(name);
        m_nodeButtons[i]->setChecked(i == m_selected);
    }
    const bool invite = s.method == QLatin1String("INVITE");
    if (m_selected == 0) {
        m_pages->setCurrentIndex(0);
        m_nodeBox->setTitle(tr("UAC %1").arg(s.uac.address.aor()));
        m_maxForwards->setValue(s.uac.maxForwards);
        m_followRedirects->setChecked(s.uac.followRedirects);
        m_credentials->setChecked(s.uac.hasCredentials);
        const bool isRegister = s.method == QLatin1String("REGISTER");
        m_uacForm->setRowVisible(m_registerAction, isRegister);
        m_registerAction->setCurrentIndex(int(s.uac.registerAction));
        // Only a server that challenges checks the password (RFC 3261 22.2, 22.3).
        const bool challenged = s.auth != AuthAt::None && s.uac.hasCredentials;
        m_serverAccepts->setChecked(ScenarioRules::serverAcceptsPassword(s));
        m_serverAccepts->setEnabled(challenged);
        m_serverAccepts->setToolTip(challenged ? m_serverAcceptsTip
                                               : m_serverAcceptsTip + QLatin1Char('\n') + m_serverAcceptsDisabledTip);
        m_cancelAfter->setValue(s.uac.cancelAfterMs);
        m_cancelAfter->setEnabled(invite);
        m_hangup->setCurrentIndex(int(s.hangup));
        m_hangup->setEnabled(invite);
        m_hangupAfter->setValue(s.hangupAfterMs);
        m_hangupAfter->setEnabled(invite && s.hangup != Hangup::None);
        m_reInvite->setChecked(s.reInvite);
        m_reInvite->setEnabled(invite);
        // CANCEL, BYE and re-INVITE belong to an INVITE session: other requests do not show them.
        for (QWidget *w : {static_cast<QWidget *>(m_cancelAfter), static_cast<QWidget *>(m_hangup),
                           static_cast<QWidget *>(m_hangupAfter), static_cast<QWidget *>(m_reInvite)})
            m_uacForm->setRowVisible(w, invite);
    } else if (isUas()) {
        m_pages->setCurrentIndex(2);
        m_nodeBox->setTitle(tr("UAS %1").arg(s.uas.address.aor()));
        rebuildSteps();
        const bool answers = !s.uas.responses.isEmpty() && s.uas.responses.last().code >= 200;
        m_uasAnswers->setChecked(answers);
        m_uasFinal->setEnabled(answers);
        m_uasDelay->setEnabled(answers);
        if (answers) {
            m_uasFinal->setCurrentCode(s.uas.responses.last().code);
            m_uasDelay->setValue(s.uas.responses.last().delayMs);
        }
        m_uasAuth->setChecked(s.auth == AuthAt::Uas);
        m_byeCode->setCurrentCode(s.uas.answers.value(QStringLiteral("BYE"), 200));
        m_byeCode->setEnabled(invite);
        m_addProvisional->setEnabled(s.method == QLatin1String("INVITE"));
    } else {
        m_pages->setCurrentIndex(1);
        const ProxySettings &p = s.proxies[proxyIndex()];
        m_nodeBox->setTitle(tr("Proxy %1 (%2)").arg(p.address.name, p.address.host));
        m_proxyMode->setCurrentIndex(p.respondWith == 0 ? 0 : 1);
        m_proxyCode->setEnabled(p.respondWith != 0);
        if (p.respondWith != 0)
            m_proxyCode->setCurrentCode(p.respondWith);
        m_recordRoute->setChecked(p.recordRoute);
        m_recurse->setChecked(p.recurse);
        m_proxyAuth->setVisible(proxyIndex() == 0);
        m_proxyAuth->setChecked(s.auth == AuthAt::Proxy);
        m_proxyRetryAfter->setValue(p.retryAfter);
    }
    m_transport->setCurrentIndex(s.network.transport == Transport::Udp ? 0 : 1);
    m_latency->setValue(s.network.latencyMs);
    m_t1->setValue(s.network.t1Ms);
    m_drop->setText(ScenarioRules::dropText(s.network.drop));
    m_updating = false;
}

void CallBuilderPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CallBuilderPanel::retranslateUi()
{
    m_callBox->setTitle(tr("Call"));
    m_methodLabel->setText(tr("Request:"));
    m_proxyCountLabel->setText(tr("Proxies:"));
    for (QPushButton *b : m_nodeButtons)
        b->setToolTip(tr("Select this node to choose what it returns"));
    m_maxForwardsLabel->setText(tr("Max-Forwards:"));
    m_followRedirects->setText(tr("Follow 3xx redirects"));
    m_credentials->setText(tr("Has credentials for 401/407"));
    m_registerLabel->setText(tr("Registration:"));
    m_registerAction->setItemText(0, tr("New binding"));
    m_registerAction->setItemText(1, tr("Add a contact"));
    m_registerAction->setItemText(2, tr("Query bindings"));
    m_registerAction->setItemText(3, tr("Remove all bindings"));
    m_registerAction->setItemData(0, tr("Contact: the UA's address with Expires (RFC 3261 10.2.1, RFC 3665 2.1)"), Qt::ToolTipRole);
    m_registerAction->setItemData(1, tr("A second Contact (mailto:) added to the binding already held (RFC 3261 10.2.1, RFC 3665 2.2)"),
                                  Qt::ToolTipRole);
    m_registerAction->setItemData(2, tr("No Contact: the registrar's 200 OK lists the bindings (RFC 3261 10.2.3, RFC 3665 2.3)"),
                                  Qt::ToolTipRole);
    m_registerAction->setItemData(3, tr("Contact: * with Expires: 0 removes every binding (RFC 3261 10.2.2, RFC 3665 2.4)"),
                                  Qt::ToolTipRole);
    m_registerAction->setToolTip(tr("What the REGISTER asks the registrar to do with the bindings of the address of record"));
    m_serverAccepts->setText(tr("The server accepts the UAC's password"));
    m_serverAcceptsTip = tr("Unchecked: the proxy, registrar or UAS that challenges holds another password and refuses "
                            "the credentials with a second 401/407 (RFC 3665 2.5)");
    m_serverAcceptsDisabledTip = tr("Nobody checks a password now: make P1 challenge with 407 or the UAS with 401, and "
                                    "give the UAC credentials");
    m_cancelLabel->setText(tr("Cancel after:"));
    m_cancelAfter->setSpecialValueText(tr("never"));
    m_cancelAfter->setToolTip(tr("CANCEL this long after the first provisional response (RFC 3261 9.1)"));
    m_hangupLabel->setText(tr("Hangs up:"));
    m_hangup->setItemText(0, tr("the caller (UAC)"));
    m_hangup->setItemText(1, tr("the callee (UAS)"));
    m_hangup->setItemText(2, tr("nobody"));
    m_hangupAfterLabel->setText(tr("Hang up after:"));
    m_reInvite->setText(tr("Send a re-INVITE (hold) first"));
    m_proxyMode->setItemText(0, tr("Forward the request"));
    m_proxyMode->setItemText(1, tr("Answer it with:"));
    m_recordRoute->setText(tr("Record-Route (stay in the path)"));
    m_recurse->setText(tr("Recurse on 3xx"));
    m_proxyAuth->setText(tr("Challenge with 407 (proxy authentication)"));
    m_proxyRetryLabel->setText(tr("Retry-After:"));
    m_stepsLabel->setText(tr("Provisional responses, in order:"));
    m_steps->setHorizontalHeaderLabels({tr("Code"), tr("Delay"), tr("Reliable")});
    m_addProvisional->setText(tr("Add"));
    m_removeStep->setText(tr("Remove"));
    m_uasAnswers->setText(tr("Sends a final response"));
    m_uasFinalLabel->setText(tr("Final:"));
    m_uasDelayLabel->setText(tr("After:"));
    m_uasAuth->setText(tr("Challenge with 401 (UAS authentication)"));
    m_byeLabel->setText(tr("Answer to BYE:"));
    m_networkBox->setTitle(tr("Network"));
    m_transportLabel->setText(tr("Transport:"));
    m_latencyLabel->setText(tr("Latency per link:"));
    m_t1Label->setText(tr("T1:"));
    m_dropLabel->setText(tr("Lose messages (F-numbers):"));
    updateWidgets();
}

} // namespace SipLab
