#include "quizsession.h"

#include <QSaveFile>

namespace SipLab {

namespace {

const QStringList CsvHeader = {QStringLiteral("time"), QStringLiteral("scenario"), QStringLiteral("question"),
                               QStringLiteral("expected"), QStringLiteral("chosen"), QStringLiteral("correct")};

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// Splits RFC 4180 text into records of fields; false on an unterminated quote.
bool parseCsv(const QString &text, QList<QStringList> &records)
{
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
                record.append(field);
                records.append(record);
            }
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return false;
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return true;
}

} // namespace

QuizSession::QuizSession(CallTrace trace, QString scenarioName, quint32 seed)
    : m_trace(std::move(trace))
    , m_scenarioName(std::move(scenarioName))
    , m_seed(seed)
{
    makeQuestion();
}

void QuizSession::makeQuestion()
{
    m_answered = false;
    m_question = finished() ? QuizQuestion{} : Quiz::question(m_trace, m_current, m_seed);
}

bool QuizSession::answer(int choice, const QDateTime &time)
{
    if (finished() || choice < 0 || choice >= m_question.choices.size())
        return false;
    if (m_answered)
        return m_lastVerdict;
    m_answered = true;
    m_lastVerdict = choice == m_question.correct;
    if (m_lastVerdict)
        ++m_score;
    QuizResult r;
    r.time = time.toUTC();
    r.scenario = m_scenarioName;
    r.question = m_trace.messages[m_current].fNumber;
    r.expected = m_question.choices[m_question.correct].text(m_trace);
    r.chosen = m_question.choices[choice].text(m_trace);
    r.correct = m_lastVerdict;
    m_results.append(r);
    return m_lastVerdict;
}

void QuizSession::next()
{
    if (finished())
        return;
    ++m_current;
    makeQuestion();
}

QByteArray QuizSession::toCsv(const QList<QuizResult> &results)
{
    QString text = CsvHeader.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QuizResult &r : results) {
        const QStringList fields = {r.time.toUTC().toString(Qt::ISODate), r.scenario, QString::number(r.question), r.expected,
                                    r.chosen, r.correct ? QStringLiteral("1") : QStringLiteral("0")};
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QList<QuizResult> QuizSession::fromCsv(const QByteArray &csv, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QList<QuizResult>();
    };
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.mid(3);
    QList<QStringList> records;
    if (!parseCsv(QString::fromUtf8(bytes), records))
        return fail(QStringLiteral("unterminated quoted field"));
    if (records.isEmpty() || records.first() != CsvHeader)
        return fail(QStringLiteral("line 1: expected the header %1").arg(CsvHeader.join(QLatin1Char(','))));
    QList<QuizResult> results;
    for (int i = 1; i < records.size(); ++i) {
        const QStringList &f = records[i];
        if (f.size() != CsvHeader.size())
            return fail(QStringLiteral("record %1: expected %2 fields, got %3").arg(i + 1).arg(CsvHeader.size()).arg(f.size()));
        QuizResult r;
        r.time = QDateTime::fromString(f[0], Qt::ISODate);
        bool ok = false;
        r.question = f[2].toInt(&ok);
        if (!r.time.isValid() || !ok || (f[5] != QLatin1String("0") && f[5] != QLatin1String("1")))
            return fail(QStringLiteral("record %1: bad time, question or correct field").arg(i + 1));
        r.time = r.time.toUTC();
        r.scenario = f[1];
        r.expected = f[3];
        r.chosen = f[4];
        r.correct = f[5] == QLatin1String("1");
        results.append(r);
    }
    if (error)
        error->clear();
    return results;
}

bool QuizSession::saveCsv(const QList<QuizResult> &results, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(results)) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace SipLab
