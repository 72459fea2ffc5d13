#include "callbuilderpanel.h"

#include "codepicker.h"
#include "responsescript.h"
#include "scenariorules.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
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
    m_uacPage = buildUacPage();
    m_pages->addWidget(m_uacPage);
    layout->addWidget(m_nodeBox, 1);
    layout->addWidget(buildNetworkBox());

    // Edits. Each becomes one undoable command in the main window.
    connectCallBox();
    connectUacPage();
    connectNetworkBox();
}

void CallBuilderPanel::ensureProxyPage()
{
    if (m_proxyPage)
        return;
    m_proxyPage = buildProxyPage();
    m_pages->addWidget(m_proxyPage);
    placeInTabOrder(m_proxyPage);
    connectProxyPage();
    retranslateProxyPage();
    Q_EMIT pageBuilt();
}

void CallBuilderPanel::ensureUasPage()
{
    if (m_uasPage)
        return;
    m_uasPage = buildUasPage();
    m_pages->addWidget(m_uasPage);
    placeInTabOrder(m_uasPage);
    connectUasPage();
    retranslateUasPage();
    Q_EMIT pageBuilt();
}

namespace {
/// The widgets inside `widget` that take focus, in their order in the focus chain.
QList<QWidget *> focusChainOf(QWidget *widget)
{
    QList<QWidget *> chain;
    for (QWidget *w = widget->nextInFocusChain(); w != widget; w = w->nextInFocusChain()) {
        if (widget->isAncestorOf(w) && w->focusPolicy() != Qt::NoFocus)
            chain.append(w);
    }
    return chain;
}
} // namespace

