#pragma once

#include "capturecalls.h"
#include "ladderlayout.h"
#include "language.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace SipLab {

class CaptureCallFilterModel;
class CaptureCallModel;
class CaptureFindingModel;

/// An opened capture: its calls (CaptureCallModel behind a filter line that matches a number,
/// URI, Call-ID, method or code), the findings of the chosen call, the lane choice (one lane per
/// address:port or per host) and the way back to the scenario. It reads the file (CaptureFile,
/// CaptureCalls) and tells the window which call to draw; it draws nothing itself.
class CaptureCallsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CaptureCallsPanel(QWidget *parent = nullptr);

    /// True when the file is a capture: pcap or pcapng by its first bytes (or a NetMon file,
    /// which is refused with a clear message), or a .pcap/.pcapng/.cap name (a damaged capture).
    static bool isCaptureFile(const QString &path);
    /// Per message of the call: the badge its worst finding puts on its arrow.
    static QList<MarkerSeverity> markers(const CapturedCall &call);
    /// Reads a capture and chooses its first call (callChosen()). False with *error naming the
    /// file and the problem when nothing could be read: what was shown before stays. A file cut
    /// short gives its messages and a warning (warnings()).
    bool open(const QString &path, QString *error);
    QString path() const { return m_path; }
    QStringList warnings() const { return m_warnings; }
    const QList<CapturedCall> &calls() const;
    /// Index into calls() of the call shown, or -1.
    int currentCall() const { return m_current; }
    void selectCall(int index);
    /// Merge the lanes of one host (LaneGrouping::Host); regroups and shows the same call again.
    void setMergeHosts(bool merge);
    bool mergeHosts() const;
    void setFilterText(const QString &text);
    void setLanguage(Language language);

    CaptureCallModel *callModel() const { return m_calls; }
    CaptureCallFilterModel *filterModel() const { return m_filter; }
    CaptureFindingModel *findingModel() const { return m_findings; }
    QTableView *callView() const { return m_callView; }
    QTableView *findingView() const { return m_findingView; }

public Q_SLOTS:
    /// Highlights the finding of a message selected on the ladder (no findingActivated()).
    void showMessage(int message);

Q_SIGNALS:
    void callChosen(const SipLab::CapturedCall &call);
    void findingActivated(int message); // index into the call's messages
    void backToScenarioRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void regroup();
    void updateSummary();

    CaptureReadResult m_capture;
    QString m_path;
    QStringList m_warnings;
    int m_current = -1;
    bool m_selecting = false;

    CaptureCallModel *m_calls = nullptr;
    CaptureCallFilterModel *m_filter = nullptr;
    CaptureFindingModel *m_findings = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QCheckBox *m_merge = nullptr;
    QTableView *m_callView = nullptr;
    QLabel *m_findingsTitle = nullptr;
    QTableView *m_findingView = nullptr;
    QPushButton *m_back = nullptr;
};

} // namespace SipLab
