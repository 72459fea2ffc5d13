#include "opendrawing.h"

#include "capturecalls.h"
#include "ladderexport.h"

namespace SipLab {

namespace {
MarkerSeverity markerOf(const CapturedCall &call, int index)
{
    const std::optional<FindingSeverity> worst = call.worstFinding(index);
    if (!worst)
        return MarkerSeverity::None;
    switch (*worst) {
    case FindingSeverity::Error:
        return MarkerSeverity::Error;
    case FindingSeverity::Warning:
        return MarkerSeverity::Warning;
    case FindingSeverity::Note:
        break;
    }
    return MarkerSeverity::Note;
}
} // namespace

QByteArray OpenDrawing::bytes(const CapturedCall &call, ExportFormat format, const LadderExportOptions &options,
                              QString *error)
{
    LadderImageOptions image;
    static_cast<LadderExportOptions &>(image) = options;
    for (int k = 0; k < call.messages.size(); ++k)
        image.layout.markers.append(markerOf(call, k));
    return LadderExport::bytes(call.trace, format, image, error);
}

} // namespace SipLab
