#include "startupwarmup.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QImageReader>

#include <fontconfig/fontconfig.h>

namespace SipLab {

StartupWarmup::StartupWarmup()
    : m_thread(&StartupWarmup::run, this)
{
}

StartupWarmup::~StartupWarmup()
{
    finish();
}

void StartupWarmup::finish()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        if (m_stage == Stage::Waiting)
            m_stage = Stage::Cancelled;
    }
    m_changed.notify_one();
    m_thread.join();
}

void StartupWarmup::applicationReady()
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stage == Stage::Waiting)
            m_stage = Stage::Ready;
    }
    m_changed.notify_one();
}

void StartupWarmup::run()
{
    // fontconfig's configuration and caches: Qt's font database calls FcInit() first; done here,
    // it overlaps with connecting to the display. Thread-safe in fontconfig >= 2.10 (a second
    // caller waits on the same configuration or builds its own and drops it).
    FcInit();
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stage != Stage::Waiting; });
        if (m_stage == Stage::Cancelled)
            return;
    }
    // Qt's font database (fontconfig's font list registered family by family).
    QFontDatabase::families();
    // The image format plugins: a read handler for "png" asks every plugin whether it reads it.
    QBuffer none;
    QImageReader reader(&none, QByteArrayLiteral("png"));
    reader.canRead();
}

} // namespace SipLab
