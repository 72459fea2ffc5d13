#include "ladderhtmlwriter.h"

#include "languagepack.h"
#include "laddersvgwriter.h"
#include "responsecatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SipLab {

namespace {

constexpr const char *Context = "SipLab::LadderHtmlWriter";

/// The handout's own words: English source strings, Chinese from the .ts file. Both go into
/// the file, so the reader switches language without reloading.
const struct
{
    const char *key;
    const char *text;
} UiStrings[] = {
    {"back", QT_TRANSLATE_NOOP("SipLab::LadderHtmlWriter", "Back")},
    {"play", QT_TRANSLATE_NOOP("SipLab::LadderHtmlWriter", "Play")},
    {"pause", QT_TRANSLATE_NOOP("SipLab::LadderHtmlWriter", "Pause")},
    {"step", QT_TRANSLATE_NOOP("SipLab::LadderHtmlWriter", "Step")},
    {"all", QT_TRANSLATE_NOOP("SipLab::LadderHtmlWriter", "Show all")},
    {"language", QT_TRANSLATE_NOOP("SipLab::LadderHtmlWriter", "Language")},
    {"chinese", QT_TRANSLATE_NOOP("SipLab::LadderHtmlWriter", "Chinese")},
    {"hint", QT_TRANSLATE_NOOP("SipLab::LadderHtmlWriter", "Click an arrow to see the message and why it was sent.")},
    {"position", QT_TRANSLATE_NOOP("SipLab::LadderHtmlWriter", "Message %1 of %2")},
    {"why", QT_TRANSLATE_NOOP("SipLab::LadderHtmlWriter", "Why it was sent")},
    {"code", QT_TRANSLATE_NOOP("SipLab::LadderHtmlWriter", "Response code")},
    {"fromDocument", QT_TRANSLATE_NOOP("SipLab::LadderHtmlWriter", "From the source article (Chinese original) with its English translation")},
    {"notInDocument", QT_TRANSLATE_NOOP("SipLab::LadderHtmlWriter", "Not in the source article: IANA registry")},
    {"next", QT_TRANSLATE_NOOP("SipLab::LadderHtmlWriter", "What the receiver does next")},
    {"rfcNote", QT_TRANSLATE_NOOP("SipLab::LadderHtmlWriter", "Where the article is loose")},
    {"message", QT_TRANSLATE_NOOP("SipLab::LadderHtmlWriter", "The message")},
    {"retransmission", QT_TRANSLATE_NOOP("SipLab::LadderHtmlWriter", "retransmission")},
    {"lost", QT_TRANSLATE_NOOP("SipLab::LadderHtmlWriter", "lost on the wire")},
    {"messages", QT_TRANSLATE_NOOP("SipLab::LadderHtmlWriter", "All messages")},
    {"unknownCode", QT_TRANSLATE_NOOP("SipLab::LadderHtmlWriter", "A code the catalogue does not know is treated as x00 of its class (RFC 3261 8.1.3.2).")},
};

QJsonObject both(const QString &en, const QString &zh)
{
    return QJsonObject{{QStringLiteral("en"), en}, {QStringLiteral("zh"), zh}};
}

QJsonObject catalogueText(const char *source)
{
    return both(ResponseCatalog::text(source, Language::English), ResponseCatalog::text(source, Language::Chinese));
}

QJsonObject messageData(const CallTrace &trace, const TraceMessage &m)
{
    QJsonObject o;
    o.insert(QStringLiteral("f"), m.fNumber);
    o.insert(QStringLiteral("from"), trace.nodes.value(m.from).name());
    o.insert(QStringLiteral("to"), trace.nodes.value(m.to).name());
    o.insert(QStringLiteral("label"), m.label());
    o.insert(QStringLiteral("ms"), m.sendTimeMs);
    if (m.retransmission)
        o.insert(QStringLiteral("rt"), true);
    if (m.lost)
        o.insert(QStringLiteral("lost"), true);
    o.insert(QStringLiteral("text"), QString::fromUtf8(m.message.toBytes()));
    if (!m.rule.isNull()) {
        o.insert(QStringLiteral("why"), both(m.rule.explanation(Language::English), m.rule.explanation(Language::Chinese)));
        o.insert(QStringLiteral("section"), QString::fromLatin1(m.rule.section ? m.rule.section : ""));
    }
    if (m.message.isResponse()) {
        const int code = m.message.statusCode();
        QJsonObject c;
        c.insert(QStringLiteral("code"), code);
        const ResponseClassInfo &cls = ResponseCatalog::classInfo(ResponseClass(qBound(1, code / 100, 6)));
        c.insert(QStringLiteral("range"), QString::fromLatin1(cls.range));
        c.insert(QStringLiteral("cls"), catalogueText(cls.name));
        if (const ResponseCodeInfo *info = ResponseCatalog::find(code)) {
            c.insert(QStringLiteral("name"), catalogueText(info->name ? info->name : info->reasonPhrase));
            c.insert(QStringLiteral("doc"), info->fromDocument);
            c.insert(QStringLiteral("rfc"), QString::fromLatin1(info->rfcSection ? info->rfcSection : ""));
            if (info->description)
                c.insert(QStringLiteral("desc"), catalogueText(info->description));
            if (info->rfcNote)
                c.insert(QStringLiteral("note"), catalogueText(info->rfcNote));
            // What happens next depends on who receives it (as the explanation panel says).
            const NodeRole receiver = trace.nodes.value(m.to).role;
            const char *next = receiver == NodeRole::Proxy ? info->proxyAction : info->uacAction;
            if (next && receiver != NodeRole::Uas)
                c.insert(QStringLiteral("next"), catalogueText(next));
        }
        o.insert(QStringLiteral("response"), c);
    }
    return o;
}

QByteArray escapeHtml(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// The page's style and script: plain text, no external resource.
const char *const Css = R"CSS(
*{box-sizing:border-box}
body{margin:0;font-family:'Noto Sans','Noto Sans CJK SC','DejaVu Sans',sans-serif;color:#111827;background:#fff;font-size:14px}
#bar{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:8px;align-items:center;padding:6px 12px;background:#eef2f7;border-bottom:1px solid #b0b7c3}
#bar h1{font-size:16px;margin:0 12px 0 0}
#bar button,#bar select{font:inherit;padding:2px 10px}
#pos{color:#4b5563;min-width:9em}
main{display:flex;align-items:flex-start}
#ladder{flex:1 1 auto;overflow:auto;padding:4px;min-width:0}
#ladder svg{max-width:100%;height:auto}
#panel{flex:0 0 40%;max-width:40%;position:sticky;top:44px;max-height:calc(100vh - 48px);overflow:auto;padding:8px 16px;border-left:1px solid #b0b7c3}
#panel h2{font-size:17px;margin:4px 0}
#panel h3{font-size:14px;margin:14px 0 4px;color:#374151}
.muted{color:#6b7280}
.cols{display:flex;gap:14px}.cols>div{flex:1 1 0}
.lang-en .zh,.lang-zh .en{display:none}
.lang-both span.en+span.zh::before{content:" / "}
.lang-en .cols>div.zh,.lang-zh .cols>div.en{display:none}
pre{white-space:pre-wrap;word-break:break-all;font-family:'DejaVu Sans Mono',monospace;font-size:12px;background:#f3f4f6;padding:8px;border-radius:4px}
.note{background:#fff7ed;color:#7c2d12;padding:4px 8px}
svg g.m{cursor:pointer}
svg g.m:hover .lb,svg g.m.cur .lb{fill:#fde68a}
svg g.m.future{opacity:.12}
#printout{display:none}
@media print{
 #bar,#panel{display:none}
 main{display:block}
 #ladder{overflow:visible}
 #ladder svg{max-width:100%;height:auto}
 svg g.m.future{opacity:1}
 #printout{display:block;padding:0 8px}
 .item{break-inside:avoid;border-top:1px solid #ccc;padding:4px 0}
 .item pre{display:none}
}
)CSS";

const char *const Script = R"JS(
(function(){
const D=JSON.parse(document.getElementById('siplab-data').textContent);
const T=D.ui;
const body=document.body;
const panel=document.getElementById('panel');
const byF={};D.messages.forEach(function(m,i){byF[m.f]=i;});
const groups=Array.prototype.slice.call(document.querySelectorAll('#ladder g.m'));
const order=groups.map(function(g){return byF[+g.id.slice(1)];});
let cur=-1,timer=null;
function esc(s){return String(s).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;');}
function tr(k){return '<span class="en">'+esc(T[k].en)+'</span><span class="zh">'+esc(T[k].zh)+'</span>';}
function pair(o){return '<div class="cols"><div class="en">'+esc(o.en)+'</div><div class="zh">'+esc(o.zh)+'</div></div>';}
function flags(m){let s=[];if(m.rt)s.push(tr('retransmission'));if(m.lost)s.push(tr('lost'));return s.join(' · ');}
function details(m,withText){
 let h='<h2>F'+m.f+' '+esc(m.from)+' → '+esc(m.to)+': '+esc(m.label)+'</h2>';
 h+='<div class="muted">'+(m.ms/1000).toFixed(3)+' s'+(flags(m)?' · '+flags(m):'')+'</div>';
 if(m.why){h+='<h3>'+tr('why')+'</h3>'+pair(m.why)+'<div class="muted rule">'+esc(m.section)+'</div>';}
 const r=m.response;
 if(r){
  h+='<h3>'+tr('code')+' '+r.code+'</h3><div>'+r.range+' <span class="en">'+esc(r.cls.en)+'</span><span class="zh">'+esc(r.cls.zh)+'</span>';
  if(r.name)h+=' · <span class="en">'+esc(r.name.en)+'</span><span class="zh">'+esc(r.name.zh)+'</span> · '+esc(r.rfc);
  h+='</div>';
  if(r.name){
   h+='<div class="muted">'+tr(r.doc?'fromDocument':'notInDocument')+'</div>';
   if(r.desc)h+='<div class="article">'+pair(r.desc)+'</div>';
   if(r.note)h+='<div class="note"><b>'+tr('rfcNote')+':</b> '+pair(r.note)+'</div>';
   if(r.next)h+='<h3>'+tr('next')+'</h3>'+pair(r.next);
  }else h+='<div>'+tr('unknownCode')+'</div>';
 }
 if(withText)h+='<h3>'+tr('message')+'</h3><pre>'+esc(m.text)+'</pre>';
 return h;
}
function position(){
 const p=document.getElementById('pos');
 const n=groups.length;
 p.innerHTML=cur<0?'':'<span class="en">'+esc(T.position.en.replace('%1',cur+1).replace('%2',n))+'</span><span class="zh">'+esc(T.position.zh.replace('%1',cur+1).replace('%2',n))+'</span>';
}
function show(k,playing){
 if(k<0||k>=groups.length)return;
 cur=k;
 groups.forEach(function(g,i){g.classList.toggle('cur',i===k);g.classList.toggle('future',!!playing&&i>k);});
 panel.innerHTML=details(D.messages[order[k]],true);
 panel.scrollTop=0;
 position();
 const g=groups[k];
 if(g.scrollIntoView)g.scrollIntoView({block:'nearest'});
}
function stop(){if(timer){clearInterval(timer);timer=null;}document.getElementById('play').innerHTML=tr('play');}
groups.forEach(function(g,i){g.addEventListener('click',function(){stop();show(i,false);});});
document.getElementById('back').addEventListener('click',function(){stop();show(Math.max(0,cur-1),true);});
document.getElementById('step').addEventListener('click',function(){stop();show(cur+1,true);});
document.getElementById('all').addEventListener('click',function(){stop();groups.forEach(function(g){g.classList.remove('future');});});
document.getElementById('play').addEventListener('click',function(){
 if(timer){stop();return;}
 if(cur>=groups.length-1)cur=-1;
 show(cur+1,true);
 document.getElementById('play').innerHTML=tr('pause');
 timer=setInterval(function(){if(cur>=groups.length-1){stop();return;}show(cur+1,true);},1200);
});
const lang=document.getElementById('lang');
function setLang(v){body.classList.remove('lang-en','lang-zh','lang-both');body.classList.add('lang-'+v);document.documentElement.lang=v==='zh'?'zh-CN':'en';}
lang.addEventListener('change',function(){setLang(lang.value);});
setLang(lang.value);
let list='<h2>'+tr('messages')+'</h2>';
D.messages.forEach(function(m){list+='<div class="item">'+details(m,false)+'</div>';});
document.getElementById('printout').innerHTML=list;
// "#F7" (and "&lang=zh") in the address: select that message as a click would.
const h=decodeURIComponent(location.hash).match(/^#F(\d+)(?:&lang=(en|zh|both))?$/);
if(h){if(h[2]){lang.value=h[2];setLang(h[2]);}const g=document.getElementById('F'+h[1]);if(g)g.dispatchEvent(new MouseEvent('click',{bubbles:true}));}
})();
)JS";

} // namespace

QByteArray LadderHtmlWriter::write(const CallTrace &trace, const LadderImageOptions &options)
{
    QJsonObject ui;
    for (const auto &s : UiStrings)
        ui.insert(QLatin1String(s.key), both(QString::fromUtf8(s.text), LanguagePack::text(Language::Chinese, Context, s.text)));
    QJsonArray messages;
    for (const TraceMessage &m : trace.messages) {
        if (options.hiddenNodes.contains(m.from) || options.hiddenNodes.contains(m.to))
            continue;
        messages.append(messageData(trace, m));
    }
    QJsonObject data{{QStringLiteral("ui"), ui}, {QStringLiteral("messages"), messages}};
    // Inside <script>, "</" would end the element: JSON allows "<\/" for the same text.
    const QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact).replace("</", "<\\/");

    const QString title = options.title.isEmpty() ? QStringLiteral("SIP ladder") : options.title;
    auto label = [](const char *key) -> QByteArray {
        for (const auto &s : UiStrings) {
            if (qstrcmp(s.key, key) == 0)
                return QByteArray("<span class=\"en\">") + escapeHtml(QString::fromUtf8(s.text)) + "</span><span class=\"zh\">"
                    + escapeHtml(LanguagePack::text(Language::Chinese, Context, s.text)) + "</span>";
        }
        return QByteArray();
    };
    // The inline ladder has no footnotes and no title of its own: the panel explains each
    // message, the bar carries the title.
    LadderImageOptions ladderOptions = options;
    ladderOptions.notes = ShownLanguages::None;
    ladderOptions.title.clear();
    QByteArray svg = LadderSvgWriter::element(trace, ladderOptions);

    const QString lang = options.notes == ShownLanguages::English ? QStringLiteral("en")
                       : options.notes == ShownLanguages::Chinese ? QStringLiteral("zh")
                                                                 : QStringLiteral("both");
    QByteArray out;
    out.reserve(svg.size() + json.size() + 8192);
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta name=\"generator\" content=\"SIP Lab\">\n<title>";
    out += escapeHtml(title);
    out += "</title>\n<style>";
    out += Css;
    out += "</style>\n</head>\n<body class=\"lang-" + lang.toLatin1() + "\">\n<div id=\"bar\"><h1>";
    out += escapeHtml(title);
    out += "</h1><button id=\"back\" type=\"button\">◀ " + label("back") + "</button><button id=\"play\" type=\"button\">"
        + label("play") + "</button><button id=\"step\" type=\"button\">" + label("step")
        + " ▶</button><button id=\"all\" type=\"button\">" + label("all") + "</button><span id=\"pos\"></span><label>"
        + label("language") + " <select id=\"lang\">";
    for (const QString &l : {QStringLiteral("both"), QStringLiteral("en"), QStringLiteral("zh")}) {
        out += "<option value=\"" + l.toLatin1() + '"' + (l == lang ? " selected" : "") + '>';
        // Each language named in itself: "English", and "Chinese" in Chinese.
        const QByteArray chinese = escapeHtml(LanguagePack::text(Language::Chinese, Context, "Chinese"));
        out += l == QLatin1String("en") ? QByteArray("English") : l == QLatin1String("zh") ? chinese : "English + " + chinese;
        out += "</option>";
    }
    out += "</select></label></div>\n<main>\n<div id=\"ladder\">\n";
    out += svg;
    out += "</div>\n<aside id=\"panel\"><p class=\"muted\">" + label("hint") + "</p></aside>\n</main>\n"
           "<section id=\"printout\"></section>\n<script type=\"application/json\" id=\"siplab-data\">";
    out += json;
    out += "</script>\n<script>";
    out += Script;
    out += "</script>\n</body>\n</html>\n";
    return out;
}

} // namespace SipLab
