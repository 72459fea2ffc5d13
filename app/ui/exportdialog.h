#pragma once

#include "calltrace.h"
#include "ladderexport.h"
#include "ladderimageexporter.h"

#include <QDialog>
#include <QImage>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;

namespace SipLab {

/// File > Export: the format, its options and a live preview, then Save (atomic, QSaveFile) or
/// Copy. Images are previewed through LadderImageExporter (so LadderRenderer, as on screen),
/// text formats as the exact text that will be written.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const CallTrace &trace, const LadderLayoutOptions &layout, const QString &title,
                 QWidget *parent = nullptr);

    ExportFormat format() const;
    void setFormat(ExportFormat format);
    LadderImageOptions options() const;
    /// What the preview shows: the text of a text format, or the image of an image format.
    QString previewText() const;
    QImage previewImage() const { return m_previewImage; }
    /// Writes the chosen format to `path`; false with *error set.
    bool saveTo(const QString &path, QString *error) const;

    // The widgets, for tests that drive the dialog as a user would.
    QComboBox *formatCombo() const { return m_format; }
    QComboBox *notesCombo() const { return m_notes; }
    QComboBox *detailCombo() const { return m_detail; }
    QListWidget *lanesList() const { return m_lanes; }
    QCheckBox *timeColumnCheck() const { return m_timeColumn; }
    QLineEdit *titleEdit() const { return m_title; }
    QPushButton *saveButton() const { return m_save; }

    /// The settings a user chose last time (format, explanations, PNG and PDF options, folder)
    /// come back the next time the dialog opens; done() stores them.
    void done(int result) override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void readSettings();
    void writeSettings() const;
    void showPreviewImage();
    void updateOptionsVisibility();
    void updatePreview();
    void save();
    void copy();

    const CallTrace &m_trace;
    LadderLayoutOptions m_layout;
    QComboBox *m_format = nullptr;
    QLineEdit *m_title = nullptr;
    QListWidget *m_lanes = nullptr;
    QCheckBox *m_timeColumn = nullptr;
    QComboBox *m_notes = nullptr;
    QComboBox *m_detail = nullptr; // full or messages only (issue 16)
    QCheckBox *m_lightTheme = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QSpinBox *m_dpi = nullptr;
    QComboBox *m_pageSize = nullptr;
    QCheckBox *m_landscape = nullptr;
    QWidget *m_pngOptions = nullptr;
    QWidget *m_pdfOptions = nullptr;
    QStackedWidget *m_previewStack = nullptr;
    QScrollArea *m_imageArea = nullptr;
    QLabel *m_imageLabel = nullptr;
    QPlainTextEdit *m_textPreview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_copy = nullptr;
    QImage m_previewImage;
    QString m_directory; // where the last export was saved
};

} // namespace SipLab
