#pragma once

#include "scenario.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace SipLab {

class CodePicker;

/// The call builder: the topology (UAC, 0-2 proxies, 1-3 callee devices, forked in parallel or
/// in sequence by the last proxy) as buttons to select a node, the method, what the selected
/// node returns and its options (P1 as proxy, redirect server or ALG, or down with the caller
/// failing over to P2), and the network. It shows a Scenario
/// and reports each edit as a new Scenario with a short description (for the undo stack); it
/// never runs the engine itself. It holds no scenario rules: every edit goes through
/// ScenarioRules::normalise.
class CallBuilderPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CallBuilderPanel(QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario);
    const Scenario &scenario() const { return m_scenario; }

    /// The selected node: 0 UAC, 1..n proxies, then the callee devices (indexes of the trace's
    /// nodes, so a lane of the ladder names the same node).
    int selectedNode() const { return m_selected; }
    void selectNode(int node);
    /// The selected callee device (0 for Scenario::uas, 1 and 2 for forking.devices), or -1.
    int selectedDevice() const { return isUas() ? m_selected - int(m_scenario.proxies.size()) - 1 : -1; }
    /// How many nodes the topology shows: UAC, proxies, devices.
    int nodeCount() const { return 1 + int(m_scenario.proxies.size()) + m_scenario.targetCount(); }
    /// Sets `code` as what the selected node returns ("Use this code" of the code reference).
    void useCode(int code);

    // For tests and the main window: the widgets that edit the scenario. The proxy and device
    // pages are built when first needed (a node of theirs selected, or asked for here).
    CodePicker *uasFinalPicker() { ensureUasPage(); return m_uasFinal; }
    QComboBox *methodCombo() const { return m_method; }
    QSpinBox *proxyCountSpin() const { return m_proxyCount; }
    QSpinBox *deviceCountSpin() const { return m_deviceCount; }
    /// Index = ForkMode (parallel, sequential); shown with more than one device.
    QComboBox *forkModeCombo() const { return m_forkMode; }
    QSpinBox *branchTimeoutSpin() const { return m_branchTimeout; }
    /// The topology: one button per node, in lane order (hidden beyond nodeCount()).
    const QList<QPushButton *> &nodeButtons() const { return m_nodeButtons; }
    /// P1's page: index = ProxyRole (proxy, redirect server, ALG).
    QComboBox *firstHopRoleCombo() { ensureProxyPage(); return m_firstHopRole; }
    /// P1's page: P1 is down, the UAC fails over to P2 (RFC 3665 3.4).
    QCheckBox *firstHopDownCheck() { ensureProxyPage(); return m_firstHopDown; }
    /// A device's page: its responses to a retried request, as "401@0" / "180@100,200@1100".
    QLineEdit *retryResponsesEdit() { ensureUasPage(); return m_retryEdit; }
    QPushButton *removeDeviceButton() { ensureUasPage(); return m_removeDevice; }
    /// Sets the selected device's responses to a retried request from a response list (what
    /// the retried-request field does when edited); false, with the field marked, when the list
    /// does not parse. An empty text clears them.
    bool setRetryResponses(const QString &text);
    /// UAC page, REGISTER only: what the REGISTER does (index = RegisterAction).
    QComboBox *registerActionCombo() const { return m_registerAction; }
    /// UAC page: unchecked, the challenging server holds another password (RFC 3665 2.5).
    QCheckBox *serverAcceptsPasswordCheck() const { return m_serverAccepts; }
    QSpinBox *maxForwardsSpin() const { return m_maxForwards; }
    QSpinBox *cancelAfterSpin() const { return m_cancelAfter; }
    QComboBox *hangupCombo() const { return m_hangup; }
    QCheckBox *reInviteCheck() const { return m_reInvite; }
    QCheckBox *uasAnswersCheck() { ensureUasPage(); return m_uasAnswers; }
    QPushButton *addProvisionalButton() { ensureUasPage(); return m_addProvisional; }
    QSpinBox *uasDelaySpin() { ensureUasPage(); return m_uasDelay; }
    CodePicker *byeCodePicker() { ensureUasPage(); return m_byeCode; }
    QSpinBox *t1Spin() const { return m_t1; }
    QLineEdit *dropEdit() const { return m_drop; }

