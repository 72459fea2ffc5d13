// StartupWarmup: the helper thread that fills fontconfig's, Qt's font database and the image
// plugins while the window is built. Whatever the order main() takes (ready or not, finished or
// destroyed), it ends, leaves the caches usable from the GUI thread, and prints no warning.
#include "startupwarmup.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QRegularExpression>
#include <QtTest>

using namespace SipLab;

class TestStartupWarmup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ends_data();
    void ends();
};

void TestStartupWarmup::ends_data()
{
    QTest::addColumn<bool>("ready");
    QTest::addColumn<int>("finishCalls"); // then the destructor
    QTest::newRow("ready, finished, destroyed") << true << 1;
    QTest::newRow("ready, destroyed") << true << 0;
    QTest::newRow("ready, finished twice") << true << 2;
    QTest::newRow("never ready, destroyed (main() returned early)") << false << 0;
    QTest::newRow("never ready, finished") << false << 1;
}

void TestStartupWarmup::ends()
{
    QFETCH(bool, ready);
    QFETCH(int, finishCalls);
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); // any warning fails the row
    {
        StartupWarmup warmup;
        if (ready)
            warmup.applicationReady();
        for (int i = 0; i < finishCalls; ++i)
            warmup.finish();
    }
    // The GUI thread uses what the helper filled: the font database and the image plugins (the
    // JPEG plugin was made on the helper and handed to the main thread).
    QVERIFY(!QFontDatabase::families().isEmpty());
    QImage image(16, 8, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    for (const QByteArray &format : {QByteArrayLiteral("png"), QByteArrayLiteral("jpg")}) {
        if (!QImageWriter::supportedImageFormats().contains(format))
            continue;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY2(image.save(&buffer, format.constData()), format.constData());
        buffer.close();
        QImageReader reader(&buffer, format);
        const QImage read = reader.read();
        QVERIFY2(!read.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(read.size(), image.size());
    }
}

QTEST_MAIN(TestStartupWarmup)
#include "tst_startupwarmup.moc"
