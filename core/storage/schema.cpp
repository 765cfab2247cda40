// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "database.h"
#include "sqlvalues.h"
#include "domain/error.h"
#include "domain/lead.h"
#include "domain/leadsearch.h"
#include "domain/slapolicy.h"
#include "settingsrepository.h"
#include "searchindex.h"
#include "tablerebuild.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace LeadPact::Schema {

namespace {

// "(col = 'a' OR col = 'b')": SQLite builds an ephemeral table for a constant IN list on every
// row it checks, which made inserts several times slower; OR/AND chains mean the same (a NULL
// still passes a CHECK) at no cost.
QString oneOf(const char *column, std::initializer_list<const char *> values)
{
    QStringList parts;
    for (const char *value : values)
        parts.append(QStringLiteral("%1 = '%2'").arg(QLatin1String(column), QLatin1String(value)));
    return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QString noneOf(const char *column, std::initializer_list<const char *> values)
{
    QStringList parts;
    for (const char *value : values)
        parts.append(QStringLiteral("%1 <> '%2'").arg(QLatin1String(column), QLatin1String(value)));
    return QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
}

// The won rule as step 1 wrote it (a won deal always had an amount), and as step 5 relaxes it
// for outcomes imported from another CRM, where the amount may be unknown.
const QString wonNeedsPaymentV1 = QStringLiteral(
    "CONSTRAINT won_needs_payment CHECK (status <> 'won' OR (deal_amount IS NOT NULL AND "
    "deal_amount > 0 AND deal_currency IS NOT NULL AND paid_on IS NOT NULL))");
const QString wonNeedsPaymentV5 = QStringLiteral(
    "CONSTRAINT won_needs_payment CHECK (status <> 'won' OR (paid_on IS NOT NULL AND "
    "closed_at IS NOT NULL AND (deal_amount IS NULL OR (deal_amount > 0 AND "
    "deal_currency IS NOT NULL))))");

void run(Database &db, const QStringList &statements)
{
    for (const QString &sql : statements)
        Sql::exec(db.connection(), sql);
}

struct SeedReason
{
    const char *kind;
    const char *code;
    const char *titleRu;
    const char *titleEn;
    bool commentRequired;
};

// The catalogs a new team starts from; the head of sales edits them afterwards.
constexpr SeedReason seedReasons[] = {
    {"rejection", "non_target_region", "Нецелевой регион", "Non-target region", false},
    {"rejection", "no_budget", "Нет бюджета", "No budget", false},
    {"rejection", "wrong_contact", "Неверный или недоступный контакт",
     "Wrong or unreachable contact", true},
    {"rejection", "student", "Студент", "Student", false},
    {"rejection", "competitor", "Конкурент", "Competitor", true},
    {"rejection", "duplicate", "Дубль заявки", "Duplicate", true},
    {"rejection", "no_need", "Нет потребности", "No need", true},
    {"rejection", "spam_test", "Спам или тестовая заявка", "Spam or test request", false},
    {"rejection", "other", "Другое", "Other", true},
    {"loss", "price", "Не устроила цена", "Price too high", false},
    {"loss", "chose_competitor", "Выбрал конкурента", "Chose a competitor", true},
    {"loss", "no_decision", "Не принял решение", "No decision made", false},
    {"loss", "timing", "Неподходящие сроки", "Timing not right", false},
    {"loss", "budget_cut", "Сократили бюджет", "Budget cut", false},
    {"loss", "other", "Другое", "Other", true},
};

} // namespace

void createCore(Database &db)
{
    const SqlDialect &d = db.dialect();
    run(db, {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '0')"),

        QStringLiteral("CREATE TABLE users (%1, "
                       "login TEXT NOT NULL UNIQUE, "
                       "display_name TEXT NOT NULL, "
                       "role TEXT NOT NULL CHECK (role IN ('manager', 'head_of_sales', "
                       "'marketing', 'admin')), "
                       "active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))")
            .arg(d.autoIdColumn()),
        // Automated work (imports, distribution) is recorded under this account.
        QStringLiteral("INSERT INTO users (login, display_name, role) "
                       "VALUES ('system', 'LeadPact', 'admin')"),

        QStringLiteral("CREATE TABLE reasons (%1, "
                       "kind TEXT NOT NULL CHECK (kind IN ('rejection', 'loss')), "
                       "code TEXT NOT NULL CHECK (length(code) > 0), "
                       "title_ru TEXT NOT NULL, "
                       "title_en TEXT NOT NULL, "
                       "comment_required INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (comment_required IN (0, 1)), "
                       "archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)), "
                       "sort_order INTEGER NOT NULL DEFAULT 0, "
                       "UNIQUE (kind, code))")
            .arg(d.autoIdColumn()),

        QStringLiteral(
            "CREATE TABLE leads (%1, "
            "external_id TEXT UNIQUE, "
            "received_at INTEGER NOT NULL, "
            "name TEXT, phone TEXT, phone_raw TEXT, email TEXT, company TEXT, "
            "channel TEXT, campaign TEXT, landing_page TEXT, "
            "utm_source TEXT, utm_medium TEXT, utm_campaign TEXT, "
            "owner_id INTEGER REFERENCES users (id), "
            "status TEXT NOT NULL DEFAULT 'new' CHECK %2, "
            "status_changed_at INTEGER NOT NULL, "
            "sla_due_at INTEGER, "
            "missing_fields TEXT NOT NULL DEFAULT '', "
            "first_contact_at INTEGER, "
            "first_contact_kind TEXT CHECK %3, "
            "need_confirmed INTEGER NOT NULL DEFAULT 0, "
            "budget_confirmed INTEGER NOT NULL DEFAULT 0, "
            "authority_confirmed INTEGER NOT NULL DEFAULT 0, "
            "expected_amount INTEGER, qualified_at INTEGER, "
            "rejection_reason_id INTEGER REFERENCES reasons (id), "
            "rejection_comment TEXT, rejected_at INTEGER, "
            "dispute_comment TEXT, disputed_at INTEGER, "
            "loss_reason_id INTEGER REFERENCES reasons (id), loss_comment TEXT, "
            "deal_amount INTEGER, deal_currency TEXT, paid_on TEXT, closed_at INTEGER, "
            "notes TEXT, "
            "version INTEGER NOT NULL DEFAULT 0, "
            // The catalog cannot be bypassed: a rejected (or disputed) lead carries its
            // rejection reason, a lost one its loss reason, a won one its amount and date.
            "CONSTRAINT rejected_needs_reason CHECK (%4 OR rejection_reason_id IS NOT NULL), "
            "CONSTRAINT lost_needs_reason CHECK (status <> 'lost' OR loss_reason_id IS NOT NULL), "
            "%6, "
            "CONSTRAINT sql_needs_bant CHECK (%5 OR "
            "(need_confirmed = 1 AND budget_confirmed = 1 AND authority_confirmed = 1)))")
            .arg(d.autoIdColumn(),
                 oneOf("status", {"new", "in_work", "qualified", "won", "lost", "rejected",
                                  "disputed"}),
                 oneOf("first_contact_kind", {"call", "message", "email"}),
                 noneOf("status", {"rejected", "disputed"}),
                 noneOf("status", {"qualified", "won", "lost"}),
                 wonNeedsPaymentV1),

        QStringLiteral(
            "CREATE TABLE lead_events (%1, "
            "lead_id INTEGER NOT NULL REFERENCES leads (id), "
            "at INTEGER NOT NULL, "
            "actor_id INTEGER NOT NULL REFERENCES users (id), "
            "kind TEXT NOT NULL CHECK %2, "
            "from_status TEXT, to_status TEXT, "
            "reason_id INTEGER REFERENCES reasons (id), "
            "comment TEXT, "
            "changes TEXT, "
            "undoes_event_id INTEGER REFERENCES lead_events (id), "
            "CONSTRAINT event_rejection_needs_reason CHECK (to_status IS NULL OR %3 OR "
            "reason_id IS NOT NULL))")
            .arg(d.autoIdColumn(),
                 oneOf("kind", {"created", "status", "edited", "assigned", "compensation"}),
                 noneOf("to_status", {"rejected", "disputed", "lost"})),
        QStringLiteral("CREATE INDEX idx_lead_events_lead ON lead_events (lead_id, at)"),

        // The manager's queue: open leads by status (and owner) in SLA order.
        QStringLiteral("CREATE INDEX idx_leads_status_due ON leads (status, sla_due_at)"),
        QStringLiteral("CREATE INDEX idx_leads_queue ON leads (owner_id, status, sla_due_at)"),
    });
    run(db, d.appendOnlyGuard(QStringLiteral("lead_events")));

