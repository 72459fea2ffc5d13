#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

namespace SipLab {

/// Uses the machine's second core while the window is built: process-wide caches the first frame
/// needs anyway are filled on a helper thread instead of on the GUI thread.
///
/// Made before the QApplication (fontconfig reads its configuration and font caches, which the
/// platform plugin's start does not touch); `applicationReady()` once it exists lets the helper
/// go on to what needs it: Qt's font database (filled under Qt's own mutex, so the GUI thread
/// asking for a font meanwhile waits for it instead of filling it twice) and the image format
/// plugins (the tool bar's extension-button icon is a PNG, and the first image read loads every
/// plugin to ask it about the format). Everything done here is what the GUI thread would
/// otherwise do itself; nothing is kept that it would not have.
///
/// `finish()` waits for the helper: main() calls it before the QApplication is destroyed (a
/// scope guard) and before anything that calls exit() (QCommandLineParser::process() for
/// --help, --version or a bad option), since exit() destroys Qt's statics under the helper.
/// The destructor finishes too; never ready, the helper stops after fontconfig.
class StartupWarmup
{
public:
    StartupWarmup();
    ~StartupWarmup();
    StartupWarmup(const StartupWarmup &) = delete;
    StartupWarmup &operator=(const StartupWarmup &) = delete;

    void applicationReady();
    /// Waits for the helper (at once if the application was never ready).
    void finish();

private:
    enum class Stage { Waiting, Ready, Cancelled };
    void run();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    Stage m_stage = Stage::Waiting;
    std::thread m_thread; // last: it starts once the members above exist
};

} // namespace SipLab
