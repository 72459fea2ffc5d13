#pragma once

#include "livecontroller.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace SipLab {

/// Asks how to run the scenario live: the address the local nodes bind (127.0.0.1 unless the
/// learner explicitly picks another, with a warning), and which nodes are external (a
/// softphone or SIPp at address:port).
class LiveDialog : public QDialog
{
    Q_OBJECT
public:
    LiveDialog(const Scenario &scenario, QWidget *parent = nullptr);

    QHostAddress bindAddress() const;
    QMap<int, LiveController::Peer> externalNodes() const;
    /// Empty when the choices are usable, else what is wrong.
    QString validationError() const;

private:
    void updateWarning();

    QComboBox *m_address = nullptr;
    QLabel *m_warning = nullptr;
    QList<QCheckBox *> m_external;
    QList<QLineEdit *> m_peer;
};

} // namespace SipLab