    // A chosen reason must be an active entry of the right catalog, with a comment when the
    // reason demands proof. Archived reasons stay valid on leads that already carry them.
    const auto reasonChecks = [&](const char *column, const char *kind, const char *comment,
                                  bool onInsert) {
        const QString col = QLatin1String(column);
        const QString changed = onInsert ? QStringLiteral("1 = 1")
                                         : QStringLiteral("coalesce(NEW.%1, -1) <> "
                                                          "coalesce(OLD.%1, -1)")
                                               .arg(col);
        const QString commentChanged =
            onInsert ? QStringLiteral("1 = 1")
                     : QStringLiteral("(%1 OR coalesce(NEW.%2, '') <> coalesce(OLD.%2, ''))")
                           .arg(changed, QLatin1String(comment));
        return QStringList{
            QStringLiteral("NOT EXISTS (SELECT 1 FROM reasons WHERE id = NEW.%1 AND kind = '%2')")
                .arg(col, QLatin1String(kind)),
            QStringLiteral("%1 must name a %2 reason from the catalog")
                .arg(col, QLatin1String(kind)),
            QStringLiteral("%1 AND EXISTS (SELECT 1 FROM reasons WHERE id = NEW.%2 AND archived = 1)")
                .arg(changed, col),
            QStringLiteral("%1 is archived and cannot be chosen").arg(col),
            // Checked when a reason or its comment is being set: turning "comment required" on
            // later must not lock the leads that already carry the reason.
            QStringLiteral("%1 AND EXISTS (SELECT 1 FROM reasons WHERE id = NEW.%2 AND "
                           "comment_required = 1) AND trim(coalesce(NEW.%3, '')) = ''")
                .arg(commentChanged, col, QLatin1String(comment)),
            QStringLiteral("this %1 reason requires a comment (%2)")
                .arg(QLatin1String(kind), QLatin1String(comment)),
        };
    };
    run(db, d.validationTrigger(QStringLiteral("leads_rejection_reason_ins"),
                                QStringLiteral("leads"), QStringLiteral("INSERT"),
                                QStringLiteral("NEW.rejection_reason_id IS NOT NULL"),
                                reasonChecks("rejection_reason_id", "rejection",
                                             "rejection_comment", true)));
    run(db, d.validationTrigger(QStringLiteral("leads_rejection_reason_upd"),
                                QStringLiteral("leads"),
                                QStringLiteral("UPDATE OF rejection_reason_id, rejection_comment, "
                                               "status"),
                                QStringLiteral("NEW.rejection_reason_id IS NOT NULL"),
                                reasonChecks("rejection_reason_id", "rejection",
                                             "rejection_comment", false)));
    run(db, d.validationTrigger(QStringLiteral("leads_loss_reason_ins"), QStringLiteral("leads"),
                                QStringLiteral("INSERT"),
                                QStringLiteral("NEW.loss_reason_id IS NOT NULL"),
                                reasonChecks("loss_reason_id", "loss", "loss_comment", true)));
    run(db, d.validationTrigger(QStringLiteral("leads_loss_reason_upd"), QStringLiteral("leads"),
                                QStringLiteral("UPDATE OF loss_reason_id, loss_comment, status"),
                                QStringLiteral("NEW.loss_reason_id IS NOT NULL"),
                                reasonChecks("loss_reason_id", "loss", "loss_comment", false)));
    // A reason in use is archived, never deleted.
    run(db, d.validationTrigger(
                QStringLiteral("reasons_keep_used"), QStringLiteral("reasons"),
                QStringLiteral("DELETE"), QStringLiteral("1 = 1"),
                {QStringLiteral("EXISTS (SELECT 1 FROM leads WHERE rejection_reason_id = OLD.id OR "
                                "loss_reason_id = OLD.id) OR EXISTS (SELECT 1 FROM lead_events "
                                "WHERE reason_id = OLD.id)"),
                 QStringLiteral("a reason in use cannot be deleted; archive it instead")}));

