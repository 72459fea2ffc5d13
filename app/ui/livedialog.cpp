#include "livedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QPushButton>
#include <QVBoxLayout>

namespace SipLab {

LiveDialog::LiveDialog(const Scenario &scenario, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Run live over UDP"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The nodes of this call get real UDP sockets and run on the real clock, so Wireshark "
                                "shows the call (capture on the loopback interface, filter \"sip\"). Mark a node "
                                "external to put a softphone or SIPp in its place."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_address = new QComboBox(this);
    m_address->addItem(QStringLiteral("127.0.0.1"));
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol)
            m_address->addItem(a.toString());
    }
    form->addRow(tr("Bind the local nodes to:"), m_address);
    layout->addLayout(form);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    layout->addWidget(m_warning);

    auto *grid = new QGridLayout;
    QList<NodeAddress> nodes{scenario.uac.address};
    for (const ProxySettings &p : scenario.proxies)
        nodes.append(p.address);
    nodes.append(scenario.uas.address);
    const Scenario live = LiveController::liveScenario(scenario, QHostAddress(QHostAddress::LocalHost), {});
    QList<NodeAddress> liveNodes{live.uac.address};
    for (const ProxySettings &p : live.proxies)
        liveNodes.append(p.address);
    liveNodes.append(live.uas.address);
    for (int i = 0; i < nodes.size(); ++i) {
        auto *box = new QCheckBox(tr("%1 is external, at").arg(nodes[i].name), this);
        auto *peer = new QLineEdit(QStringLiteral("127.0.0.1:%1").arg(liveNodes[i].port + 1000), this);
        peer->setEnabled(false);
        connect(box, &QCheckBox::toggled, peer, &QLineEdit::setEnabled);
        grid->addWidget(box, i, 0);
        grid->addWidget(peer, i, 1);
        auto *local = new QLabel(tr("local: port %1").arg(liveNodes[i].port), this);
        grid->addWidget(local, i, 2);
        m_external.append(box);
        m_peer.append(peer);
    }
    layout->addLayout(grid);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start live"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString error = validationError();
        if (!error.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), error);
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_address, &QComboBox::currentIndexChanged, this, &LiveDialog::updateWarning);
    updateWarning();
}

void LiveDialog::updateWarning()
{
    const bool loopback = bindAddress().isLoopback();
    m_warning->setText(loopback ? QString()
                                : tr("Warning: %1 is not a loopback address. Other machines on the network can reach "
                                     "these nodes and send them messages.")
                                      .arg(m_address->currentText()));
    m_warning->setVisible(!loopback);
}

QHostAddress LiveDialog::bindAddress() const
{
    return QHostAddress(m_address->currentText());
}

QMap<int, LiveController::Peer> LiveDialog::externalNodes() const
{
    QMap<int, LiveController::Peer> map;
    for (int i = 0; i < m_external.size(); ++i) {
        if (!m_external[i]->isChecked())
            continue;
        const QString text = m_peer[i]->text().trimmed();
        map.insert(i, {text.section(QLatin1Char(':'), 0, 0), text.section(QLatin1Char(':'), 1).toInt()});
    }
    return map;
}

QString LiveDialog::validationError() const
{
    const QMap<int, LiveController::Peer> external = externalNodes();
    for (auto it = external.cbegin(); it != external.cend(); ++it) {
        if (QHostAddress(it->ip).isNull() || it->port <= 0 || it->port > 65535)
            return tr("The address of an external node must be IP:PORT, e.g. 127.0.0.1:6070.");
    }
    if (external.size() == m_external.size())
        return tr("At least one node must run in SIP Lab.");
    return QString();
}

} // namespace SipLab
