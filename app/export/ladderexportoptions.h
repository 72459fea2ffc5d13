#pragma once

#include <QSet>
#include <QString>

namespace SipLab {

/// Which languages the explanations (numbered footnotes, or notes in Mermaid/PlantUML) are in.
enum class NotesLanguage
{
    None,
    English,
    Chinese,
    Both
};

/// Options shared by the exporters that need no painter (text, UTF-8 ladder, Mermaid,
/// PlantUML, pcap). The image exporter carries the same choices in LadderImageOptions.
struct LadderExportOptions
{
    QString title;         // first line / `title`; empty: none
    QSet<int> hiddenNodes; // indexes into CallTrace::nodes; messages to or from them are left out
    bool showTimes = true; // time column (text list and UTF-8 ladder)
    NotesLanguage notes = NotesLanguage::None;
};

} // namespace SipLab
