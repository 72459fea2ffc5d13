#include "explanationpanel.h"

#include "responsecatalog.h"

#include <QCheckBox>
#include <QCursor>
#include <QEvent>
#include <QTextBrowser>
#include <QToolTip>
#include <QVBoxLayout>

namespace SipLab {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString css(const QColor &color)
{
    return color.name();
}
} // namespace

ExplanationPanel::ExplanationPanel(QWidget *parent)
    : QWidget(parent)
    , m_follow(new QCheckBox)
    , m_browser(new QTextBrowser)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_follow);
    layout->addWidget(m_browser);
    m_follow->setObjectName(QStringLiteral("FollowPlaybackCheckBox"));
    m_follow->setChecked(true);
    connect(m_follow, &QCheckBox::toggled, this, &ExplanationPanel::followToggled);
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("sdp")) {
            m_showSdp = !m_showSdp;
            render();
        }
    });
    connect(m_browser, &QTextBrowser::highlighted, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("header"))
            QToolTip::showText(QCursor::pos(), headerMeaning(url.path()), m_browser);
        else
            QToolTip::hideText();
    });
    retranslateUi();
    render();
}

void ExplanationPanel::setFollowing(bool following)
{
    const QSignalBlocker blocker(m_follow);
    m_follow->setChecked(following);
}

void ExplanationPanel::setTheme(const UiTheme &theme)
{
    m_theme = theme;
    render();
}

void ExplanationPanel::setTrace(const CallTrace &trace)
{
    m_trace = trace;
    m_message = -1;
    m_compare = -1;
    render();
}

void ExplanationPanel::setMessage(int message)
{
    m_message = message;
    render();
}

void ExplanationPanel::setCompareMessage(int message)
{
    m_compare = message;
    render();
}

void ExplanationPanel::setLanguages(ShownLanguages languages)
{
    m_languages = languages;
    render();
}

QString ExplanationPanel::plainText() const
{
    return m_browser->toPlainText();
}

