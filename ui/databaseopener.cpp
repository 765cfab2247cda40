// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseopener.h"

#include "domain/error.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QMessageBox>
#include <QPushButton>

namespace LeadPact {

DatabaseOpener::DatabaseOpener(ReadOnlyQuestion askReadOnly)
    : m_askReadOnly(std::move(askReadOnly))
{}

DatabaseOpener::ReadOnlyQuestion DatabaseOpener::messageBoxQuestion(QWidget *parent)
{
    return [parent](const QString &reason) {
        QMessageBox box(QMessageBox::Question,
                        tr("Database in use"),
                        reason,
                        QMessageBox::NoButton,
                        parent);
        box.setInformativeText(tr("Open it read-only? You will see the leads but cannot change "
                                  "them."));
        QPushButton *readOnly = box.addButton(tr("Open read-only"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(readOnly);
        box.exec();
        return box.clickedButton() == readOnly;
    };
}

std::unique_ptr<Database> DatabaseOpener::open(const QString &path) const
{
    try {
        auto db = Database::openSqlite(path, Database::Access::ReadWrite);
        Migrations::migrate(*db);
        return db;
    } catch (const Error &error) {
        if (error.kind() != Error::Kind::Locked)
            throw;
        if (!m_askReadOnly || !m_askReadOnly(error.message()))
            return nullptr;
    }
    // Read-only cannot migrate: an older file must be opened for writing once first.
    auto db = Database::openSqlite(path, Database::Access::ReadOnly);
    Migrations::requireCurrent(*db);
    return db;
}

} // namespace LeadPact
