// The protocol audit as a test: every "RFC NNNN x.y.z" that the response catalogue, the engine's
// rules (app/engine/enginerules.h), the lessons and the RFC notes cite names a section that
// exists in that RFC's text in shared/reference/rfc (its table of contents or its headings), a
// cited "step N" exists in that section, and every phrase quoted from an RFC is in that RFC's text
// (whitespace-normalised). Citations of RFCs that are not in the folder are listed with qInfo,
// not silently skipped. A missing folder is a failure.
#include "lessonlibrary.h"
#include "responsecatalog.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace SipLab;

namespace {

/// One text to audit, with where it comes from and the RFC its bare section numbers refer to
/// when it names none before them.
struct Source
{
    QString where;
    QString text;
    QString defaultRfc;
};

struct Citation
{
    QString where;
    QString rfc;
    QString section;
    int step = 0; // 0: none
};

/// One RFC's text: its section numbers, the body of each section, the whitespace-normalised text.
struct RfcText
{
    QSet<QString> sections;
    QHash<QString, QString> bodies;
    QString normalised;
};

QString normalise(const QString &text)
{
    return text.simplified();
}

RfcText readRfc(const QString &path)
{
    RfcText rfc;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rfc;
    const QString all = QString::fromUtf8(file.readAll());
    rfc.normalised = normalise(all);
    // Headings start in column 0 ("16.7 Response Processing", RFC 3665's "3.7.  Session ...");
    // table-of-contents lines are indented and end in dots and a page number.
    static const QRegularExpression heading(QStringLiteral(R"(^(\d+(?:\.\d+)*)\.?\s+[A-Za-z])"));
    static const QRegularExpression toc(QStringLiteral(R"(^\s+(\d+(?:\.\d+)*)\.?\s+.*\.{3,}\s*\d+\s*$)"));
    QString current;
    for (const QString &line : all.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch t = toc.match(line);
        if (t.hasMatch()) {
            rfc.sections.insert(t.captured(1));
            continue;
        }
        const QRegularExpressionMatch h = heading.match(line);
        if (h.hasMatch()) {
            current = h.captured(1);
            rfc.sections.insert(current);
            continue;
        }
        if (!current.isEmpty())
            rfc.bodies[current] += line + QLatin1Char('\n');
    }
    return rfc;
}

/// Every citation in `source`: "RFC 3261 16.7 step 5", lists ("RFC 3261 17.2.1, 16.2"), steps
/// ("steps 5 and 6", "step 6 and 8") and bare sections in parentheses ("(16.10)", "(16.7 step 6;
/// ...)") that refer to the RFC named last before them.
QList<Citation> citations(const Source &source)
{
    QList<Citation> list;
    static const QRegularExpression token(QStringLiteral(
        R"(RFC\s+(\d{3,4})(?:\s+(\d+(?:\.\d+)*)(?![\d.]*\d))?|(?<=[(;,]\s|[(])(\d{1,2}(?:\.\d+)+)(?![\d.]*\d))"));
    static const QRegularExpression more(QStringLiteral(
        R"(^(?:\s+steps?\s+(\d+)(?:\s*(?:,|and)\s*(\d+)(?![.\d]))?)?)"));
    static const QRegularExpression listed(QStringLiteral(R"(^,\s*(\d{1,2}(?:\.\d+)+)(?![\d.]*\d))"));
    QString rfc = source.defaultRfc;
    const QString &t = source.text;
    auto addWithSteps = [&](const QString &section, int end) {
        const QRegularExpressionMatch s = more.match(t.mid(end));
        bool stepped = false;
        for (int g : {1, 2}) {
            if (!s.captured(g).isEmpty()) {
                list.append({source.where, rfc, section, s.captured(g).toInt()});
                stepped = true;
            }
        }
        if (!stepped)
            list.append({source.where, rfc, section, 0});
        return end + int(s.capturedLength(0));
    };
    QRegularExpressionMatchIterator it = token.globalMatch(t);
    int consumed = 0; // a list or steps already read up to here
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart(0) < consumed)
            continue;
        int end = int(m.capturedEnd(0));
        if (!m.captured(1).isEmpty()) {
            rfc = m.captured(1);
            if (m.captured(2).isEmpty())
                continue; // "RFC 3262" alone names no section
            end = addWithSteps(m.captured(2), end);
        } else {
            if (rfc.isEmpty())
                continue;
            end = addWithSteps(m.captured(3), end);
        }
        // ", 16.2, 8.1.3.5" after a citation: more sections of the same RFC.
        for (;;) {
            const QRegularExpressionMatch l = listed.match(t.mid(end));
            if (!l.hasMatch())
                break;
            end = addWithSteps(l.captured(1), end + int(l.capturedLength(0)));
        }
        consumed = end;
    }
    return list;
}