QString ExplanationPanel::headerMeaning(const QString &name)
{
    static const QHash<QString, const char *> meanings = {
        {QStringLiteral("Via"), QT_TR_NOOP("The path taken so far; responses retrace it. The branch identifies the transaction (RFC 3261 20.42, 8.1.1.7).")},
        {QStringLiteral("Max-Forwards"), QT_TR_NOOP("Hops left; each proxy decrements it, at 0 it answers 483 (RFC 3261 20.22).")},
        {QStringLiteral("To"), QT_TR_NOOP("The logical callee; its tag, added by the UAS, identifies the dialog (RFC 3261 20.39).")},
        {QStringLiteral("From"), QT_TR_NOOP("The logical caller, with the caller's dialog tag (RFC 3261 20.20).")},
        {QStringLiteral("Call-ID"), QT_TR_NOOP("Identifies the call; the same in every message of the dialog (RFC 3261 20.8).")},
        {QStringLiteral("CSeq"), QT_TR_NOOP("Sequence number and method; ACK and CANCEL reuse the INVITE's number (RFC 3261 20.16).")},
        {QStringLiteral("Contact"), QT_TR_NOOP("Where to reach this UA directly: the remote target of the dialog (RFC 3261 20.10).")},
        {QStringLiteral("Record-Route"), QT_TR_NOOP("Proxies that want to stay in the path of later requests (RFC 3261 20.30).")},
        {QStringLiteral("Route"), QT_TR_NOOP("The route set a request follows, from Record-Route (RFC 3261 20.34, 12.2.1.1).")},
        {QStringLiteral("Content-Type"), QT_TR_NOOP("The type of the body, e.g. application/sdp (RFC 3261 20.15).")},
        {QStringLiteral("Content-Length"), QT_TR_NOOP("The size of the body in bytes (RFC 3261 20.14).")},
        {QStringLiteral("Allow"), QT_TR_NOOP("The methods this UA supports (RFC 3261 20.5).")},
        {QStringLiteral("Supported"), QT_TR_NOOP("Extensions this UA supports, e.g. 100rel (RFC 3261 20.37).")},
        {QStringLiteral("Require"), QT_TR_NOOP("Extensions the other side must support (RFC 3261 20.32).")},
        {QStringLiteral("RSeq"), QT_TR_NOOP("Sequence number of a reliable provisional response (RFC 3262 7.1).")},
        {QStringLiteral("RAck"), QT_TR_NOOP("Which reliable provisional response a PRACK acknowledges (RFC 3262 7.2).")},
        {QStringLiteral("WWW-Authenticate"), QT_TR_NOOP("A UAS's or registrar's Digest challenge (RFC 3261 20.44).")},
        {QStringLiteral("Proxy-Authenticate"), QT_TR_NOOP("A proxy's Digest challenge (RFC 3261 20.27).")},
        {QStringLiteral("Authorization"), QT_TR_NOOP("Credentials answering a 401 challenge (RFC 3261 20.7).")},
        {QStringLiteral("Proxy-Authorization"), QT_TR_NOOP("Credentials answering a 407 challenge (RFC 3261 20.28).")},
        {QStringLiteral("Expires"), QT_TR_NOOP("How long a registration or subscription lasts, in seconds (RFC 3261 20.19).")},
        {QStringLiteral("Min-Expires"), QT_TR_NOOP("The shortest expiry the registrar accepts (RFC 3261 20.23).")},
        {QStringLiteral("Min-SE"), QT_TR_NOOP("The smallest session interval accepted (RFC 4028 5).")},
        {QStringLiteral("Session-Expires"), QT_TR_NOOP("The session refresh interval (RFC 4028 4).")},
        {QStringLiteral("Retry-After"), QT_TR_NOOP("When to try again, in seconds (RFC 3261 20.33).")},
        {QStringLiteral("Date"), QT_TR_NOOP("When the message was sent (RFC 3261 20.17).")},
        {QStringLiteral("Warning"), QT_TR_NOOP("Extra information about a failure (RFC 3261 20.43).")},
        {QStringLiteral("Event"), QT_TR_NOOP("The event package of a subscription (RFC 6665).")},
        {QStringLiteral("Subscription-State"), QT_TR_NOOP("The state of the subscription a NOTIFY reports (RFC 6665).")},
        {QStringLiteral("Refer-To"), QT_TR_NOOP("The target a REFER asks to contact (RFC 3515).")},
    };
    const char *meaning = meanings.value(name);
    return meaning ? tr(meaning) : tr("Header %1").arg(name);
}

