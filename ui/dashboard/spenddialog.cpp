// SPDX-License-Identifier: GPL-3.0-or-later
#include "spenddialog.h"

#include "domain/error.h"
#include "domain/money.h"
#include "metrics/spendservice.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace LeadPact {

namespace {

QString cellKey(int row, int column)
{
    return QString::number(row) + QLatin1Char(':') + QString::number(column);
}

QString amountText(qint64 minor)
{
    QLocale locale;
    return minor % 100 == 0 ? locale.toString(minor / 100)
                            : locale.toString(double(minor) / 100.0, 'f', 2);
}

} // namespace

SpendDialog::SpendDialog(SpendService &service,
                         const User &actor,
                         const QStringList &channels,
                         const QString &currency,
                         QWidget *parent,
                         const QDate &lastMonth)
    : QDialog(parent)
    , m_service(service)
    , m_actor(actor)
    , m_channels(channels)
    , m_currency(currency)
    , m_firstMonth(QDate(lastMonth.year(), lastMonth.month(), 1).addMonths(1 - months))
    , m_table(new QTableWidget(int(channels.size()), months, this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("spendDialog"));
    setWindowTitle(tr("Marketing spend, %1").arg(currency));
    auto *intro = new QLabel(tr("Spend per channel and month in %1. Leave a cell empty when "
                                "nothing was entered; 0 means nothing was spent.")
                                 .arg(currency),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("spendTable"));
    m_table->setVerticalHeaderLabels(channels);
    QStringList monthTitles;
    for (int column = 0; column < months; ++column)
        monthTitles.append(QLocale().toString(monthOf(column), QStringLiteral("MMM yyyy")));
    m_table->setHorizontalHeaderLabels(monthTitles);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_error->setObjectName(QStringLiteral("spendError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SpendDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SpendDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    load();
    resize(QSize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 24));
}

void SpendDialog::load()
{
    m_stored.clear();
    for (int row = 0; row < m_channels.size(); ++row) {
        for (int column = 0; column < months; ++column) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    try {
        const QList<MarketingSpend> entries
            = m_service.between(m_firstMonth, m_firstMonth.addMonths(months).addDays(-1));
        for (const MarketingSpend &entry : entries) {
            const int row = int(m_channels.indexOf(entry.channel));
            const int column = (entry.month.year() - m_firstMonth.year()) * 12 + entry.month.month()
                               - m_firstMonth.month();
            if (row < 0 || column < 0 || column >= months || entry.currency != m_currency)
                continue;
            m_stored.insert(cellKey(row, column), entry.amountMinor);
            m_table->item(row, column)->setText(amountText(entry.amountMinor));
        }
    } catch (const Error &error) {
        m_error->setText(error.message());
        m_error->show();
    }
}

bool SpendDialog::save()
{
    // Check every cell before writing any.
    QHash<QString, std::optional<qint64>> changes;
    for (int row = 0; row < m_channels.size(); ++row) {
        for (int column = 0; column < months; ++column) {
            const QString text = m_table->item(row, column)->text().trimmed();
            const QString key = cellKey(row, column);
            std::optional<qint64> amount;
            if (!text.isEmpty()) {
                amount = parseAmount(text);
                if (!amount || *amount < 0) {
                    m_table->setCurrentCell(row, column);
                    m_error->setText(tr("%1, %2: \"%3\" is not an amount.")
                                         .arg(m_channels.at(row),
                                              m_table->horizontalHeaderItem(column)->text(),
                                              text));
                    m_error->show();
                    return false;
                }
            }
            const std::optional<qint64> stored = m_stored.contains(key)
                                                     ? std::optional(m_stored.value(key))
                                                     : std::nullopt;
            if (amount != stored)
                changes.insert(key, amount);
        }
    }
    try {
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            const QStringList parts = it.key().split(QLatin1Char(':'));
            const int row = parts.at(0).toInt();
            const int column = parts.at(1).toInt();
            if (it.value())
                m_service.set(m_channels.at(row), monthOf(column), *it.value(), m_currency, m_actor);
            else
                m_service.remove(m_channels.at(row), monthOf(column), m_currency, m_actor);
            m_changed = true;
        }
    } catch (const Error &error) {
        m_error->setText(error.message());
        m_error->show();
        load();
        return false;
    }
    return true;
}

void SpendDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace LeadPact