/// The RFC numbers a text names, in order, plus its default RFC.
QStringList rfcsNamed(const Source &source)
{
    QStringList rfcs;
    if (!source.defaultRfc.isEmpty())
        rfcs.append(source.defaultRfc);
    static const QRegularExpression rfc(QStringLiteral(R"(RFC\s+(\d{3,4}))"));
    QRegularExpressionMatchIterator it = rfc.globalMatch(source.text);
    while (it.hasNext()) {
        const QString n = it.next().captured(1);
        if (!rfcs.contains(n))
            rfcs.append(n);
    }
    return rfcs;
}

QList<Source> sources()
{
    QList<Source> list;
    auto add = [&list](const QString &where, const char *text, const QString &defaultRfc) {
        if (text && *text)
            list.append({where, QString::fromUtf8(text), defaultRfc});
    };
    for (const ResponseCodeInfo &c : ResponseCatalog::codes()) {
        const QString where = QStringLiteral("catalogue %1").arg(c.code);
        add(where + QStringLiteral(" section"), c.rfcSection, QString());
        add(where + QStringLiteral(" headers"), c.requiredHeaders, QStringLiteral("3261"));
        add(where + QStringLiteral(" UAC"), c.uacAction, QStringLiteral("3261"));
        add(where + QStringLiteral(" proxy"), c.proxyAction, QStringLiteral("3261"));
        add(where + QStringLiteral(" RFC note"), c.rfcNote, QStringLiteral("3261"));
    }
    for (const ResponseClassInfo &c : ResponseCatalog::classes()) {
        const QString where = QStringLiteral("catalogue %1").arg(QString::fromLatin1(c.range));
        add(where + QStringLiteral(" description"), c.description, QStringLiteral("3261"));
        add(where + QStringLiteral(" action"), c.action, QStringLiteral("3261"));
        add(where + QStringLiteral(" RFC note"), c.rfcNote, QStringLiteral("3261"));
    }
    for (const Lesson &l : LessonLibrary::lessons()) {
        const QString reference = QString::fromLatin1(l.reference);
        const QString where = QStringLiteral("lesson ") + l.idString();
        list.append({where + QStringLiteral(" reference"), reference, QString()});
        // Bare numbers in a lesson's text refer to RFC 3261 unless an RFC is named before them.
        add(where + QStringLiteral(" goals"), l.goals, QStringLiteral("3261"));
        add(where + QStringLiteral(" introduction"), l.introduction, QStringLiteral("3261"));
    }
    // The engine's rules: each TraceRule's text and its section, one rule a line in the header.
    QFile rules(QStringLiteral(SIPLAB_SOURCE_DIR "/app/engine/enginerules.h"));
    if (rules.open(QIODevice::ReadOnly)) {
        static const QRegularExpression rule(QStringLiteral(
            R"re(TraceRule\s+(\w+)\{QT_TRANSLATE_NOOP\("SipLab::Rules",\s*"((?:[^"\\]|\\.)*)"\),\s*"([^"]*)"\})re"));
        QRegularExpressionMatchIterator it = rule.globalMatch(QString::fromUtf8(rules.readAll()));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString where = QStringLiteral("rule ") + m.captured(1);
            list.append({where + QStringLiteral(" text"), m.captured(2), QString()});
            list.append({where + QStringLiteral(" section"), m.captured(3), QString()});
        }
    }
    return list;
}

QString rfcDir()
{
    return QStringLiteral(SIPLAB_RFC_DIR);
}

} // namespace

class TestCitations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parserFindsEveryForm_data();
    void parserFindsEveryForm();
    void sectionsExist();
    void quotedPhrasesAreInTheRfc();

private:
    QMap<QString, RfcText> m_rfcs; // "3261" -> its text
    QList<Source> m_sources;
};

void TestCitations::initTestCase()
{
    const QDir dir(rfcDir());
    QVERIFY2(dir.exists(), qPrintable(QStringLiteral("the RFC folder %1 is missing (shared/reference/rfc beside the "
                                                     "repository, or cmake -DSIPLAB_RFC_DIR=...)")
                                          .arg(rfcDir())));
    for (const QString &name : dir.entryList({QStringLiteral("rfc*.txt")}, QDir::Files)) {
        const QString number = name.mid(3, name.size() - 7);
        m_rfcs.insert(number, readRfc(dir.filePath(name)));
    }
    // The texts issue 13 names; each must have been read with its sections.
    for (const char *number : {"3261", "3262", "3263", "3264", "3581", "3665"}) {
        const QString n = QString::fromLatin1(number);
        QVERIFY2(m_rfcs.contains(n), qPrintable(QStringLiteral("rfc%1.txt is missing from %2").arg(n, rfcDir())));
        QVERIFY2(m_rfcs[n].sections.size() > 5, qPrintable(QStringLiteral("no sections found in rfc%1.txt").arg(n)));
    }
    m_sources = sources();
    QVERIFY(m_sources.size() > 300); // catalogue, classes, lessons and rules were all read
}

