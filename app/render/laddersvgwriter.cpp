#include "laddersvgwriter.h"

#include "ladderdisplaylist.h"
#include "ladderrenderer.h"

#include <QFontInfo>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <string>

namespace SipLab {

namespace {

/// The SVG text as it is written: a std::string, whose appends of a few bytes are a length
/// check and a copy (QByteArray::append(const char *) goes through insert(), about 130
/// instructions each, and a 2,001-message ladder makes 140,000 of them).
class Buffer
{
public:
    void reserve(qsizetype n) { m_text.reserve(size_t(n)); }
    void append(const char *text) { m_text.append(text); }
    void append(char c) { m_text.push_back(c); }
    void append(const char *data, qsizetype n) { m_text.append(data, size_t(n)); }
    void append(const QByteArray &bytes) { m_text.append(bytes.constData(), size_t(bytes.size())); }
    /// Makes room for `n` more bytes at the end and returns where they go.
    char *grow(qsizetype n)
    {
        const size_t at = m_text.size();
        m_text.resize(at + size_t(n));
        return m_text.data() + at;
    }
    QByteArray bytes() const { return QByteArray(m_text.data(), qsizetype(m_text.size())); }

private:
    std::string m_text;
};

/// Appends a coordinate with at most two decimals and no trailing zeros ("12", "12.5", "-3.25").
/// Digits are written straight into `out` (a 2,001-message ladder has about 60,000 numbers).
void appendNumber(Buffer &out, double value)
{
    long long v = std::llround(value * 100);
    char buf[32];
    char *end = buf + sizeof buf;
    char *p = end;
    const bool negative = v < 0;
    if (negative)
        v = -v;
    const int frac = int(v % 100);
    if (frac != 0) {
        if (frac % 10)
            *--p = char('0' + frac % 10);
        *--p = char('0' + frac / 10);
        *--p = '.';
    }
    long long whole = v / 100;
    do {
        *--p = char('0' + whole % 10);
        whole /= 10;
    } while (whole != 0);
    if (negative)
        *--p = '-';
    out.append(p, end - p);
}

/// Appends one character of XML text (ASCII).
void appendEscapedAscii(Buffer &out, char c)
{
    switch (c) {
    case '&':
        out.append("&amp;");
        break;
    case '<':
        out.append("&lt;");
        break;
    case '>':
        out.append("&gt;");
        break;
    case '"':
        out.append("&quot;");
        break;
    default:
        // XML 1.0 allows no control characters other than tab, newline and return.
        if (uchar(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
            out.append(' ');
        else
            out.append(c);
    }
}

void appendEscaped(Buffer &out, const QString &text)
{
    const auto plain = [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x80 && u >= 0x20 && u != '&' && u != '<' && u != '>' && u != '"';
    };
    if (std::all_of(text.cbegin(), text.cend(), plain)) { // most labels: copied as they are
        char *p = out.grow(text.size());
        for (QChar c : text)
            *p++ = char(c.unicode());
        return;
    }
    // Chinese, arrows, long tooltips: UTF-8, copied in runs between the characters to escape.
    const QByteArray utf8 = text.toUtf8();
    const char *run = utf8.constData();
    const char *const end = run + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const uchar c = uchar(*p);
        if (c >= 0x80 || (c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"'))
            continue; // part of a multi-byte sequence, or plain ASCII
        out.append(run, p - run);
        appendEscapedAscii(out, *p);
        run = p + 1;
    }
    out.append(run, end - run);
}

QByteArray colour(const QColor &c)
{
    return c.name(QColor::HexRgb).toLatin1();
}

/// CSS font-family list: the family Qt resolved the font to first (so that a viewer on the
/// same machine measures the text as Qt did), then the families asked for, then sans-serif.
QByteArray families(const QFont &font)
{
    QStringList list{QFontInfo(font).family()};
    for (const QString &f : font.families()) {
        if (!list.contains(f))
            list.append(f);
    }
    QByteArray out;
    for (const QString &f : list) {
        if (f.isEmpty())
            continue;
        out.append('\'');
        out.append(QString(f).remove(QLatin1Char('\'')).toUtf8());
        out.append("',");
    }
    out.append("sans-serif");
    return out;
}

QByteArray fontCss(const QFont &font)
{
    Buffer out;
    out.append("font-family:");
    out.append(families(font));
    out.append(";font-size:");
    // The pixel size Qt draws and measures with (points at 96 dpi, which Qt's FreeType engine
    // rounds to whole pixels: 9.5 pt is drawn at 13 px, not 12.67), so that a viewer sets the
    // text as wide as Qt laid it out.
    const int resolved = QFontInfo(font).pixelSize();
    const double px = resolved > 0 ? resolved : font.pointSizeF() * 96.0 / 72.0;
    appendNumber(out, px);
    out.append("px");
    if (font.bold())
        out.append(";font-weight:bold");
    return out.bytes();
}

const char *styleClass(DisplayStyle style)
{
    switch (style) {
    case DisplayStyle::Background:
        return "bg";
    case DisplayStyle::LaneLine:
        return nullptr; // styled by the group (.ln line)
    case DisplayStyle::Selection:
        return "sel";
    case DisplayStyle::Time:
        return "t";
    case DisplayStyle::Arrow:
    case DisplayStyle::ArrowHead:
        return nullptr; // styled by the group (.m line, .m path)
    case DisplayStyle::LostCross:
        return "x";
    case DisplayStyle::LabelBox:
        return "lb";
    case DisplayStyle::Label:
        return "l";
    case DisplayStyle::Detail:
        return "d";
    case DisplayStyle::MarkerBadge:
        return "mb"; // coloured by the group (.f-error .mb ...)
    case DisplayStyle::MarkerText:
        return "mt";
    case DisplayStyle::NoteBox:
    case DisplayStyle::NoteText:
    case DisplayStyle::TimerText:
        return nullptr; // styled by the group (.n rect, .n text, .timer text)
    case DisplayStyle::HeaderBox:
        return nullptr; // .h rect
    case DisplayStyle::HeaderTitle:
        return "ht";
    case DisplayStyle::HeaderSub:
        return "hs";
    case DisplayStyle::Title:
        return "ti";
    case DisplayStyle::Footnote:
        return "f";
    case DisplayStyle::FootnoteCjk:
        return "fz";
    }
    return nullptr;
}

QByteArray styleSheet(const LadderTheme &t, bool markers)
{
    const QByteArray text = colour(t.text);
    QByteArray css;
    css += "text{white-space:pre;fill:" + text + ';' + fontCss(t.font) + "}\n";
    css += ".bg{fill:" + colour(t.background) + "}\n";
    css += ".ln line{stroke:" + colour(t.laneLine) + ";stroke-width:1.5}\n";
    css += "line{stroke-linecap:square}\n";
    css += ".t,.d{fill:" + colour(t.mutedText) + ';' + fontCss(t.smallFont) + "}\n";
    css += ".t{text-anchor:end}.c{text-anchor:middle}\n";
    css += ".m line{stroke-width:1.8}.m .lb{fill:" + colour(t.background) + "}\n";
    css += ".m .x{stroke:" + colour(t.lostCross) + ";stroke-width:2.4}\n";
    // Qt's dash line: dashes of 4 and gaps of 2 pen widths.
    css += ".rt line{stroke-dasharray:7.2 3.6}\n";
    css += ".sel{fill:" + colour(t.selection) + "}\n";
    const ArrowKind kinds[] = {ArrowKind::Request,     ArrowKind::Provisional, ArrowKind::Success,      ArrowKind::Redirection,
                               ArrowKind::ClientError, ArrowKind::ServerError, ArrowKind::GlobalFailure};
    for (ArrowKind k : kinds) {
        const QByteArray c = colour(t.colorFor(k));
        const QByteArray cls = LadderSvgWriter::kindClass(k);
        css += '.' + cls + " line{stroke:" + c + "}." + cls + " path,." + cls + " .l{fill:" + c + "}\n";
    }
    if (markers) { // finding badges of a captured call (only then, so other ladders stay as they were)
        css += ".mt{fill:" + colour(t.markerText) + ';' + fontCss(LadderDisplayList::font(t, DisplayStyle::MarkerText)) + "}\n";
        css += ".f-error .mb{fill:" + colour(t.markerError) + "}.f-warning .mb{fill:" + colour(t.markerWarning)
            + "}.f-note .mb{fill:" + colour(t.markerNote) + "}\n";
    }
    css += ".n rect{fill:" + colour(t.headerBackground) + ";stroke:" + colour(t.laneLine) + ";stroke-width:.8}\n";
    css += ".n text{fill:" + colour(t.note) + ';' + fontCss(t.smallFont) + "}.timer text{fill:" + colour(t.clientError) + "}\n";
    css += ".h rect{fill:" + colour(t.headerBackground) + ";stroke:" + colour(t.laneLine) + "}\n";
    css += ".h .bg{stroke:none;fill:" + colour(t.background) + "}\n";
    css += ".ht{fill:" + colour(t.headerText) + ';' + fontCss(t.headerFont) + "}\n";
    css += ".hs{fill:" + colour(t.mutedText) + ';' + fontCss(t.smallFont) + "}\n";
    css += ".ti{" + fontCss(t.headerFont) + "}\n";
    css += ".fz{" + fontCss(LadderDisplayList::font(t, DisplayStyle::FootnoteCjk)) + "}\n";
    return css;
}

/// Per style: the font metrics a Text item was laid out with (for its baseline).
struct Metrics
{
    double ascent = 0;
    double height = 0;
};

class Writer
{
public:
    Writer(const CallTrace &trace, const LadderImageOptions &options)
        : m_trace(trace)
        , m_options(options)
    {
        for (int s = 0; s <= int(DisplayStyle::FootnoteCjk); ++s) {
            const QFontMetricsF fm(LadderDisplayList::font(options.theme, DisplayStyle(s)));
            m_metrics[s] = {fm.ascent(), fm.height()};
        }
    }

    QByteArray element()
    {
        const LadderPicture picture = LadderPicture::build(m_trace, m_options);
        const LadderDisplayList list = picture.displayList(m_trace, m_options);
        const QSizeF size = picture.size();
        Buffer &o = m_out;
        o.reserve(512 + int(m_trace.messages.size()) * 420);
        o.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"");
        appendNumber(o, std::ceil(size.width()));
        o.append("\" height=\"");
        appendNumber(o, std::ceil(size.height()));
        o.append("\" viewBox=\"0 0 ");
        appendNumber(o, std::ceil(size.width()));
        o.append(' ');
        appendNumber(o, std::ceil(size.height()));
        o.append("\">\n<title>");
        appendEscaped(o, m_options.title.isEmpty() ? QStringLiteral("SIP ladder") : m_options.title);
        o.append("</title>\n<desc>SIP Lab ladder: ");
        o.append(QByteArray::number(m_trace.messages.size()));
        o.append(" messages</desc>\n<style>\n");
        const bool markers = std::any_of(list.groups.cbegin(), list.groups.cend(),
                                         [](const DisplayGroup &g) { return g.marker != MarkerSeverity::None; });
        o.append(styleSheet(m_options.theme, markers));
        o.append("</style>\n");
        bool inNotes = false;
        for (const DisplayGroup &g : list.groups) {
            const bool note = g.kind == DisplayGroup::Kind::Note;
            if (note != inNotes) {
                o.append(note ? "<g class=\"notes\">\n" : "</g>\n");
                inNotes = note;
            }
            writeGroup(g);
        }
        if (inNotes)
            o.append("</g>\n");
        o.append("</svg>\n");
        return m_out.bytes();
    }

private:
    QString tooltip(const TraceMessage &m) const
    {
        const QString head = QStringLiteral("F%1 %2").arg(m.fNumber).arg(m.labelWithFlags());
        if (m.rule.isNull())
            return head;
        switch (m_options.notes) {
        case ShownLanguages::Chinese:
            return head + QLatin1Char('\n') + m.rule.toString(Language::Chinese);
        case ShownLanguages::Both:
            return head + QLatin1Char('\n') + m.rule.toString(Language::English) + QLatin1Char('\n')
                + m.rule.explanation(Language::Chinese);
        default:
            return head + QLatin1Char('\n') + m.rule.toString(Language::English);
        }
    }

    void writeGroup(const DisplayGroup &g)
    {
        Buffer &o = m_out;
        m_dy = g.dy;
        switch (g.kind) {
        case DisplayGroup::Kind::Background:
        case DisplayGroup::Kind::Title:
            for (const DisplayItem &i : g.items)
                writeItem(i);
            return;
        case DisplayGroup::Kind::Lanes:
            o.append("<g class=\"ln\">");
            break;
        case DisplayGroup::Kind::Message: {
            o.append("<g id=\"F");
            o.append(QByteArray::number(g.fNumber));
            o.append("\" class=\"m ");
            o.append(LadderSvgWriter::kindClass(g.arrowKind));
            if (g.retransmission)
                o.append(" rt");
            if (g.lost)
                o.append(" lost");
            if (g.marker != MarkerSeverity::None)
                o.append(g.marker == MarkerSeverity::Error ? " f-error" : g.marker == MarkerSeverity::Warning ? " f-warning" : " f-note");
            o.append("\"><title>");
            appendEscaped(o, tooltip(m_trace.messages[g.message]));
            o.append("</title>");
            break;
        }
        case DisplayGroup::Kind::Note: {
            o.append("<g class=\"n");
            switch (g.noteKind) {
            case AnnotationKind::Timer:
                o.append(" timer");
                break;
            case AnnotationKind::TransactionState:
                o.append(" txn");
                break;
            case AnnotationKind::DialogState:
                o.append(" dialog");
                break;
            case AnnotationKind::Note:
                break;
            }
            o.append("\">");
            const TraceAnnotation &a = m_trace.annotations.value(g.annotation);
            if (!a.rule.isNull()) {
                o.append("<title>");
                appendEscaped(o, a.rule.toString(m_options.notes == ShownLanguages::Chinese ? Language::Chinese : Language::English));
                o.append("</title>");
            }
            break;
        }
        case DisplayGroup::Kind::Header:
            o.append("<g class=\"h\">");
            break;
        case DisplayGroup::Kind::Footnotes:
            o.append("<g class=\"fn\">\n");
            break;
        }
        for (const DisplayItem &i : g.items)
            writeItem(i);
        o.append("</g>\n");
    }

    void attr(const char *name, double value)
    {
        m_out.append(' ');
        m_out.append(name);
        m_out.append("=\"");
        appendNumber(m_out, value);
        m_out.append('"');
    }

    void classAttr(DisplayStyle style)
    {
        if (const char *c = styleClass(style)) {
            m_out.append(" class=\"");
            m_out.append(c);
            m_out.append('"');
        }
    }

    void writeItem(const DisplayItem &i)
    {
        Buffer &o = m_out;
        switch (i.shape) {
        case DisplayItem::Shape::Rect:
        case DisplayItem::Shape::RoundedRect:
            o.append("<rect");
            classAttr(i.style);
            attr("x", i.rect.x());
            attr("y", i.rect.y() + m_dy);
            attr("width", i.rect.width());
            attr("height", i.rect.height());
            if (i.shape == DisplayItem::Shape::RoundedRect)
                attr("rx", i.radius);
            o.append("/>");
            break;
        case DisplayItem::Shape::Line:
            o.append("<line");
            classAttr(i.style);
            attr("x1", i.line.x1());
            attr("y1", i.line.y1() + m_dy);
            attr("x2", i.line.x2());
            attr("y2", i.line.y2() + m_dy);
            o.append("/>");
            break;
        case DisplayItem::Shape::Polygon:
            o.append("<path d=\"M");
            for (int k = 0; k < i.polygon.size(); ++k) {
                if (k > 0)
                    o.append(k == 1 ? " L" : " ");
                appendNumber(o, i.polygon[k].x());
                o.append(' ');
                appendNumber(o, i.polygon[k].y() + m_dy);
            }
            o.append("Z\"/>");
            break;
        case DisplayItem::Shape::Text: {
            // QPainter::drawText(rect, flags): the line's box is centred or put at the top of
            // the rectangle; its baseline is the box's top plus the ascent.
            const Metrics &m = m_metrics[int(i.style)];
            double top = i.rect.top();
            if (i.align & Qt::AlignVCenter)
                top += (i.rect.height() - m.height) / 2;
            else if (i.align & Qt::AlignBottom)
                top = i.rect.bottom() - m.height;
            double x = i.rect.left();
            const char *anchor = nullptr;
            if (i.align & Qt::AlignHCenter) {
                x = i.rect.center().x();
                anchor = "c";
            } else if (i.align & Qt::AlignRight) {
                x = i.rect.right(); // .t is end-anchored by its class
                if (i.style != DisplayStyle::Time)
                    anchor = "e";
            }
            o.append("<text");
            const char *cls = styleClass(i.style);
            if (cls || anchor) {
                o.append(" class=\"");
                if (cls)
                    o.append(cls);
                if (anchor) {
                    if (cls)
                        o.append(' ');
                    o.append(anchor);
                }
                o.append('"');
            }
            attr("x", x);
            attr("y", top + m.ascent + m_dy);
            o.append('>');
            appendEscaped(o, i.text);
            o.append("</text>");
            break;
        }
        }
    }

    const CallTrace &m_trace;
    const LadderImageOptions &m_options;
    Metrics m_metrics[int(DisplayStyle::FootnoteCjk) + 1];
    Buffer m_out;
    double m_dy = 0;
};

} // namespace

const char *LadderSvgWriter::kindClass(ArrowKind kind)
{
    switch (kind) {
    case ArrowKind::Request:
        return "req";
    case ArrowKind::Provisional:
        return "r1xx";
    case ArrowKind::Success:
        return "r2xx";
    case ArrowKind::Redirection:
        return "r3xx";
    case ArrowKind::ClientError:
        return "r4xx";
    case ArrowKind::ServerError:
        return "r5xx";
    case ArrowKind::GlobalFailure:
        return "r6xx";
    }
    return "req";
}

QByteArray LadderSvgWriter::element(const CallTrace &trace, const LadderImageOptions &options)
{
    return Writer(trace, options).element();
}

QByteArray LadderSvgWriter::write(const CallTrace &trace, const LadderImageOptions &options)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(trace, options);
}

} // namespace SipLab
