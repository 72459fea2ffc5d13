#pragma once
// Compares text with a golden file under tests/data; SIPLAB_UPDATE_GOLDEN=1 rewrites the file
// (review the diff before committing it).
#include <QFile>
#include <QString>
#include <QTest>

namespace SipLab::GoldenFile {

inline bool matches(const QString &relativePath, const QString &actual)
{
    const QString path = QStringLiteral(SIPLAB_TEST_DATA_DIR "/") + relativePath;
    if (qEnvironmentVariableIsSet("SIPLAB_UPDATE_GOLDEN")) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        out.write(actual.toUtf8());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("missing golden file %s (run with SIPLAB_UPDATE_GOLDEN=1 to create it)", qPrintable(path));
        return false;
    }
    const QString expected = QString::fromUtf8(file.readAll());
    if (expected == actual)
        return true;
    qWarning("%s differs; actual:\n%s", qPrintable(path), qPrintable(actual));
    return false;
}

} // namespace SipLab::GoldenFile