void TestCitations::parserFindsEveryForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "rfc section[:step]"
    QTest::newRow("plain") << "RFC 3261 21.4.4" << QStringList{"3261 21.4.4"};
    QTest::newRow("list") << "RFC 3261 17.2.1, 16.2" << QStringList{"3261 17.2.1", "3261 16.2"};
    QTest::newRow("step") << "(RFC 3261 16.7 step 5)" << QStringList{"3261 16.7:5"};
    QTest::newRow("steps") << "(RFC 3261 16.7 steps 5 and 6)" << QStringList{"3261 16.7:5", "3261 16.7:6"};
    QTest::newRow("two RFCs") << "RFC 3261 15, RFC 3665 3.8" << QStringList{"3261 15", "3665 3.8"};
    QTest::newRow("bare after RFC") << "RFC 3262 4 text (16.10) more; 9.2" << QStringList{"3262 4", "3262 16.10", "3262 9.2"};
    QTest::newRow("step then section") << "(RFC 3261 16.7 step 5, 16.8)" << QStringList{"3261 16.7:5", "3261 16.8"};
    QTest::newRow("no section") << "RFC 3262 alone, intervals of 0.5, 1, 2" << QStringList{};
}

void TestCitations::parserFindsEveryForm()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const Citation &c : citations({QStringLiteral("row"), text, QString()}))
        found.append(c.rfc + QLatin1Char(' ') + c.section + (c.step ? QStringLiteral(":%1").arg(c.step) : QString()));
    QCOMPARE(found, expected);
}

void TestCitations::sectionsExist()
{
    QStringList wrong;
    QMap<QString, QStringList> unchecked; // RFC not in the folder -> where it is cited
    int checked = 0;
    for (const Source &source : std::as_const(m_sources)) {
        for (const Citation &c : citations(source)) {
            if (!m_rfcs.contains(c.rfc)) {
                unchecked[c.rfc].append(QStringLiteral("%1 (%2)").arg(c.section, c.where));
                continue;
            }
            const RfcText &rfc = m_rfcs[c.rfc];
            ++checked;
            if (!rfc.sections.contains(c.section)) {
                wrong.append(QStringLiteral("%1: RFC %2 has no section %3").arg(c.where, c.rfc, c.section));
                continue;
            }
            if (c.step > 0) {
                // The numbered steps of a section: "      5.  Check response for forwarding".
                const QRegularExpression step(QStringLiteral(R"((^|\n)\s+%1\.\s+\S)").arg(c.step));
                if (!step.match(rfc.bodies.value(c.section)).hasMatch())
                    wrong.append(QStringLiteral("%1: RFC %2 %3 has no step %4").arg(c.where, c.rfc, c.section).arg(c.step));
            }
        }
    }
    for (auto it = unchecked.cbegin(); it != unchecked.cend(); ++it)
        qInfo("not checked, RFC %s is not in %s: %s", qPrintable(it.key()), qPrintable(rfcDir()),
              qPrintable(it.value().join(QStringLiteral("; "))));
    qInfo("%d citations checked against the RFC texts", checked);
    QVERIFY(checked > 200);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestCitations::quotedPhrasesAreInTheRfc()
{
    // A phrase in double quotes is taken from an RFC unless the words before it give it to the
    // source article. It must be in one of the RFCs the text names (or its default RFC); when
    // none of those that could hold it is in the folder, it is listed as not checked.
    static const QRegularExpression quoted(QStringLiteral(R"re("([^"]{2,})")re"));
    QStringList wrong;
    QStringList unchecked;
    int checked = 0;
    for (const Source &source : std::as_const(m_sources)) {
        QRegularExpressionMatchIterator it = quoted.globalMatch(source.text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString before = source.text.mid(std::max<qsizetype>(0, m.capturedStart(0) - 30), std::min<qsizetype>(30, m.capturedStart(0)));
            if (before.contains(QLatin1String("article")))
                continue; // the article's wording, quoted to be corrected
            const QString phrase = normalise(m.captured(1));
            bool found = false;
            QStringList missingRfcs;
            for (const QString &rfc : rfcsNamed(source)) {
                if (!m_rfcs.contains(rfc))
                    missingRfcs.append(rfc);
                else if (m_rfcs[rfc].normalised.contains(phrase, Qt::CaseSensitive))
                    found = true;
            }
            if (found)
                ++checked;
            else if (!missingRfcs.isEmpty())
                unchecked.append(QStringLiteral("\"%1\" (%2; RFC %3 not in the folder)").arg(phrase, source.where, missingRfcs.join(QStringLiteral(", RFC "))));
            else
                wrong.append(QStringLiteral("%1: \"%2\" is in none of RFC %3").arg(source.where, phrase, rfcsNamed(source).join(QStringLiteral(", RFC "))));
        }
    }
    for (const QString &u : std::as_const(unchecked))
        qInfo("quote not checked: %s", qPrintable(u));
    qInfo("%d quoted phrases found in the RFC texts", checked);
    QVERIFY(checked >= 5);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCitations)
#include "tst_citations.moc"
