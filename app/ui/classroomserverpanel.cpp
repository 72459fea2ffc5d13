#include "classroomserverpanel.h"

#include "classroomserver.h"
#include "registeredusersmodel.h"
#include "servercallsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace SipLab {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

ClassroomServerPanel::ClassroomServerPanel(QWidget *parent)
    : QWidget(parent)
    , m_server(new ClassroomServer(this))
    , m_users(new RegisteredUsersModel(this))
    , m_calls(new ServerCallsModel(this))
{
    setObjectName(QStringLiteral("ClassroomServerPanel"));
    m_server->setKeepCalls(true);
    m_users->setServer(m_server);
    m_calls->setServer(m_server);

    m_interface = new QComboBox(this);
    m_interface->setObjectName(QStringLiteral("ServerInterface"));
    fillInterfaces();
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("ServerPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5060);
    m_domain = new QLineEdit(this);
    m_domain->setObjectName(QStringLiteral("ServerDomain"));
    m_usersFile = new QLineEdit(this);
    m_usersFile->setObjectName(QStringLiteral("ServerUsersFile"));
    m_browse = new QPushButton(this);
    connect(m_browse, &QPushButton::clicked, this, &ClassroomServerPanel::browseUsers);
    m_startStop = new QPushButton(this);
    m_startStop->setObjectName(QStringLiteral("ServerStartStop"));
    connect(m_startStop, &QPushButton::clicked, this, [this] { isRunning() ? stop() : void(start()); });
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("ServerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_interfaceLabel = new QLabel(this);
    m_portLabel = new QLabel(this);
    m_domainLabel = new QLabel(this);
    m_usersLabel = new QLabel(this);
    auto *form = new QFormLayout;
    form->addRow(m_interfaceLabel, m_interface);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_domainLabel, m_domain);
    auto *usersRow = new QHBoxLayout;
    usersRow->addWidget(m_usersFile, 1);
    usersRow->addWidget(m_browse);
    form->addRow(m_usersLabel, usersRow);

    m_usersTitle = new QLabel(this);
    m_usersView = makeTable(m_users, this);
    m_usersView->setObjectName(QStringLiteral("RegisteredUsersView"));
    m_callsTitle = new QLabel(this);
    m_followNew = new QCheckBox(this);
    m_followNew->setChecked(true);
    m_callsView = makeTable(m_calls, this);
    m_callsView->setObjectName(QStringLiteral("ServerCallsView"));
    connect(m_callsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_selectedCall = current.isValid() ? m_calls->data(current, ServerCallsModel::NumberRole).toInt() : 0;
                emitSelected();
            });
    connect(m_calls, &ServerCallsModel::callUpdated, this, &ClassroomServerPanel::onCallUpdated);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startStop);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_usersTitle);
    layout->addWidget(m_usersView, 2);
    auto *callsHeader = new QHBoxLayout;
    callsHeader->addWidget(m_callsTitle, 1);
    callsHeader->addWidget(m_followNew);
    layout->addLayout(callsHeader);
    layout->addWidget(m_callsView, 3);

    retranslateUi();
    updateState();
}

ClassroomServerPanel::~ClassroomServerPanel()
{
    m_users->setServer(nullptr);
    m_calls->setServer(nullptr);
}

