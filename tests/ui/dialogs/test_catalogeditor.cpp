// SPDX-License-Identifier: GPL-3.0-or-later
#include "../modeltestwarnings.h"
#include "dialogs/catalogeditor.h"
#include "dialogs/reasontablemodel.h"
#include "dialogtesthelpers.h"
#include "qtstringmaker.h"
#include "service/catalogservice.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabBar>
#include <QTableView>

using namespace LeadPact;
using namespace LeadPact::Test;

namespace {

// The stored "student" reason, copied out of the catalog (which find() must not outlive).
std::optional<Reason> studentIn(const CatalogService &catalogs)
{
    const ReasonCatalog catalog = catalogs.catalog();
    const Reason *reason = catalog.find(ReasonKind::Rejection, QStringLiteral("student"));
    return reason ? std::optional<Reason>(*reason) : std::nullopt;
}

QString cell(const ReasonTableModel &model, const QString &code, ReasonTableModel::Column column)
{
    const int row = model.rowOf(code);
    REQUIRE(row >= 0);
    return model.index(row, column).data().toString();
}

void selectRow(QTableView &table, const ReasonTableModel &model, const QString &code)
{
    const int row = model.rowOf(code);
    REQUIRE(row >= 0);
    const QModelIndex index = model.index(row, ReasonTableModel::Code);
    QTest::mouseClick(table.viewport(), Qt::LeftButton, {}, table.visualRect(index).center());
    REQUIRE(table.currentIndex().row() == row);
}

QStringList codesInOrder(const ReasonTableModel &model)
{
    QStringList codes;
    for (int row = 0; row < model.rowCount(); ++row)
        codes.append(model.reason(row).code);
    return codes;
}

} // namespace

