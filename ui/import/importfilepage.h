// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace LeadPact {

class ImportWizard;

// Step 1: the file, what the reader detected in it (encoding, delimiter, header, rows
// sampled) with overrides, and the mapping to start from: a shipped preset, one loaded from a
// JSON file, or a new one.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void loadPreset();
    void presetChosen();
    void overridesChanged();
    void reread();
    void showSample();
    void selectReading(const QByteArray &encoding, QChar delimiter);

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_detected;
    QLabel *m_header;
    QLabel *m_error;
    QComboBox *m_preset;
    QLabel *m_presetNote;
    QString m_presetError;
    bool m_updating = false;
};

} // namespace LeadPact
