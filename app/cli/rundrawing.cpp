#include "rundrawing.h"

#include "ladderexport.h"

#include <QPageSize>

namespace SipLab {

QByteArray RunDrawing::bytes(const CallTrace &trace, ExportFormat format, const RunExportOptions &options,
                             QString *error)
{
    LadderImageOptions image;
    static_cast<LadderExportOptions &>(image) = options;
    image.layout.showAnnotations = options.showAnnotations;
    if (options.pngScale)
        image.pngScale = *options.pngScale;
    image.pngDpi = options.pngDpi;
    switch (options.page) {
    case RunExportOptions::Page::A4:
        image.pageSize = QPageSize(QPageSize::A4);
        break;
    case RunExportOptions::Page::A3:
        image.pageSize = QPageSize(QPageSize::A3);
        break;
    case RunExportOptions::Page::Letter:
        image.pageSize = QPageSize(QPageSize::Letter);
        break;
    case RunExportOptions::Page::Legal:
        image.pageSize = QPageSize(QPageSize::Legal);
        break;
    }
    if (options.landscape)
        image.orientation = QPageLayout::Landscape;
    return LadderExport::bytes(trace, format, image, error);
}

} // namespace SipLab
