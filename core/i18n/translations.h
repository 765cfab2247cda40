// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace LeadPact {

// Installs LeadPact's and Qt's own translations for `locale` on the application: Russian on a
// Russian locale, English otherwise. The .qm files are compiled into the core library.
// Returns the language actually installed ("ru" or "en").
QString installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace LeadPact
