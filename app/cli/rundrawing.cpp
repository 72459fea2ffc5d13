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
    // RunCommand accepts these four names only (--page).
    if (options.page == QLatin1String("a3"))
        image.pageSize = QPageSize(QPageSize::A3);
    else if (options.page == QLatin1String("letter"))
        image.pageSize = QPageSize(QPageSize::Letter);
    else if (options.page == QLatin1String("legal"))
        image.pageSize = QPageSize(QPageSize::Legal);
    else
        image.pageSize = QPageSize(QPageSize::A4);
    if (options.landscape)
        image.orientation = QPageLayout::Landscape;
    return LadderExport::bytes(trace, format, image, error);
}

} // namespace SipLab