    QSqlQuery insert = Sql::prepare(db.connection(),
                                    QStringLiteral("INSERT INTO reasons (kind, code, title_ru, "
                                                   "title_en, comment_required, sort_order) "
                                                   "VALUES (?, ?, ?, ?, ?, ?)"));
    int order = 0;
    for (const SeedReason &seed : seedReasons) {
        insert.addBindValue(QLatin1String(seed.kind));
        insert.addBindValue(QLatin1String(seed.code));
        insert.addBindValue(QString::fromUtf8(seed.titleRu));
        insert.addBindValue(QLatin1String(seed.titleEn));
        insert.addBindValue(seed.commentRequired ? 1 : 0);
        insert.addBindValue(10 * ++order);
        Sql::exec(insert, QCoreApplication::translate("Storage", "seed the reason catalog"));
    }
}

void addSettingsAndReportIndexes(Database &db)
{
    run(db, {
        // One row per team-wide setting (the SLA policy among them), with who set it last.
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, "
                       "updated_at INTEGER NOT NULL, updated_by INTEGER REFERENCES users (id))"),
        QStringLiteral("CREATE INDEX idx_leads_received ON leads (received_at)"),
        QStringLiteral("CREATE INDEX idx_leads_channel_received ON leads (channel, received_at)"),
    });
}