Q_SIGNALS:
    void scenarioEdited(const SipLab::Scenario &scenario, const QString &description);
    void nodeSelected(int node);
    /// The proxy or the device page was built (the first time one of its nodes was selected):
    /// the panel may need more width than before.
    void pageBuilt();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    QWidget *buildCallBox();
    QWidget *buildUacPage();
    QWidget *buildProxyPage();
    QWidget *buildUasPage();
    QWidget *buildNetworkBox();
    /// The proxy and device pages are made on first use: most sessions start on the UAC and
    /// the window's first frame does not wait for them (issue 16, docs/performance.md).
    void ensureProxyPage();
    void ensureUasPage();
    /// Puts a page made late where the pages are in the Tab order (see ensureProxyPage()).
    void placeInTabOrder(QWidget *page);
    void connectCallBox();
    void connectUacPage();
    void connectProxyPage();
    void connectUasPage();
    void connectNetworkBox();
    void retranslateUi();
    void retranslateProxyPage();
    void retranslateUasPage();
    void updateWidgets();
    /// Applies `change` to a copy of the scenario, normalises it (ScenarioRules) and reports it
    /// with scenarioEdited() when it differs.
    void edit(const QString &description, const std::function<void(Scenario &)> &change);
    int proxyIndex() const { return m_selected - 1; }
    bool isUas() const { return m_selected > m_scenario.proxies.size(); }
    void rebuildSteps();
    /// The lane name of device `device` ("UAS2"), or empty.
    QString deviceName(int device) const;

    Scenario m_scenario;
    int m_selected = 0;
    bool m_updating = false;

    QGroupBox *m_callBox = nullptr;
    QLabel *m_methodLabel = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_proxyCountLabel = nullptr;
    QSpinBox *m_proxyCount = nullptr;
    QLabel *m_deviceCountLabel = nullptr;
    QSpinBox *m_deviceCount = nullptr;
    QFormLayout *m_callForm = nullptr;
    QLabel *m_forkLabel = nullptr;
    QComboBox *m_forkMode = nullptr;
    QLabel *m_branchTimeoutLabel = nullptr;
    QSpinBox *m_branchTimeout = nullptr;
    QList<QPushButton *> m_nodeButtons;
    QButtonGroup *m_nodeGroup = nullptr;
    QGridLayout *m_topology = nullptr;
    QGroupBox *m_nodeBox = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_uacPage = nullptr;
    QWidget *m_proxyPage = nullptr; // nullptr until first needed
    QWidget *m_uasPage = nullptr;   // nullptr until first needed

    // UAC page
    QLabel *m_maxForwardsLabel = nullptr;
    QSpinBox *m_maxForwards = nullptr;
    QCheckBox *m_followRedirects = nullptr;
    QCheckBox *m_credentials = nullptr;
    QLabel *m_registerLabel = nullptr;
    QComboBox *m_registerAction = nullptr;
    QCheckBox *m_serverAccepts = nullptr;
    QString m_serverAcceptsTip;
    QString m_serverAcceptsDisabledTip;
    QFormLayout *m_uacForm = nullptr;
    QLabel *m_cancelLabel = nullptr;
    QSpinBox *m_cancelAfter = nullptr;
    QLabel *m_hangupLabel = nullptr;
    QComboBox *m_hangup = nullptr;
    QLabel *m_hangupAfterLabel = nullptr;
    QSpinBox *m_hangupAfter = nullptr;
    QCheckBox *m_reInvite = nullptr;

    // Proxy page
    QFormLayout *m_proxyForm = nullptr;
    QLabel *m_firstHopRoleLabel = nullptr;
    QComboBox *m_firstHopRole = nullptr;
    QCheckBox *m_firstHopDown = nullptr;
    QComboBox *m_proxyMode = nullptr;
    CodePicker *m_proxyCode = nullptr;
    QCheckBox *m_recordRoute = nullptr;
    QCheckBox *m_recurse = nullptr;
    QCheckBox *m_proxyAuth = nullptr;
    QLabel *m_proxyRetryLabel = nullptr;
    QSpinBox *m_proxyRetryAfter = nullptr;

    // UAS page
    QLabel *m_stepsLabel = nullptr;
    QTableWidget *m_steps = nullptr;
    QPushButton *m_addProvisional = nullptr;
    QPushButton *m_removeStep = nullptr;
    QCheckBox *m_uasAnswers = nullptr;
    QLabel *m_uasFinalLabel = nullptr;
    CodePicker *m_uasFinal = nullptr;
    QLabel *m_uasDelayLabel = nullptr;
    QSpinBox *m_uasDelay = nullptr;
    QCheckBox *m_uasAuth = nullptr;
    QLabel *m_byeLabel = nullptr;
    CodePicker *m_byeCode = nullptr;
    QLabel *m_retryLabel = nullptr;
    QLineEdit *m_retryEdit = nullptr;
    QPushButton *m_removeDevice = nullptr;
    QString m_retryTip;
    QString m_nodeTip;

    // Network
    QGroupBox *m_networkBox = nullptr;
    QLabel *m_transportLabel = nullptr;
    QComboBox *m_transport = nullptr;
    QLabel *m_latencyLabel = nullptr;
    QSpinBox *m_latency = nullptr;
    QLabel *m_t1Label = nullptr;
    QSpinBox *m_t1 = nullptr;
    QLabel *m_dropLabel = nullptr;
    QLineEdit *m_drop = nullptr;
};

} // namespace SipLab