void CallBuilderPanel::placeInTabOrder(QWidget *page)
{
    // A widget parented late joins the end of its window's focus chain: Tab would reach the
    // page after the ladder and every other dock. Its place is where the UAC page is, between
    // the topology and the network box (one page shows at a time).
    const QList<QWidget *> uac = focusChainOf(m_uacPage);
    QWidget *previous = uac.isEmpty() ? nullptr : uac.constLast();
    for (QWidget *w : focusChainOf(page)) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

QWidget *CallBuilderPanel::buildCallBox()
{
    // The call: method and topology.
    m_callBox = new QGroupBox;
    auto *callLayout = new QVBoxLayout(m_callBox);
    auto *form = new QFormLayout;
    m_callForm = form;
    m_method = new QComboBox;
    m_method->addItems(Scenario::supportedMethods());
    m_methodLabel = new QLabel;
    form->addRow(m_methodLabel, m_method);
    m_proxyCount = makeSpin(0, 2, 1, QString());
    m_proxyCountLabel = new QLabel;
    form->addRow(m_proxyCountLabel, m_proxyCount);
    m_deviceCount = makeSpin(1, Scenario::MaxTargets, 1, QString());
    m_deviceCountLabel = new QLabel;
    form->addRow(m_deviceCountLabel, m_deviceCount);
    m_forkMode = new QComboBox;
    m_forkMode->addItems({QString(), QString()}); // in ForkMode order
    m_forkLabel = new QLabel;
    form->addRow(m_forkLabel, m_forkMode);
    m_branchTimeout = makeSpin(100, 600000, 500, QStringLiteral(" ms"));
    m_branchTimeoutLabel = new QLabel;
    form->addRow(m_branchTimeoutLabel, m_branchTimeout);
    callLayout->addLayout(form);
    // The topology: the caller and the proxies on the first row, the callee's devices on the
    // second when there are several (updateWidgets places the buttons).
    auto *topology = new QGridLayout;
    m_topology = topology;
    topology->setSpacing(2);
    m_nodeGroup = new QButtonGroup(this);
    m_nodeGroup->setExclusive(true);
    // UAC, at most two proxies, at most three devices.
    for (int i = 0; i < 3 + Scenario::MaxTargets; ++i) {
        auto *b = new QPushButton;
        b->setCheckable(true);
        b->setMinimumWidth(40);
        m_nodeButtons.append(b);
        m_nodeGroup->addButton(b, i);
        topology->addWidget(b, 0, i);
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
    m_proxyForm = proxyForm;
    m_firstHopRole = new QComboBox;
    m_firstHopRole->addItems({QString(), QString(), QString()}); // in ProxyRole order
    m_firstHopRoleLabel = new QLabel;
    proxyForm->addRow(m_firstHopRoleLabel, m_firstHopRole);
    m_firstHopDown = new QCheckBox;
    proxyForm->addRow(m_firstHopDown);
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
    m_retryEdit = new QLineEdit;
    m_retryEdit->setPlaceholderText(QStringLiteral("180@100,200@1100"));
    m_retryLabel = new QLabel;
    finalForm->addRow(m_retryLabel, m_retryEdit);
    uasLayout->addLayout(finalForm);
    m_removeDevice = new QPushButton;
    uasLayout->addWidget(m_removeDevice, 0, Qt::AlignLeft);
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
    connect(m_deviceCount, &QSpinBox::valueChanged, this, [this](int n) {
        edit(tr("Use %n callee devices", nullptr, n), [n](Scenario &s) { ScenarioRules::setDeviceCount(s, n); });
    });
    connect(m_forkMode, &QComboBox::currentIndexChanged, this, [this](int i) {
        const ForkMode mode = i == 1 ? ForkMode::Sequential : ForkMode::Parallel;
        edit(mode == ForkMode::Parallel ? tr("Fork in parallel") : tr("Fork in sequence"),
             [mode](Scenario &s) { s.forking.mode = mode; });
    });
    connect(m_branchTimeout, &QSpinBox::valueChanged, this, [this](int v) {
        edit(tr("Branch timeout %1 ms").arg(v), [v](Scenario &s) { s.forking.branchTimeoutMs = v; });
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
    connect(m_firstHopRole, &QComboBox::currentIndexChanged, this, [this](int i) {
        const ProxyRole role = ProxyRole(qBound(0, i, 2));
        edit(tr("P1 is: %1").arg(m_firstHopRole->itemText(i)), [role](Scenario &s) { ScenarioRules::setFirstHopRole(s, role); });
    });
    connect(m_firstHopDown, &QCheckBox::toggled, this, [this](bool on) {
        edit(on ? tr("P1 is down, the caller fails over to P2") : tr("P1 is up"),
             [on](Scenario &s) { ScenarioRules::setFirstHopDown(s, on); });
    });
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
    // Every handler edits the selected device (selectedDevice(), read when the edit happens).
    connect(m_uasAnswers, &QCheckBox::toggled, this, [this](bool on) {
        const int code = m_uasFinal->currentCode() ? m_uasFinal->currentCode() : 200;
        const int delay = m_uasDelay->value();
        const int d = selectedDevice();
        edit(on ? tr("%1 answers %2").arg(deviceName(d)).arg(code) : tr("%1 never answers").arg(deviceName(d)),
             [on, code, delay, d](Scenario &s) {
                 ScenarioRules::removeFinalResponse(s, d);
                 if (on)
                     ScenarioRules::setFinalResponse(s, code, delay, d);
             });
    });
    connect(m_uasFinal, &CodePicker::codeChanged, this, [this](int code) {
        const int delay = m_uasDelay->value();
        const int d = selectedDevice();
        edit(tr("%1 answers %2").arg(deviceName(d)).arg(code),
             [code, delay, d](Scenario &s) { ScenarioRules::setFinalResponse(s, code, delay, d); });
    });
    connect(m_uasDelay, &QSpinBox::valueChanged, this, [this](int delay) {
        const int d = selectedDevice();
        edit(tr("Final response after %1 ms").arg(delay), [delay, d](Scenario &s) {
            if (d < 0 || d >= s.targetCount())
                return;
            QList<ResponseStep> &r = s.target(d).responses;
            if (!r.isEmpty() && r.last().code >= 200)
                r.last().delayMs = delay;
        });
    });
    connect(m_uasAuth, &QCheckBox::toggled, this, [this](bool on) {
        edit(tr("UAS authentication"), [on](Scenario &s) { ScenarioRules::setAuth(s, AuthAt::Uas, on); });
    });
    connect(m_byeCode, &CodePicker::codeChanged, this, [this](int code) {
        const int d = selectedDevice();
        edit(tr("%1 answers BYE with %2").arg(deviceName(d)).arg(code), [code, d](Scenario &s) {
            if (d < 0 || d >= s.targetCount())
                return;
            if (code == 200)
                s.target(d).answers.remove(QStringLiteral("BYE"));
            else
                s.target(d).answers.insert(QStringLiteral("BYE"), code);
        });
    });
    connect(m_retryEdit, &QLineEdit::editingFinished, this, [this] { setRetryResponses(m_retryEdit->text()); });
    connect(m_addProvisional, &QPushButton::clicked, this, [this] {
        const int d = selectedDevice();
        edit(tr("Add a provisional response"), [d](Scenario &s) { ScenarioRules::addProvisional(s, 180, d); });
    });
    connect(m_removeStep, &QPushButton::clicked, this, [this] {
        const int row = m_steps->currentRow() >= 0 ? m_steps->currentRow() : m_steps->rowCount() - 1;
        if (row < 0)
            return;
        const int d = selectedDevice();
        edit(tr("Remove a provisional response"), [row, d](Scenario &s) { ScenarioRules::removeProvisional(s, row, d); });
    });
    connect(m_removeDevice, &QPushButton::clicked, this, [this] {
        const int d = selectedDevice();
        edit(tr("Remove %1").arg(deviceName(d)), [d](Scenario &s) { ScenarioRules::removeDevice(s, d); });
    });
}

QString CallBuilderPanel::deviceName(int device) const
{
    return device >= 0 && device < m_scenario.targetCount() ? m_scenario.target(device).address.name : QString();
}

bool CallBuilderPanel::setRetryResponses(const QString &text)
{
    const int d = selectedDevice();
    if (d < 0 || m_updating)
        return false;
    QList<ResponseStep> steps; // empty: the retried request succeeds (the engine's default)
    if (!text.trimmed().isEmpty()) {
        QString error;
        const std::optional<QList<ResponseStep>> parsed = ResponseScript::parse(text, &error);
        if (!parsed) {
            m_retryEdit->setToolTip(tr("Not a response list: %1").arg(error));
            m_retryEdit->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
            return false;
        }
        steps = *parsed;
    }
    m_retryEdit->setStyleSheet(QString());
    m_retryEdit->setToolTip(m_retryTip);
    edit(tr("%1's responses to a retried request").arg(deviceName(d)), [d, steps](Scenario &s) {
        if (d < s.targetCount())
            s.target(d).retryResponses = steps;
    });
    return true;
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
    m_selected = qBound(0, m_selected, nodeCount() - 1);
    updateWidgets();
}

void CallBuilderPanel::selectNode(int node)
{
    m_selected = qBound(0, node, nodeCount() - 1);
    updateWidgets();
    Q_EMIT nodeSelected(m_selected);
}

void CallBuilderPanel::useCode(int code)
{
    if (m_selected == 0)
        return;
    if (isUas()) {
        const int d = selectedDevice();
        if (code < 200) {
            edit(tr("Add a provisional response"), [code, d](Scenario &s) { ScenarioRules::addProvisional(s, code, d); });
        } else {
            const int delay = m_uasDelay->value();
            edit(tr("%1 answers %2").arg(deviceName(d)).arg(code),
                 [code, delay, d](Scenario &s) { ScenarioRules::setFinalResponse(s, code, delay, d); });
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
    const int d = selectedDevice();
    const QList<ResponseStep> steps = d >= 0 ? m_scenario.target(d).responses : QList<ResponseStep>();
    for (int i = 0; i < steps.size(); ++i) {
        if (steps[i].code >= 200)
            break;
        m_steps->insertRow(i);
        auto *picker = new CodePicker(nullptr, 101, 199);
        picker->setCurrentCode(steps[i].code);
        connect(picker, &CodePicker::codeChanged, this, [this, i, d](int code) {
            edit(tr("Provisional response %1").arg(code), [i, code, d](Scenario &s) { s.target(d).responses[i].code = code; });
        });
        m_steps->setCellWidget(i, 0, picker);
        auto *delay = makeSpin(0, 600000, 100, QStringLiteral(" ms"));
        delay->setValue(steps[i].delayMs);
        connect(delay, &QSpinBox::valueChanged, this, [this, i, d](int v) {
            edit(tr("Provisional response delay"), [i, v, d](Scenario &s) { s.target(d).responses[i].delayMs = v; });
        });
        m_steps->setCellWidget(i, 1, delay);
        auto *reliable = new QCheckBox;
        reliable->setChecked(steps[i].reliable);
        reliable->setToolTip(tr("Send reliably (RFC 3262): Require: 100rel, RSeq; the UAC answers with PRACK"));
        connect(reliable, &QCheckBox::toggled, this, [this, i, d](bool on) {
            edit(tr("Reliable provisional response"), [i, on, d](Scenario &s) { s.target(d).responses[i].reliable = on; });
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
    // The graph decides how few proxies it can have (a redirect server needs P2 behind it,
    // forking a proxy in front of the devices).
    m_proxyCount->setMinimum(ScenarioRules::minimumProxies(s));
    m_proxyCount->setValue(int(s.proxies.size()));
    m_deviceCount->setValue(s.targetCount());
    const bool forks = s.targetCount() > 1;
    m_forkMode->setCurrentIndex(s.forking.mode == ForkMode::Sequential ? 1 : 0);
    m_branchTimeout->setValue(s.forking.branchTimeoutMs);
    m_callForm->setRowVisible(m_forkMode, forks);
    m_callForm->setRowVisible(m_branchTimeout, forks && s.forking.mode == ForkMode::Sequential);
    const int nodes = nodeCount();
    const int proxies = int(s.proxies.size());
    for (int i = 0; i < m_nodeButtons.size(); ++i) {
        m_nodeButtons[i]->setVisible(i < nodes);
        if (i >= nodes)
            continue;
        const bool deviceRow = forks && i > proxies;
        m_topology->removeWidget(m_nodeButtons[i]);
        m_topology->addWidget(m_nodeButtons[i], deviceRow ? 1 : 0, deviceRow ? i - proxies - 1 : i);
        const NodeAddress &a = i == 0 ? s.uac.address : i <= proxies ? s.proxies[i - 1].address : s.target(i - proxies - 1).address;
        // A long lane name is shortened on its button (the tooltip has it whole) so that six
        // nodes fit the dock's width.
        m_nodeButtons[i]->setText(m_nodeButtons[i]->fontMetrics().elidedText(a.name, Qt::ElideRight, 84));
        m_nodeButtons[i]->setToolTip(a.name + QLatin1Char('\n') + (a.user.isEmpty() ? a.host : a.aor() + QStringLiteral(" (") + a.host + QLatin1Char(')'))
                                     + QLatin1Char('\n') + m_nodeTip);
        m_nodeButtons[i]->setChecked(i == m_selected);
    }
    const bool invite = s.method == QLatin1String("INVITE");
    if (m_selected == 0) {
        m_pages->setCurrentWidget(m_uacPage);
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
        ensureUasPage();
        m_pages->setCurrentWidget(m_uasPage);
        const int d = selectedDevice();
        const UasSettings &device = s.target(d);
        m_nodeBox->setTitle(forks ? tr("%1 (%2)").arg(device.address.name, device.address.host)
                                  : tr("UAS %1").arg(device.address.aor()));
        rebuildSteps();
        const ResponseStep *last = ScenarioRules::finalResponse(s, d);
        m_uasAnswers->setChecked(last != nullptr);
        m_uasFinal->setEnabled(last != nullptr);
        m_uasDelay->setEnabled(last != nullptr);
        if (last) {
            m_uasFinal->setCurrentCode(last->code);
            m_uasDelay->setValue(last->delayMs);
        }
        m_uasAuth->setChecked(s.auth == AuthAt::Uas);
        m_byeCode->setCurrentCode(device.answers.value(QStringLiteral("BYE"), 200));
        m_retryEdit->setText(ResponseScript::text(device.retryResponses));
        m_retryEdit->setStyleSheet(QString());
        m_retryEdit->setToolTip(m_retryTip);
        m_removeDevice->setVisible(forks);
        m_removeDevice->setText(tr("Remove %1").arg(m_removeDevice->fontMetrics().elidedText(device.address.name, Qt::ElideRight, 160)));
        m_byeCode->setEnabled(invite);
        m_addProvisional->setEnabled(s.method == QLatin1String("INVITE"));
    } else {
        ensureProxyPage();
        m_pages->setCurrentWidget(m_proxyPage);
        const ProxySettings &p = s.proxies[proxyIndex()];
        m_nodeBox->setTitle(tr("Proxy %1 (%2)").arg(p.address.name, p.address.host));
        const bool first = proxyIndex() == 0;
        m_proxyForm->setRowVisible(m_firstHopRole, first);
        m_proxyForm->setRowVisible(m_firstHopDown, first);
        m_firstHopRole->setCurrentIndex(int(p.role));
        m_firstHopDown->setChecked(first && ScenarioRules::firstHopDown(s));
        m_firstHopDown->setEnabled(p.role == ProxyRole::Proxy);
        // A redirect server always answers (a 3xx); a proxy that is down answers nothing.
        m_proxyMode->setEnabled(p.role != ProxyRole::Redirect && !p.down);
        m_proxyMode->setCurrentIndex(p.respondWith == 0 ? 0 : 1);
        m_proxyCode->setEnabled(p.respondWith != 0 && !p.down);
        if (p.respondWith != 0)
            m_proxyCode->setCurrentCode(p.respondWith);
        m_recordRoute->setChecked(p.recordRoute);
        m_recurse->setChecked(p.recurse);
        m_proxyAuth->setVisible(proxyIndex() == 0);
        m_proxyAuth->setChecked(s.auth == AuthAt::Proxy);
        m_proxyRetryAfter->setValue(p.retryAfter);
    }
    // Long lane names or host names must not widen the dock.
    m_nodeBox->setTitle(m_nodeBox->fontMetrics().elidedText(m_nodeBox->title(), Qt::ElideMiddle, 300));
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
    m_deviceCountLabel->setText(tr("Callee devices:"));
    m_deviceCount->setToolTip(tr("Devices of the callee behind the last proxy (desk phone, softphone, voicemail); "
                                 "with more than one the proxy forks the request to them (RFC 3261 16.5-16.7)"));
    m_forkLabel->setText(tr("Forking:"));
    m_forkMode->setItemText(0, tr("parallel (all at once)"));
    m_forkMode->setItemText(1, tr("sequential (one after another)"));
    m_forkMode->setToolTip(tr("Parallel: every device rings at once and the first 2xx cancels the others. Sequential: "
                              "the next device is tried after a 3xx-5xx or the branch timeout; a 6xx ends the search "
                              "(RFC 3261 16.7)"));
    m_branchTimeoutLabel->setText(tr("Branch timeout:"));
    m_branchTimeout->setToolTip(tr("Sequential forking: a device without a final response after this long is cancelled "
                                   "and the next one tried"));
    m_nodeTip = tr("Select this node to choose what it returns");
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
    if (m_proxyPage)
        retranslateProxyPage();
    if (m_uasPage)
        retranslateUasPage();
    m_networkBox->setTitle(tr("Network"));
    m_transportLabel->setText(tr("Transport:"));
    m_latencyLabel->setText(tr("Latency per link:"));
    m_t1Label->setText(tr("T1:"));
    m_dropLabel->setText(tr("Lose messages (F-numbers):"));
    updateWidgets();
}

void CallBuilderPanel::retranslateProxyPage()
{
    m_firstHopRoleLabel->setText(tr("P1 is:"));
    m_firstHopRole->setItemText(0, tr("a proxy"));
    m_firstHopRole->setItemText(1, tr("a redirect server"));
    m_firstHopRole->setItemText(2, tr("an ALG"));
    m_firstHopRole->setItemData(0, tr("Forwards requests (RFC 3261 16)"), Qt::ToolTipRole);
    m_firstHopRole->setItemData(1, tr("Answers every new request with a 3xx naming the callee's devices; the caller "
                                      "sends the request again via P2 (RFC 3261 8.3, RFC 3665 3.6)"),
                                Qt::ToolTipRole);
    m_firstHopRole->setItemData(2, tr("An application layer gateway: record-routes and rewrites the SDP's address "
                                      "and port so the media flows through it (RFC 3665 3.5)"),
                                Qt::ToolTipRole);
    m_firstHopDown->setText(tr("P1 is down, the caller fails over to P2"));
    m_firstHopDown->setToolTip(tr("P1 never answers; after Timer B the caller sends the request to its alternate "
                                  "proxy P2 (RFC 3263 4.3, RFC 3665 3.4)"));
    m_proxyMode->setItemText(0, tr("Forward the request"));
    m_proxyMode->setItemText(1, tr("Answer it with:"));
    m_recordRoute->setText(tr("Record-Route (stay in the path)"));
    m_recurse->setText(tr("Recurse on 3xx"));
    m_proxyAuth->setText(tr("Challenge with 407 (proxy authentication)"));
    m_proxyRetryLabel->setText(tr("Retry-After:"));
}

void CallBuilderPanel::retranslateUasPage()
{
    m_stepsLabel->setText(tr("Provisional responses, in order:"));
    m_steps->setHorizontalHeaderLabels({tr("Code"), tr("Delay"), tr("Reliable")});
    m_addProvisional->setText(tr("Add"));
    m_removeStep->setText(tr("Remove"));
    m_uasAnswers->setText(tr("Sends a final response"));
    m_uasFinalLabel->setText(tr("Final:"));
    m_uasDelayLabel->setText(tr("After:"));
    m_uasAuth->setText(tr("Challenge with 401 (UAS authentication)"));
    m_byeLabel->setText(tr("Answer to BYE:"));
    m_retryLabel->setText(tr("Retried request:"));
    m_retryTip = tr("Responses to a request sent again (after 3xx, 401/407, 503 ...), as CODE[r][@MS] items with "
                    "times from its arrival, e.g. 180@100,200@1100; empty: it is answered like a corrected request "
                    "(180 then 200)");
}

} // namespace SipLab