QString ExplanationPanel::messageHtml(const TraceMessage &m) const
{
    const bool zh = m_languages != ShownLanguages::English;
    const bool en = m_languages != ShownLanguages::Chinese;
    const QString from = m_trace.nodes.value(m.from).name();
    const QString to = m_trace.nodes.value(m.to).name();
    const int code = m.message.isResponse() ? m.message.statusCode() : 0;
    QString html;
    html += QStringLiteral("<h2 style='color:%1'>F%2 &nbsp;%3 → %4: %5</h2>")
                .arg(css(m_theme.classColor(code)))
                .arg(m.fNumber)
                .arg(esc(from), esc(to), esc(m.label()));
    QStringList flags;
    flags << tr("sent at %1 ms").arg(m.sendTimeMs);
    if (m.retransmission)
        flags << tr("retransmission");
    if (m.lost)
        flags << tr("lost on the wire");
    flags << tr("transaction %1").arg(m.transaction);
    html += QStringLiteral("<p style='color:%1'>%2</p>").arg(css(m_theme.muted), esc(flags.join(QStringLiteral(" · "))));

    // Why the node sent it: the engine's rule, in the chosen languages.
    if (!m.rule.isNull()) {
        html += QStringLiteral("<h3>%1</h3><p>").arg(tr("Why %1 sent it").arg(esc(from)));
        if (en)
            html += esc(m.rule.explanation(Language::English)) + QStringLiteral("<br>");
        if (zh)
            html += esc(m.rule.explanation(Language::Chinese)) + QStringLiteral("<br>");
        html += QStringLiteral("<i>%1</i></p>").arg(esc(QString::fromLatin1(m.rule.section)));
    }

    if (code) {
        const ResponseCodeInfo *info = ResponseCatalog::find(code);
        const ResponseClassInfo &cls = ResponseCatalog::classInfo(ResponseClass(code / 100));
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Response code %1").arg(code));
        html += QStringLiteral("<p><b>%1 %2</b> · %3 %4 / %5").arg(code).arg(esc(m.message.reasonPhrase()),
                                                                     QLatin1String(cls.range),
                                                                     esc(ResponseCatalog::text(cls.name, Language::Chinese)),
                                                                     esc(ResponseCatalog::text(cls.name, Language::English)));
        if (info) {
            const char *name = info->name ? info->name : info->reasonPhrase;
            html += QStringLiteral(" · %1 / %2").arg(esc(ResponseCatalog::text(name, Language::Chinese)),
                                                     esc(ResponseCatalog::text(name, Language::English)));
            html += QStringLiteral(" · %1</p>").arg(esc(QString::fromLatin1(info->rfcSection)));
            html += QStringLiteral("<p style='color:%1'>%2</p>")
                        .arg(css(m_theme.muted), info->fromDocument ? tr("From the source article (中文原文) with its English translation")
                                                : tr("Not in the source article: IANA registry"));
            html += QStringLiteral("<table width='100%' cellspacing='6'><tr>");
            if (zh)
                html += QStringLiteral("<td valign='top' width='50%'><b>中文</b><br>%1</td>")
                            .arg(esc(ResponseCatalog::text(info->description, Language::Chinese)));
            if (en)
                html += QStringLiteral("<td valign='top'><b>English</b><br>%1</td>")
                            .arg(esc(ResponseCatalog::text(info->description, Language::English)));
            html += QStringLiteral("</tr></table>");
            if (info->rfcNote) {
                html += QStringLiteral("<p style='background:%1; color:%2'><b>%3</b> ")
                            .arg(css(m_theme.noteBackground), css(m_theme.noteText), tr("RFC note:"));
                if (en)
                    html += esc(ResponseCatalog::text(info->rfcNote, Language::English)) + QStringLiteral("<br>");
                if (zh)
                    html += esc(ResponseCatalog::text(info->rfcNote, Language::Chinese));
                html += QStringLiteral("</p>");
            }
            if (info->requiredHeaders)
                html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Required headers:"),
                                                                  esc(ResponseCatalog::text(info->requiredHeaders, en ? Language::English : Language::Chinese)));
            // What happens next depends on who receives it.
            const NodeRole receiver = m_trace.nodes.value(m.to).role;
            const char *next = receiver == NodeRole::Proxy ? info->proxyAction : info->uacAction;
            if (next && receiver != NodeRole::Uas) {
                html += QStringLiteral("<h3>%1</h3><p>").arg(tr("What %1 does next").arg(esc(to)));
                if (en)
                    html += esc(ResponseCatalog::text(next, Language::English)) + QStringLiteral("<br>");
                if (zh)
                    html += esc(ResponseCatalog::text(next, Language::Chinese));
                html += QStringLiteral("</p>");
            }
        } else {
            html += QStringLiteral("</p><p>%1</p>").arg(tr("A code the catalogue does not know is treated as %1 (RFC 3261 8.1.3.2).").arg(code / 100 * 100));
        }
    }

    // The message itself, header names highlighted (hover for their meaning).
    html += QStringLiteral("<h3>%1</h3><pre style='font-family:monospace; background:%2; padding:6px'>")
                .arg(tr("The message"), css(m_theme.codeBackground));
    html += QStringLiteral("<b>%1</b>\n").arg(esc(m.message.startLine()));
    for (const SipHeader &h : m.message.headers()) {
        html += QStringLiteral("<a href='header:%1' style='color:%3; text-decoration:none'><b>%1</b></a>: %2\n")
                    .arg(h.name.toHtmlEscaped(), h.value.toHtmlEscaped(), css(m_theme.link));
    }
    html += QStringLiteral("</pre>");
    if (!m.message.body().isEmpty()) {
        html += QStringLiteral("<p><a href='sdp:toggle'>%1</a></p>")
                    .arg(m_showSdp ? tr("Hide the body (%1 bytes)").arg(m.message.body().size())
                                   : tr("Show the body (%1 bytes)").arg(m.message.body().size()));
        if (m_showSdp)
            html += QStringLiteral("<pre style='font-family:monospace; background:%1; padding:6px'>%2</pre>")
                        .arg(css(m_theme.codeBackground), QString::fromUtf8(m.message.body()).toHtmlEscaped());
    }
    return html;
}