void addSearchKey(Database &db)
{
    // A folded copy of what people search by; SQLite's own LIKE folds ASCII only, so Cyrillic
    // names need the key. The covering index lets a substring search scan it alone.
    Sql::exec(db.connection(), QStringLiteral("ALTER TABLE leads ADD COLUMN search_key TEXT NOT "
                                              "NULL DEFAULT ''"));
    QSqlQuery read(db.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, name, company, email, phone, phone_raw FROM leads")))
        Sql::exec(db.connection(), QStringLiteral("SELECT id, name, company, email, phone, "
                                                  "phone_raw FROM leads")); // throws with text
    QSqlQuery write = Sql::prepare(db.connection(),
                                   QStringLiteral("UPDATE leads SET search_key = ? WHERE id = ?"));
    while (read.next()) {
        Lead lead;
        lead.name = read.value(1).toString();
        lead.company = read.value(2).toString();
        lead.email = read.value(3).toString();
        lead.phone = read.value(4).toString();
        lead.phoneRaw = read.value(5).toString();
        write.addBindValue(LeadSearch::key(lead));
        write.addBindValue(read.value(0));
        Sql::exec(write, QCoreApplication::translate("Storage", "fill the search key"));
    }
    Sql::exec(db.connection(), QStringLiteral("CREATE INDEX idx_leads_search ON leads (search_key)"));
}

void addUrgencyIndex(Database &db)
{
    // The queue order (leads waiting for a first contact first, then by deadline), covering the
    // queue's filters and the search key: any page of a million leads is an ordered walk of
    // this index, never a sort of every matching row, and a search tests keys in the index.
    Sql::exec(db.connection(),
              QStringLiteral("CREATE INDEX idx_leads_urgency ON leads ((status <> 'new'), "
                             "sla_due_at, id, status, owner_id, channel, received_at, "
                             "missing_fields, search_key)"));
}

void addFirstContactWorkTime(Database &db)
{
    // The SLA counts working time of the team calendar; the metrics bucket first contacts the
    // same way. Computing it needs the calendar, not SQL, so it is stored with the contact.
    Sql::exec(db.connection(), QStringLiteral("ALTER TABLE leads ADD COLUMN "
                                              "first_contact_work_secs INTEGER"));
    const auto stored = SettingsRepository(db).value(QStringLiteral("sla_policy"));
    const SlaPolicy policy = stored ? SlaPolicy::fromJson(*stored) : SlaPolicy{};
    QSqlQuery read(db.connection());
    read.setForwardOnly(true);
    const QString select = QStringLiteral("SELECT id, received_at, first_contact_at FROM leads "
                                          "WHERE first_contact_at IS NOT NULL");
    if (!read.exec(select))
        Sql::exec(db.connection(), select); // throws with the driver's text
    QSqlQuery write = Sql::prepare(db.connection(),
                                   QStringLiteral("UPDATE leads SET first_contact_work_secs = ? "
                                                  "WHERE id = ?"));
    const QString what = QCoreApplication::translate("Storage", "fill the first-contact time");
    while (read.next()) {
        Lead lead;
        lead.receivedAt = Sql::toTime(read.value(1));
        lead.firstContactAt = Sql::toTime(read.value(2));
        policy.stampFirstContact(lead);
        write.addBindValue(Sql::fromId(lead.firstContactWorkSeconds));
        write.addBindValue(read.value(0));
        Sql::exec(write, what);
    }
}

void addMarketingSpend(Database &db)
{
    // One amount per channel, month and currency; the row says who entered it last and when.
    Sql::exec(db.connection(),
              QStringLiteral("CREATE TABLE marketing_spend (%1, "
                             "channel TEXT NOT NULL CHECK (length(channel) > 0), "
                             "month TEXT NOT NULL CHECK (length(month) = 10), "
                             "amount INTEGER NOT NULL CHECK (amount >= 0), "
                             "currency TEXT NOT NULL CHECK (length(currency) = 3), "
                             "updated_by INTEGER NOT NULL REFERENCES users (id), "
                             "updated_at INTEGER NOT NULL, "
                             "UNIQUE (channel, month, currency))")
                  .arg(db.dialect().autoIdColumn()));
}

void addMetricsIndex(Database &db)
{
    // Every dashboard number is an aggregate over the leads that arrived in a period: this
    // index holds the columns those aggregates read, so a quarter is one range scan of it and
    // never a lookup of each row in the table.
    Sql::exec(db.connection(),
              QStringLiteral("CREATE INDEX idx_leads_metrics ON leads (received_at, channel, "
                             "owner_id, status, missing_fields, first_contact_work_secs, "
                             "first_contact_at, sla_due_at, rejection_reason_id, disputed_at, "
                             "rejected_at, campaign, deal_currency, deal_amount, paid_on)"));
}

void addDailyReportIndex(Database &db)
{
    // The daily status report's columns, owner first: one pass over this index (a tenth of
    // the table's size) counts every manager's day without touching the rows.
    Sql::exec(db.connection(),
              QStringLiteral("CREATE INDEX idx_leads_daily ON leads (owner_id, received_at, "
                             "first_contact_at, qualified_at, rejected_at, closed_at, sla_due_at, "
                             "rejection_reason_id, status, deal_currency, deal_amount)"));
}

void addMeetingNotes(Database &db)
{
    const SqlDialect &d = db.dialect();
    run(db, {
        // What the weekly sync writes down, per ISO week ("2026-W47" sorts as text).
        QStringLiteral("CREATE TABLE meeting_items (%1, "
                       "week TEXT NOT NULL CHECK (length(week) = 8), "
                       "kind TEXT NOT NULL CHECK %2, "
                       "position INTEGER NOT NULL DEFAULT 0, "
                       "text TEXT NOT NULL CHECK (length(trim(text)) > 0), "
                       "evidence TEXT NOT NULL DEFAULT '', "
                       "rule TEXT NOT NULL DEFAULT '', "
                       "subject TEXT NOT NULL DEFAULT '', "
                       "removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)), "
                       "updated_at INTEGER NOT NULL, "
                       "updated_by INTEGER NOT NULL REFERENCES users (id))")
            .arg(d.autoIdColumn(), oneOf("kind", {"problem", "idea", "note"})),
        QStringLiteral("CREATE INDEX idx_meeting_items_week ON meeting_items (week, kind, "
                       "position)"),
        QStringLiteral("CREATE TABLE action_items (%1, "
                       "created_week TEXT NOT NULL CHECK (length(created_week) = 8), "
                       "text TEXT NOT NULL CHECK (length(trim(text)) > 0), "
                       "owner_id INTEGER REFERENCES users (id), "
                       "deadline TEXT, "
                       "status TEXT NOT NULL DEFAULT 'open' CHECK %2, "
                       "closed_week TEXT, "
                       "created_at INTEGER NOT NULL, "
                       "created_by INTEGER NOT NULL REFERENCES users (id), "
                       "updated_at INTEGER NOT NULL, "
                       "updated_by INTEGER NOT NULL REFERENCES users (id), "
                       // A closed item says in which meeting it was closed; an open one not.
                       "CONSTRAINT closed_has_week CHECK ((status = 'open') = "
                       "(closed_week IS NULL)))")
            .arg(d.autoIdColumn(), oneOf("status", {"open", "done", "dropped"})),
        QStringLiteral("CREATE INDEX idx_action_items_open ON action_items (status, "
                       "created_week)"),
        // Who changed what in the meeting notes; append-only like the lead event log.
        QStringLiteral("CREATE TABLE meeting_log (%1, "
                       "at INTEGER NOT NULL, "
                       "actor_id INTEGER NOT NULL REFERENCES users (id), "
                       "week TEXT NOT NULL, "
                       "entity TEXT NOT NULL CHECK %2, "
                       "entity_id INTEGER NOT NULL, "
                       "change TEXT NOT NULL CHECK %3, "
                       "detail TEXT NOT NULL DEFAULT '{}')")
            .arg(d.autoIdColumn(), oneOf("entity", {"item", "action"}),
                 oneOf("change", {"added", "edited", "removed", "status"})),
        QStringLiteral("CREATE INDEX idx_meeting_log_week ON meeting_log (week, at)"),
    });
    run(db, d.appendOnlyGuard(QStringLiteral("meeting_log")));
}

void relaxWonNeedsPayment(Database &db)
{
    if (db.dialect().engine() == SqlDialect::Engine::Postgres) {
        run(db, {QStringLiteral("ALTER TABLE leads DROP CONSTRAINT won_needs_payment"),
                 QStringLiteral("ALTER TABLE leads ADD ") + wonNeedsPaymentV5});
        return;
    }
    rebuildSqliteTable(db, QStringLiteral("leads"), wonNeedsPaymentV1, wonNeedsPaymentV5);
}

void addImportColumns(Database &db)
{
    run(db, {
        // The seller's own declared monthly revenue (minor units), as another CRM recorded it:
        // not a deal amount, so the money metrics never read it.
        QStringLiteral("ALTER TABLE leads ADD COLUMN declared_monthly_revenue INTEGER "
                       "CHECK (declared_monthly_revenue IS NULL OR declared_monthly_revenue >= 0)"),
        // Set by an import when a lead with the same phone or e-mail arrived shortly before.
        QStringLiteral("ALTER TABLE leads ADD COLUMN possible_duplicate_of INTEGER "
                       "REFERENCES leads (id)"),
        // Who added an account and when (an import creates owners it does not know).
        QStringLiteral("ALTER TABLE users ADD COLUMN created_by INTEGER REFERENCES users (id)"),
        QStringLiteral("ALTER TABLE users ADD COLUMN created_at INTEGER"),
    });
}

void addSearchIndex(Database &db)
{
    // Substring search over a million keys: the trigram index names the few leads worth
    // testing instead of testing every key (see SearchIndex).
    SearchIndex::create(db);
}

void addIncompleteIndexes(Database &db)
{
    // The "incomplete data" filter: a few percent of the leads, counted from these alone
    // rather than by testing every lead (alone, or with the status filter the queue always has).
    run(db, {
        QStringLiteral("CREATE INDEX idx_leads_incomplete ON leads (status, owner_id, channel, "
                       "received_at) WHERE missing_fields <> ''"),
        QStringLiteral("CREATE INDEX idx_leads_incomplete_received ON leads (received_at) "
                       "WHERE missing_fields <> ''"),
    });
}

void addCampaigns(Database &db)
{
    const SqlDialect &d = db.dialect();
    run(db, {
        // Dates are ISO text (they compare as dates); the keys are the name and promo code as
        // CampaignKeys folds them (any script, which SQL's lower() is not), so uniqueness is
        // case-insensitive. Document links are a JSON array of strings.
        QStringLiteral("CREATE TABLE campaigns (%1, "
                       "name TEXT NOT NULL CHECK (length(trim(name)) > 0), "
                       "name_key TEXT NOT NULL UNIQUE, "
                       "goal TEXT NOT NULL DEFAULT '', "
                       "audience TEXT NOT NULL DEFAULT '', "
                       "announced_in TEXT NOT NULL DEFAULT '', "
                       "promo_code TEXT, "
                       "promo_key TEXT UNIQUE, "
                       "promo_benefit TEXT NOT NULL DEFAULT '', "
                       "landing_url TEXT, "
                       "utm_campaign TEXT, "
                       "starts_on TEXT, ends_on TEXT, "
                       "activation_from TEXT, activation_until TEXT, "
                       "technical_notes TEXT NOT NULL DEFAULT '', "
                       "document_links TEXT NOT NULL DEFAULT '[]', "
                       "owner_id INTEGER REFERENCES users (id), "
                       "archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)), "
                       "created_at INTEGER NOT NULL, "
                       "created_by INTEGER NOT NULL REFERENCES users (id), "
                       "updated_at INTEGER NOT NULL, "
                       "updated_by INTEGER NOT NULL REFERENCES users (id), "
                       "CONSTRAINT campaign_dates CHECK (ends_on IS NULL OR starts_on IS NULL OR "
                       "ends_on >= starts_on), "
                       "CONSTRAINT campaign_activation CHECK (activation_until IS NULL OR "
                       "activation_from IS NULL OR activation_until >= activation_from))")
            .arg(d.autoIdColumn()),
        // Who changed what in the registry; append-only like the lead event log.
        QStringLiteral("CREATE TABLE campaign_log (%1, "
                       "campaign_id INTEGER NOT NULL REFERENCES campaigns (id), "
                       "at INTEGER NOT NULL, "
                       "actor_id INTEGER NOT NULL REFERENCES users (id), "
                       "change TEXT NOT NULL CHECK %2, "
                       "detail TEXT NOT NULL DEFAULT '{}')")
            .arg(d.autoIdColumn(), oneOf("change", {"created", "edited", "archived",
                                                    "restored", "attributed"})),
        QStringLiteral("CREATE INDEX idx_campaign_log_campaign ON campaign_log (campaign_id, at)"),
        QStringLiteral("ALTER TABLE leads ADD COLUMN promo_code TEXT"),
        QStringLiteral("ALTER TABLE leads ADD COLUMN campaign_id INTEGER REFERENCES campaigns (id)"),
        // The leads of one campaign (relabel on rename, counts in the registry): attributed
        // leads only, so the index costs nothing on a database without a registry.
        QStringLiteral("CREATE INDEX idx_leads_campaign_id ON leads (campaign_id) "
                       "WHERE campaign_id IS NOT NULL"),
    });
    run(db, d.appendOnlyGuard(QStringLiteral("campaign_log")));
}

void ensureContactIndexes(Database &db)
{
    // Partial indexes on the keys alone (the few rows a key finds are checked for the window in
    // the table). Made on first need rather than by a step: each costs a scan of the whole
    // table whenever a bulk load (the first import, the demo) rebuilds the indexes, and only a
    // duplicate check against leads already stored reads them.
    run(db, {QStringLiteral("CREATE INDEX IF NOT EXISTS idx_leads_phone ON leads (phone) "
                            "WHERE phone IS NOT NULL"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS idx_leads_email ON leads (email) "
                            "WHERE email IS NOT NULL")});
}

} // namespace LeadPact::Schema
