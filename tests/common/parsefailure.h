#pragma once
// For the data-driven "bad input" tests of the SIP value classes (SipUri, NameAddr, Via): the
// row's `text` must not parse, and the error must name the problem (the row's `reason` word).
#include <QString>
#include <QTest>

namespace SipLab::Test {

template<typename Value>
void verifyParseFails()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QString error;
    const Value value = Value::parse(text, &error);
    QVERIFY(!value.isValid());
    QVERIFY2(error.contains(reason), qPrintable(QStringLiteral("'%1' gave the error '%2'").arg(text, error)));
}

/// The two columns verifyParseFails reads.
inline void addParseFailureColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // a word the error must contain
}

} // namespace SipLab::Test
