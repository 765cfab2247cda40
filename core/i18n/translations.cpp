// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace LeadPact {

QString installTranslations(QCoreApplication &app, const QLocale &locale)
{
    const bool russian = locale.language() == QLocale::Russian;
    const QString language = russian ? QStringLiteral("ru") : QStringLiteral("en");
    QLocale::setDefault(russian ? QLocale(QLocale::Russian, QLocale::Russia)
                                : QLocale(QLocale::English, QLocale::UnitedStates));

    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/leadpact_") + language))
        QCoreApplication::installTranslator(own);
    else
        delete own;

    if (russian) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_ru"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return language;
}

} // namespace LeadPact
