// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "distributionpage.h"
#include "domain/error.h"
#include "service/clock.h"
#include "service/policyservice.h"
#include "slapolicypage.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace LeadPact {

namespace {

QLabel *makeMessageLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Errors in red, readable on light and dark themes alike.
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->hide();
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(Database &db, const Clock &clock, const User &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_actor(actor)
    , m_tabs(new QTabWidget(this))
    , m_policyPage(new SlaPolicyPage(this))
    , m_distributionPage(new DistributionPage(this))
    , m_problemLabel(makeMessageLabel(this, QStringLiteral("problemLabel")))
    , m_errorLabel(makeMessageLabel(this, QStringLiteral("errorLabel")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Team settings"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(m_policyPage, tr("&SLA policy"));
    m_tabs->addTab(m_distributionPage, tr("&Lead distribution"));
    m_buttons->setObjectName(QStringLiteral("buttons"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_policyPage, &SlaPolicyPage::changed, this, &SettingsDialog::updateProblem);
    connect(m_distributionPage, &DistributionPage::changed, this, [this] { showError({}); });

    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    m_policyPage->setToday(m_clock.now().date());
    try {
        m_storedPolicy = PolicyService(m_db, m_clock).slaPolicy();
        m_storedDistribution = LeadDistributor(m_db, m_clock).settings();
        m_policyPage->setPolicy(m_storedPolicy);
        m_distributionPage->setSettings(m_storedDistribution, UserRepository(m_db).list());
    } catch (const Error &error) {
        showError(error.message());
    }
    updateProblem();
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool SettingsDialog::save()
{
    const SlaPolicy policy = m_policyPage->policy();
    const LeadDistributor::Settings distribution = m_distributionPage->settings();
    try {
        // Both or neither: a refused distribution must not leave half the dialog saved.
        Transaction transaction(m_db);
        if (!(policy == m_storedPolicy))
            PolicyService(m_db, m_clock).setSlaPolicy(policy, m_actor);
        if (distribution != m_storedDistribution)
            LeadDistributor(m_db, m_clock).setSettings(distribution, m_actor);
        transaction.commit();
    } catch (const Error &error) {
        showError(error.message());
        return false;
    }
    m_storedPolicy = policy;
    m_storedDistribution = distribution;
    return true;
}

void SettingsDialog::updateProblem()
{
    showError({});
    const std::optional<QString> problem = m_policyPage->policy().problem();
    m_problemLabel->setText(problem.value_or(QString()));
    m_problemLabel->setVisible(problem.has_value());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!problem.has_value());
}

void SettingsDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

} // namespace LeadPact