TEST_CASE("The catalog editor adds archives renames and reorders reasons but never deletes",
          "[ui][dialogs][catalog]")
{
    TempDatabase fixture;
    LeadService service(fixture.db(), fixture.clock());
    CatalogService catalogs(fixture.db());
    rejectedLead(fixture, service, QStringLiteral("student"));

    CatalogEditor editor(catalogs, fixture.head);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    ModelTestWarnings warnings;
    QAbstractItemModelTester tester(editor.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    ReasonTableModel &model = *editor.model();
    auto *table = child<QTableView>(editor, "reasonTable");
    auto *errors = child<QLabel>(editor, "errorLabel");
    CHECK(editor.isEditable());
    CHECK(codesInOrder(model) == QStringList(catalogs.catalog().activeCodes(ReasonKind::Rejection)));
    CHECK(cell(model, QStringLiteral("student"), ReasonTableModel::Usage) == QStringLiteral("1"));
    CHECK(cell(model, QStringLiteral("competitor"), ReasonTableModel::Usage) == QStringLiteral("0"));

    // No delete, under any name.
    for (const QPushButton *button : editor.findChildren<QPushButton *>()) {
        CHECK_FALSE(button->text().contains(QStringLiteral("Delete"), Qt::CaseInsensitive));
        CHECK_FALSE(button->text().contains(QStringLiteral("Remove"), Qt::CaseInsensitive));
    }

    SECTION("add a reason")
    {
        typeText(child<QLineEdit>(editor, "newCode"), QStringLiteral("no_license"));
        typeText(child<QLineEdit>(editor, "newTitleRu"), QStringLiteral("Нет лицензии"));
        typeText(child<QLineEdit>(editor, "newTitleEn"), QStringLiteral("No license"));
        child<QCheckBox>(editor, "newCommentRequired")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(editor, "add"), Qt::LeftButton);
        CHECK_FALSE(errors->isVisible());
        CHECK(model.rowOf(QStringLiteral("no_license")) == model.rowCount() - 1);
        CHECK(table->currentIndex().row() == model.rowCount() - 1);
        const ReasonCatalog stored = catalogs.catalog();
        const Reason *added = stored.find(ReasonKind::Rejection, QStringLiteral("no_license"));
        REQUIRE(added);
        CHECK(added->titleRu == QStringLiteral("Нет лицензии"));
        CHECK(added->commentRequired);
        CHECK(child<QLineEdit>(editor, "newCode")->text().isEmpty());

        // A code that exists: the core's refusal shows inline and nothing blocks.
        typeText(child<QLineEdit>(editor, "newCode"), QStringLiteral("student"));
        typeText(child<QLineEdit>(editor, "newTitleEn"), QStringLiteral("Pupil"));
        QTest::mouseClick(child<QPushButton>(editor, "add"), Qt::LeftButton);
        CHECK(errors->isVisible());
        CHECK_FALSE(errors->text().isEmpty());
    }

    SECTION("archive a reason in use, and bring it back")
    {
        selectRow(*table, model, QStringLiteral("student"));
        auto *archive = child<QPushButton>(editor, "archive");
        QTest::mouseClick(archive, Qt::LeftButton);
        CHECK_FALSE(errors->isVisible());
        CHECK(studentIn(catalogs)->archived);
        CHECK_FALSE(cell(model, QStringLiteral("student"), ReasonTableModel::Archived).isEmpty());
        CHECK(cell(model, QStringLiteral("student"), ReasonTableModel::Usage)
              == QStringLiteral("1"));
        const QString archiveText = archive->text();
        QTest::mouseClick(archive, Qt::LeftButton);
        CHECK(archive->text() != archiveText); // "Unarchive" became "Archive" again
        CHECK_FALSE(
            studentIn(catalogs)->archived);
    }

    SECTION("reorder and toggle the comment demand")
    {
        const QStringList before = codesInOrder(model);
        selectRow(*table, model, before.at(0));
        CHECK_FALSE(child<QPushButton>(editor, "moveUp")->isEnabled());
        QTest::mouseClick(child<QPushButton>(editor, "moveDown"), Qt::LeftButton);
        QStringList expected = before;
        expected.swapItemsAt(0, 1);
        CHECK(codesInOrder(model) == expected);
        CHECK(catalogs.catalog().activeCodes(ReasonKind::Rejection) == expected);
        CHECK(table->currentIndex().row() == 1); // the moved reason stays selected

        selectRow(*table, model, QStringLiteral("student"));
        QTest::mouseClick(child<QPushButton>(editor, "commentRequired"), Qt::LeftButton);
        CHECK(studentIn(catalogs)->commentRequired);
    }

    SECTION("rename in place")
    {
        selectRow(*table, model, QStringLiteral("student"));
        QTest::mouseClick(child<QPushButton>(editor, "rename"), Qt::LeftButton);
        auto *cellEditor = table->viewport()->findChild<QLineEdit *>();
        REQUIRE(cellEditor);
        cellEditor->selectAll();
        typeText(cellEditor, QStringLiteral("Учащийся"));
        QTest::keyClick(cellEditor, Qt::Key_Return);
        QApplication::processEvents(); // the delegate commits the edit through a queued call
        CHECK_FALSE(errors->isVisible());
        CHECK(studentIn(catalogs)->titleRu
              == QStringLiteral("Учащийся"));
        CHECK(cell(model, QStringLiteral("student"), ReasonTableModel::TitleRu)
              == QStringLiteral("Учащийся"));
    }

    SECTION("the loss catalog")
    {
        child<QTabBar>(editor, "kindTabs")->setCurrentIndex(1);
        CHECK(editor.currentKind() == ReasonKind::Loss);
        CHECK(codesInOrder(model) == QStringList(catalogs.catalog().activeCodes(ReasonKind::Loss)));
    }
    CHECK(warnings.messages().isEmpty());
}

TEST_CASE("The catalog editor is read-only for a manager", "[ui][dialogs][catalog]")
{
    TempDatabase fixture;
    CatalogService catalogs(fixture.db());
    CatalogEditor editor(catalogs, fixture.manager);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    auto *table = child<QTableView>(editor, "reasonTable");
    CHECK_FALSE(editor.isEditable());
    CHECK(child<QLabel>(editor, "readOnlyHint")->isVisible());
    CHECK(editor.model()->rowCount() > 0);
    CHECK(table->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK_FALSE(editor.model()
                    ->flags(editor.model()->index(0, ReasonTableModel::TitleRu))
                    .testFlag(Qt::ItemIsEditable));

    selectRow(*table, *editor.model(), QStringLiteral("student"));
    for (const char *name : {"rename", "moveUp", "moveDown", "commentRequired", "archive", "add"})
        CHECK_FALSE(child<QPushButton>(editor, name)->isEnabled());
    CHECK_FALSE(child<QLineEdit>(editor, "newCode")->isEnabled());
}
