#pragma once

#include "language.h"
#include "statuscoderegistry.h"

#include <QList>
#include <QString>

namespace SipLab {

/// The six classes of responses (RFC 3261 7.2, 21).
enum class ResponseClass { Provisional = 1, Success, Redirection, ClientError, ServerError, GlobalFailure };

/// One response code. Text fields are English source strings (QT_TRANSLATE_NOOP in
/// responsecatalog.cpp, context "SipLab::ResponseCatalog"); their Chinese is in the .ts file.
/// Empty fields are nullptr or "".
struct ResponseCodeInfo
{
    int code = 0;
    const char *name = nullptr;           // the name the source document uses ("Call Queued"), translated
    bool fromDocument = false;            // one of the 39 codes of the source document
    const char *description = nullptr;    // the document's explanation (English of it); translated
    const char *rfcSection = nullptr;     // "RFC 3261 21.4.9"
    const char *requiredHeaders = nullptr;// headers the response must / should carry; translated
    const char *uacAction = nullptr;      // what a UAC does on receiving it; translated
    const char *proxyAction = nullptr;    // what a transaction-stateful proxy does; translated
    const char *rfcNote = nullptr;        // where the document is loose or wrong; translated
    const char *reasonPhrase = nullptr;   // from StatusCodeRegistry: the protocol token, never translated

    ResponseClass responseClass() const { return static_cast<ResponseClass>(code / 100); }
};

/// One of the six classes: name, description and action, as in the document's table.
struct ResponseClassInfo
{
    ResponseClass responseClass = ResponseClass::Provisional;
    const char *range = nullptr;       // "1xx"
    const char *name = nullptr;        // "Informational"
    const char *description = nullptr; // the document's description
    const char *action = nullptr;      // the document's "action" column
    const char *rfcNote = nullptr;
};

/// The bilingual response-code catalogue: every code and class of the source document
/// (docs/source-article-sip-response-codes.md) and every other code of the IANA registry.
class ResponseCatalog
{
public:
    static const char *const Context; // "SipLab::ResponseCatalog"

    static const QList<ResponseCodeInfo> &codes();           // ascending by code
    static const QList<ResponseClassInfo> &classes();        // 1xx .. 6xx
    /// nullptr for a code the catalogue does not know.
    static const ResponseCodeInfo *find(int code);
    static const ResponseClassInfo &classInfo(ResponseClass responseClass);
    static bool isKnown(int code) { return find(code) != nullptr; }

    /// The reason phrase to put on the wire (StatusCodeRegistry::reasonPhrase).
    static QString reasonPhrase(int code) { return StatusCodeRegistry::reasonPhrase(code); }
    /// A field in one language (English source or its Chinese translation).
    static QString text(const char *source, Language language);
    /// Parses "486", " 486 " into 486; returns 0 for anything that is not a three-digit code
    /// 100-699 (so "999", "42" and "abc" give 0).
    static int parseCode(const QString &text) { return StatusCodeRegistry::parseCode(text); }
};

} // namespace SipLab