QString ExplanationPanel::compareHtml(const TraceMessage &a, const TraceMessage &b) const
{
    // Header by header: which appear only in one, which changed. A proxy's forwarding shows as
    // a Via pushed, Max-Forwards decremented and Record-Route added.
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Compare F%1 and F%2").arg(a.fNumber).arg(b.fNumber));
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr><th>%1</th><th>F%2</th><th>F%3</th></tr>")
                .arg(tr("Header"))
                .arg(a.fNumber)
                .arg(b.fNumber);
    html += QStringLiteral("<tr><td><i>%1</i></td><td>%2</td><td style='background:%4'>%3</td></tr>")
                .arg(tr("start line"), esc(a.message.startLine()), esc(b.message.startLine()),
                     css(a.message.startLine() == b.message.startLine() ? m_theme.unchanged : m_theme.changed));
    QStringList names;
    for (const SipHeader &h : a.message.headers())
        if (!names.contains(h.name))
            names.append(h.name);
    for (const SipHeader &h : b.message.headers())
        if (!names.contains(h.name))
            names.append(h.name);
    for (const QString &name : names) {
        const QStringList va = a.message.headerLines(name);
        const QStringList vb = b.message.headerLines(name);
        QString color = css(m_theme.unchanged);
        if (va.isEmpty())
            color = css(m_theme.added);
        else if (vb.isEmpty())
            color = css(m_theme.removed);
        else if (va != vb)
            color = css(m_theme.changed);
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td style='background:%4'>%3</td></tr>")
                    .arg(esc(name), esc(va.join(QLatin1Char('\n'))), esc(vb.join(QLatin1Char('\n'))), color);
    }
    html += QStringLiteral("</table><p style='color:%1'>%2</p>")
                .arg(css(m_theme.muted), tr("Green: added · red: removed · yellow: changed"));
    return html;
}

void ExplanationPanel::render()
{
    if (m_message < 0 || m_message >= m_trace.messages.size()) {
        m_browser->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p>")
                               .arg(tr("No message selected"),
                                    tr("Click an arrow of the ladder to see why it was sent, what its code means in "
                                       "Chinese and English, and the whole message. Ctrl+click a second arrow to compare.")));
        return;
    }
    QString html;
    if (m_compare >= 0 && m_compare < m_trace.messages.size() && m_compare != m_message)
        html = compareHtml(m_trace.messages[m_compare], m_trace.messages[m_message]);
    else
        html = messageHtml(m_trace.messages[m_message]);
    m_browser->setHtml(html);
}

void ExplanationPanel::retranslateUi()
{
    m_follow->setText(tr("&Follow playback"));
    m_follow->setToolTip(tr("Explain each message while it is sent; clicking a message pins it until playback restarts"));
}

void ExplanationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        render();
    }
    QWidget::changeEvent(event);
}

} // namespace SipLab