void ClassroomServerPanel::fillInterfaces()
{
    // Loopback first: a class on one machine (or the trainer trying it) needs nothing else.
    m_interface->clear();
    m_interface->addItem(QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1")); // named in retranslateUi
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : interfaces) {
        if (!(i.flags() & QNetworkInterface::IsUp) || (i.flags() & QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &e : i.addressEntries()) {
            if (e.ip().protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            m_interface->addItem(QStringLiteral("%1 (%2)").arg(e.ip().toString(), i.humanReadableName()), e.ip().toString());
        }
    }
}

void ClassroomServerPanel::setAddress(const QHostAddress &address)
{
    const int found = m_interface->findData(address.toString());
    if (found >= 0) {
        m_interface->setCurrentIndex(found);
        return;
    }
    m_interface->addItem(address.toString(), address.toString());
    m_interface->setCurrentIndex(m_interface->count() - 1);
}

void ClassroomServerPanel::setPort(quint16 port)
{
    m_port->setValue(port);
}

void ClassroomServerPanel::setDomain(const QString &domain)
{
    m_domain->setText(domain);
}

void ClassroomServerPanel::setUsersFile(const QString &path)
{
    m_usersFile->setText(path);
}

bool ClassroomServerPanel::isRunning() const
{
    return m_server->isRunning();
}

bool ClassroomServerPanel::start()
{
    ClassroomServer::Config config;
    config.mode = ClassroomServer::Mode::Server;
    config.address = QHostAddress(m_interface->currentData().toString());
    config.port = quint16(m_port->value());
    // Picking a non-loopback interface here is the trainer's consent (the CLI's --allow-remote);
    // the server still insists on a users file then.
    config.allowRemote = true;
    config.domains = m_domain->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    config.usersFile = m_usersFile->text().trimmed();
    QString error;
    if (!m_server->start(config, &error)) {
        m_lastError = tr("Cannot start the classroom server on %1:%2: %3")
                          .arg(config.address.toString())
                          .arg(config.port)
                          .arg(error);
        m_server->stop();
        updateState();
        m_status->setText(m_lastError);
        Q_EMIT errorOccurred(m_lastError);
        return false;
    }
    m_lastError.clear();
    m_users->refresh();
    m_calls->setServer(m_server);
    m_selectedCall = 0;
    updateState();
    Q_EMIT runningChanged(true);
    return true;
}

void ClassroomServerPanel::stop()
{
    if (!m_server->isRunning())
        return;
    m_server->stop();
    m_users->refresh();
    updateState();
    Q_EMIT runningChanged(false);
}

void ClassroomServerPanel::selectCall(int row)
{
    m_callsView->selectRow(row);
    m_callsView->setCurrentIndex(m_calls->index(row, 0));
}

void ClassroomServerPanel::emitSelected()
{
    const int row = m_calls->rowOfCall(m_selectedCall);
    if (const CallTrace *trace = m_calls->trace(row))
        Q_EMIT callSelected(*trace);
}

void ClassroomServerPanel::onCallUpdated(int number)
{
    if (number == m_selectedCall) {
        emitSelected();
        return;
    }
    // Follow new calls: a new INVITE (a student calling another) takes over the ladder.
    const int row = m_calls->rowOfCall(number);
    if (m_followNew->isChecked() && row >= 0
        && m_calls->index(row, ServerCallsModel::MethodColumn).data().toString() == QLatin1String("INVITE")
        && m_calls->index(row, ServerCallsModel::MessagesColumn).data().toInt() == 1)
        selectCall(row);
}

void ClassroomServerPanel::browseUsers()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Users file"), m_usersFile->text());
    if (!path.isEmpty())
        m_usersFile->setText(path);
}

void ClassroomServerPanel::updateState()
{
    const bool running = m_server->isRunning();
    for (QWidget *w : {static_cast<QWidget *>(m_interface), static_cast<QWidget *>(m_port),
                       static_cast<QWidget *>(m_domain), static_cast<QWidget *>(m_usersFile),
                       static_cast<QWidget *>(m_browse)})
        w->setEnabled(!running);
    m_startStop->setText(running ? tr("Stop") : tr("Start"));
    if (running) {
        const QString address = m_server->config().address.toString();
        m_status->setText(tr("Listening on %1:%2/udp. Phones register as sip:NAME@%1:%2 and call each other by "
                             "that address; %3.")
                              .arg(address)
                              .arg(m_server->port())
                              .arg(m_server->state()->requiresAuthentication()
                                       ? tr("the users file's passwords are checked (Digest)")
                                       : tr("anyone may register any name")));
    } else if (m_lastError.isEmpty()) {
        m_status->setText(tr("Stopped."));
    }
}

void ClassroomServerPanel::retranslateUi()
{
    m_interfaceLabel->setText(tr("Interface:"));
    m_interface->setItemText(0, tr("%1 (loopback)").arg(QStringLiteral("127.0.0.1")));
    m_portLabel->setText(tr("Port:"));
    m_domainLabel->setText(tr("Other domain names:"));
    m_domain->setPlaceholderText(tr("optional, e.g. lab.example (comma-separated)"));
    m_usersLabel->setText(tr("Users file:"));
    m_usersFile->setPlaceholderText(tr("optional: 'user password' per line (Digest)"));
    m_browse->setText(tr("Browse..."));
    m_usersTitle->setText(tr("Registered users (location service, RFC 3261 10.3)"));
    m_callsTitle->setText(tr("Calls through the server (select one to see its ladder)"));
    m_followNew->setText(tr("Follow new calls"));
    m_users->retranslate();
    m_calls->retranslate();
    updateState();
    if (!m_lastError.isEmpty())
        m_status->setText(m_lastError);
}

void ClassroomServerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace SipLab
