// The code reference panel: the search box and the class box filter the table (in either
// language), "Use this code" and a double click emit the selected code, nothing is emitted with
// no selection; its models pass QAbstractItemModelTester while they are filtered and sorted.
#include "responsecodefiltermodel.h"
#include "responsecodemodel.h"
#include "responsecodepanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace SipLab;

class TestResponseCodePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filtering_data();
    void filtering();
    void useThisCodeEmitsTheSelectedCode();
    void doubleClickEmitsTheCode();
    void nothingSelectedEmitsNothing();
};

namespace {
QList<int> shownCodes(const ResponseCodePanel &panel)
{
    QList<int> codes;
    const QAbstractItemModel *m = panel.view()->model();
    for (int row = 0; row < m->rowCount(); ++row)
        codes.append(m->index(row, 0).data(ResponseCodeModel::CodeRole).toInt());
    return codes;
}

/// Selects the row of `code` as a click would.
bool selectCode(ResponseCodePanel &panel, int code)
{
    const QAbstractItemModel *m = panel.view()->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        const QModelIndex index = m->index(row, 0);
        if (index.data(ResponseCodeModel::CodeRole).toInt() == code) {
            panel.view()->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}
} // namespace

void TestResponseCodePanel::filtering_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("classIndex"); // 0 all, 1 = 1xx ... 6 = 6xx
    QTest::addColumn<QList<int>>("codes"); // shown, among others when count is -1
    QTest::addColumn<int>("count");        // the rows shown; -1: not checked

    QTest::newRow("everything") << QString() << 0 << QList<int>() << 73;
    QTest::newRow("6xx") << QString() << 6 << QList<int>{600, 603, 604, 606, 607, 608} << 6;
    QTest::newRow("English, any case") << QStringLiteral("BUSY here") << 0 << QList<int>{486, 600} << 2;
    QTest::newRow("Chinese") << QStringLiteral("忙，占线") << 0 << QList<int>{486} << -1;
    QTest::newRow("Chinese, 4xx") << QStringLiteral("忙") << 4 << QList<int>{486} << -1;
    QTest::newRow("text and class") << QStringLiteral("busy here") << 4 << QList<int>{486} << 1;
    QTest::newRow("nothing") << QStringLiteral("xyzzy") << 0 << QList<int>() << 0;
}

void TestResponseCodePanel::filtering()
{
    QFETCH(QString, search);
    QFETCH(int, classIndex);
    QFETCH(QList<int>, codes);
    QFETCH(int, count);
    ResponseCodePanel panel;
    QAbstractItemModelTester modelTester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(panel.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.searchEdit()->setText(search); // as typed (QTest::keyClicks types ASCII only)
    panel.classCombo()->setCurrentIndex(classIndex);
    QCOMPARE(panel.filterModel()->searchText(), search);
    QCOMPARE(panel.filterModel()->classFilter(), classIndex);
    const QList<int> shown = shownCodes(panel);
    if (count >= 0) {
        QCOMPARE(shown.size(), count);
        if (!codes.isEmpty())
            QCOMPARE(shown, codes);
    } else {
        for (int code : codes)
            QVERIFY2(shown.contains(code), qPrintable(QString::number(code)));
        for (int code : shown)
            QVERIFY(classIndex == 0 || code / 100 == classIndex);
    }
    // Sorted by code, lowest first.
    QVERIFY(std::is_sorted(shown.begin(), shown.end()));
    // Clearing the filters shows every code again.
    panel.searchEdit()->clear();
    panel.classCombo()->setCurrentIndex(0);
    QCOMPARE(panel.view()->model()->rowCount(), panel.model()->rowCount());
}

void TestResponseCodePanel::useThisCodeEmitsTheSelectedCode()
{
    ResponseCodePanel panel;
    QSignalSpy chosen(&panel, &ResponseCodePanel::codeChosen);
    panel.classCombo()->setCurrentIndex(4);
    QVERIFY(selectCode(panel, 486));
    QCOMPARE(panel.currentCode(), 486);
    QCOMPARE(panel.useButton()->text(), QStringLiteral("Use this code"));
    QTest::mouseClick(panel.useButton(), Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toInt(), 486);
}

void TestResponseCodePanel::doubleClickEmitsTheCode()
{
    ResponseCodePanel panel;
    panel.resize(700, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy chosen(&panel, &ResponseCodePanel::codeChosen);
    QTest::keyClicks(panel.searchEdit(), QStringLiteral("Ringing"));
    QCOMPARE(panel.view()->model()->rowCount(), 1);
    const QModelIndex index = panel.view()->model()->index(0, 1);
    const QPoint at = panel.view()->visualRect(index).center();
    QWidget *viewport = panel.view()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, at);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, at);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toInt(), 180);
}

void TestResponseCodePanel::nothingSelectedEmitsNothing()
{
    ResponseCodePanel panel;
    QSignalSpy chosen(&panel, &ResponseCodePanel::codeChosen);
    QCOMPARE(panel.currentCode(), 0);
    QTest::mouseClick(panel.useButton(), Qt::LeftButton);
    QCOMPARE(chosen.count(), 0);
}

QTEST_MAIN(TestResponseCodePanel)
#include "tst_responsecodepanel.moc"
